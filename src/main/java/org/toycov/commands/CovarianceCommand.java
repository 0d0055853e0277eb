package org.toycov.commands;

import java.util.Arrays;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.model.Model;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.BinLineCharts;
import org.toycov.outputs.charts.MatrixCharts;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.PlotLine;
import org.toycov.service.CovarianceResult;
import org.toycov.stats.ShapeNormDecomposition;

/** The seed's {@code mcov_total}, {@code mcov_sysonly} and {@code chi2}. */
@Plugin(type = Command.class, label = "Covariance")
public class CovarianceCommand extends ModelCommand {

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "neyman", "cnp" },
		description = "stat: Poisson variance on the diagonal: pearson (expected counts, the seed), neyman (observed counts), cnp (combined Neyman-Pearson, 3 / (1/n_obs + 2/n_exp)).")
	private String stat = "pearson";

	@Parameter(label = "Shape/normalisation split", persist = false,
		description = "decomposition: also split the systematic covariance into shape, normalisation and mixed parts (SBNfit's SBNchi::SplitCovarianceMatrix).")
	private boolean decomposition = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Chi-square",
		description = "chi2: (expected - observed)^T C^-1 (expected - observed); none without observed counts.")
	private Double chi2;

	@Parameter(type = ItemIO.OUTPUT, label = "Degrees of freedom",
		description = "ndf: number of channels.")
	private int ndf;

	@Parameter(type = ItemIO.OUTPUT, label = "P-value",
		description = "p_value: P(chi-square with ndf degrees of freedom >= chi2); none without observed counts.")
	private Double p_value;

	@Parameter(type = ItemIO.OUTPUT, label = "Normalisation frac. error",
		description = "norm_frac_err: sqrt(sum C_sys) / sum N, the fractional error of the total expected count; only with decomposition=true.")
	private Double norm_frac_err;

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
		norm_frac_err = null;
		if (decomposition) decompose(m, r.channels);
	}

	/** The shape, normalisation and mixed parts, and a chart of their diagonals. */
	private void decompose(final Model m, final String[] bins) {
		final ShapeNormDecomposition d = toycov.decomposition(m);
		norm_frac_err = d.normFracErr();
		table(Table.matrix("covariance_shape", bins, d.shape()));
		table(Table.matrix("covariance_norm", bins, d.norm()));
		table(Table.matrix("covariance_mixed", bins, d.mixed()));
		// NB: against the bin names (the bins of several channels share no axis),
		// each part as a share of its bin's systematic variance: the variances
		// span orders of magnitude, their shares do not (the values are in the tables)
		final double[] shape = diagonal(d.shape()), norm = diagonal(d.norm()),
			mixed = diagonal(d.mixed());
		final double[][] shares = new double[3][bins.length];
		for (int i = 0; i < bins.length; i++) {
			final double total = shape[i] + norm[i] + mixed[i];
			shares[0][i] = total > 0 ? shape[i] / total : Double.NaN;
			shares[1][i] = total > 0 ? norm[i] / total : Double.NaN;
			shares[2][i] = total > 0 ? mixed[i] / total : Double.NaN;
		}
		final String[] channels = m.binChannels();
		final double[] index = new double[bins.length];
		for (int i = 0; i < index.length; i++)
			index[i] = i;
		chart("decomposition", () -> BinLineCharts.lines(
			"Shape, normalisation and mixed parts of each bin's systematic variance",
			bins, channels, "share of the bin's systematic variance", Arrays.asList(
				PlotLine.solid("shape", Palette.ORIGINAL, index, shares[0]), PlotLine
					.solid("normalisation", Palette.NOMINAL, index, shares[1]), PlotLine
						.solid("mixed", Palette.TUNED, index, shares[2])), true));
	}

	private static double[] diagonal(final double[][] m) {
		final double[] d = new double[m.length];
		for (int i = 0; i < d.length; i++)
			d[i] = m[i][i];
		return d;
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "covariance", "covariance_sys",
			"covariance_inverse", "correlation", "covariance_shape",
			"covariance_norm", "covariance_mixed" }, "covariance", "correlation",
			"decomposition");
	}
}
