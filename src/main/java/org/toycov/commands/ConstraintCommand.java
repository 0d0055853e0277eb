package org.toycov.commands;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.model.Model;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.SpectrumCharts;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.Constraint;
import org.toycov.stats.Covariances;

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
		final Constraint k = toycov.constrain(m, constrained);
		final int[] y = k.constrained();
		final Model tuned = toycov.naiveTune(m, constrained);
		final double[][] prior = k.priorCovariance();
		final double[][] ct = Covariances.total(tuned);
		final double[][] cy = k.covariance();
		final double[] mean = k.mean();
		final String[] names = new String[y.length];
		final double[] obs = new double[y.length], exp = new double[y.length],
				expErr = new double[y.length], tune = new double[y.length],
				tuneErr = new double[y.length], conErr = new double[y.length];
		for (int a = 0; a < y.length; a++) {
			names[a] = m.channel(y[a]);
			obs[a] = m.observed()[y[a]];
			exp[a] = m.expected(y[a]);
			expErr[a] = Math.sqrt(prior[a][a]);
			tune[a] = tuned.expected(y[a]);
			tuneErr[a] = Math.sqrt(ct[y[a]][y[a]]);
			conErr[a] = Math.sqrt(cy[a][a]);
		}
		constrained_ndf = ChiSquare.ndf(y.length);
		constrained_chi2 = k.chi2(m);
		constrained_p_value = ChiSquare.pValue(constrained_chi2, constrained_ndf);
		unconstrained_chi2 = k.unconstrainedChi2(m);
		unconstrained_p_value = ChiSquare.pValue(unconstrained_chi2,
			constrained_ndf);
		table(new Table("constraint").column("bin", names).column("observed", obs)
			.column("expected", exp).column("expected_error", expErr).column("tuned",
				tune).column("tuned_error", tuneErr).column("constrained", mean).column(
					"constrained_error", conErr));
		table(Table.matrix("constrained_covariance", names, cy));
		chart("constraint", SpectrumCharts.create("Predictions for " +
			constrained + " given the other channels", names, new String[] {
				"original", "naively tuned", "constrained" }, new String[] {
					Palette.NOMINAL, Palette.TUNED, Palette.ORIGINAL }, new double[][] { exp,
						tune, mean }, new double[][] { expErr, tuneErr, conErr }, obs));
	}
}
