package org.toycov.commands;

import java.util.ArrayList;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.ConstraintStudy;
import org.toycov.model.Component;
import org.toycov.model.Model;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.SpectrumCharts;

/**
 * The conditional constraint of one channel (or binned channel) by every
 * other: original, naively tuned and constrained predictions side by side,
 * with their uncertainties, and the constrained goodness of fit.
 */
@Plugin(type = Command.class, label = "Constraint")
public class ConstraintCommand extends ModelCommand {

	@Parameter(label = "Constrained channel", persist = false,
		description = "constrained: the channel (or binned channel, or bin) predicted from the observed counts of all the others.")
	private String constrained = "e";

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "neyman", "cnp" },
		description = "stat: Poisson variance of the constraining bins and of the constrained chi-square: pearson (expected counts, the seed), neyman (observed counts), cnp (combined Neyman-Pearson, as TLee may use).")
	private String stat = "pearson";

	@Parameter(type = ItemIO.OUTPUT, label = "Constrained chi-square",
		description = "constrained_chi2: observed counts of the constrained channel against the constrained prediction.")
	private double constrained_chi2;

	@Parameter(type = ItemIO.OUTPUT, label = "Degrees of freedom",
		description = "constrained_ndf: number of constrained bins.")
	private int constrained_ndf;

	@Parameter(type = ItemIO.OUTPUT, label = "Constrained p-value",
		description = "constrained_p_value: P(chi-square with constrained_ndf degrees of freedom >= constrained_chi2).")
	private double constrained_p_value;

	@Parameter(type = ItemIO.OUTPUT, label = "Unconstrained chi-square",
		description = "unconstrained_chi2: the same counts against the original prediction and its covariance alone.")
	private double unconstrained_chi2;

	@Parameter(type = ItemIO.OUTPUT, label = "Unconstrained p-value",
		description = "unconstrained_p_value: p-value of unconstrained_chi2.")
	private double unconstrained_p_value;

	@Override
	protected void execute() {
		final Model m = model();
		final ConstraintStudy.Result r = toycov.constrain(m, constrained, stat);
		constrained_ndf = r.ndf;
		constrained_chi2 = r.chi2;
		constrained_p_value = r.pValue;
		unconstrained_chi2 = r.unconstrainedChi2;
		unconstrained_p_value = r.unconstrainedPValue;
		warn(r.warning.isEmpty() ? null : r.warning);
		table(edges(new Table("constraint").column("bin", r.bins), r.low, r.high)
			.column("observed", r.observed).column("expected", r.expected)
			.column("expected_error", r.expectedError).column("tuned", r.tuned)
			.column("tuned_error", r.tunedError).column("constrained", r.constrained)
			.column("constrained_error", r.constrainedError));
		table(Table.matrix("constrained_covariance", r.bins,
			r.constrainedCovariance));
		table(Table.matrix("constrained_covariance_sys", r.bins,
			r.constrainedCovarianceSys));
		final String axis = m.binAxis(constrained);
		chart("constraint", () -> SpectrumCharts.create("Predictions for " +
			constrained + " given the other channels (stat = " + stat + ")", r.bins,
			r.low, r.high, axis, new String[] { "original", "naively tuned",
				"constrained" }, new String[] { Palette.NOMINAL, Palette.TUNED,
					Palette.ORIGINAL }, new double[][] { r.expected, r.tuned,
						r.constrained }, new double[][] { r.expectedError, r.tunedError,
							r.constrainedError }, r.observed));
		final List<Component> parts = new ArrayList<>();
		for (final Component c : m.components())
			if (c.channel().equals(constrained)) parts.add(c);
		if (parts.size() > 1) {
			final String[] names = new String[parts.size()];
			final double[][] counts = new double[parts.size()][];
			for (int k = 0; k < names.length; k++) {
				names[k] = parts.get(k).name();
				counts[k] = parts.get(k).expected();
			}
			chart("components", () -> SpectrumCharts.stacked("Expected " +
				constrained + " by component", r.bins, r.low, r.high, axis, names,
				counts, r.observed));
		}
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "constraint", "constrained_covariance",
			"constrained_covariance_sys" }, "constraint", "components");
	}
}
