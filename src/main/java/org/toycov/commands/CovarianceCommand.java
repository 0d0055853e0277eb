package org.toycov.commands;

import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.model.Model;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.MatrixCharts;
import org.toycov.service.CovarianceResult;

/** The seed's {@code mcov_total}, {@code mcov_sysonly} and {@code chi2}. */
@Plugin(type = Command.class, label = "Covariance")
public class CovarianceCommand extends ModelCommand {

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "neyman", "cnp" },
		description = "stat: Poisson variance on the diagonal: pearson (expected counts, the seed), neyman (observed counts), cnp (combined Neyman-Pearson, 3 / (1/n_obs + 2/n_exp)).")
	private String stat = "pearson";

	@Parameter(type = ItemIO.OUTPUT, label = "Chi-square",
		description = "chi2: (expected - observed)^T C^-1 (expected - observed); none without observed counts.")
	private Double chi2;

	@Parameter(type = ItemIO.OUTPUT, label = "Degrees of freedom",
		description = "ndf: number of channels.")
	private int ndf;

	@Parameter(type = ItemIO.OUTPUT, label = "P-value",
		description = "p_value: P(chi-square with ndf degrees of freedom >= chi2); none without observed counts.")
	private Double p_value;

	@Override
	protected void execute() {
		final Model m = model();
		final CovarianceResult r = toycov.covariance(m, stat);
		// NB: no observed counts, no chi-square: nothing rather than NaN
		chi2 = m.hasObserved() ? r.chi2 : null;
		ndf = r.ndf;
		p_value = m.hasObserved() ? r.pValue : null;
		table(Table.matrix("covariance", r.channels, r.covariance));
		table(Table.matrix("covariance_sys", r.channels, r.covarianceSys));
		table(Table.matrix("covariance_inverse", r.channels, r.inverse));
		table(Table.matrix("correlation", r.channels, r.correlation));
		chart("covariance", () -> MatrixCharts.covariance("Total covariance " +
			"(stat = " + stat + ")", r.channels, r.covariance));
		chart("correlation", () -> MatrixCharts.correlation("Correlation",
			r.channels, r.correlation));
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "covariance", "covariance_sys",
			"covariance_inverse", "correlation" }, "covariance", "correlation");
	}
}
