package org.toycov.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.GoodnessOfFit;
import org.toycov.analysis.GoodnessOfFitResult;
import org.toycov.frontend.Inputs;
import org.toycov.model.Model;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.BinLineCharts;
import org.toycov.outputs.charts.InterpretationCharts;
import org.toycov.outputs.charts.InterpretationCharts.Reference;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.PlotLine;
import org.toycov.stats.ChiSquare;

/**
 * The goodness-of-fit decomposition of TLee ({@code Exe_Goodness_of_fit},
 * arXiv:2110.13978): the chi-square at signal strength x split over the
 * eigenvectors of its covariance, to show which pattern in the data drives it,
 * optionally after the conditional constraint of chosen channels (as Signal Fit).
 */
@Plugin(type = Command.class, label = "Goodness of Fit", attrs = @Attr(name = Inputs.SIGNAL_MODEL))
public class GoodnessOfFitCommand extends ModelCommand {

	/** Eigenvectors drawn in the eigenvector chart (the leading ones). */
	static final int LEADING = 3;

	@Parameter(label = "Signal strength x", min = "0", persist = false,
		description = "x: the signal strength of the prediction mu(x) tested (0: background only).")
	private double x = 0;

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "cnp" },
		description = "stat: Poisson variance on the diagonal at mu(x): pearson (expected counts) or cnp (combined Neyman-Pearson).")
	private String stat = "pearson";

	@Parameter(label = "Constrained channel", persist = false,
		description = "constrained: decompose the chi-square after the conditional constraint of this channel (or binned channel, or bin) by all the others, over its bins; none for no constraint.")
	private String constrained = SignalKeys.NONE;

	@Parameter(type = ItemIO.OUTPUT, label = "Chi-square",
		description = "chi2: chi-square of the observed counts at mu(x) (after the constraint, the constrained one), the sum of the contributions.")
	private double chi2;

	@Parameter(type = ItemIO.OUTPUT, label = "Degrees of freedom",
		description = "ndf: number of bins decomposed (after the constraint, the constrained bins).")
	private int ndf;

	@Parameter(type = ItemIO.OUTPUT, label = "p-value",
		description = "p_value: P(chi-square with ndf degrees of freedom >= chi2).")
	private double p_value;

	@Parameter(type = ItemIO.OUTPUT, label = "Flagged components",
		description = "flagged_count: number of components with |epsilon| >= 3.")
	private int flagged_count;

	@Override
	protected void execute() {
		final Model m = model();
		final GoodnessOfFitResult r = toycov.goodnessOfFit(m, stat, SignalKeys
			.constrained(constrained), x);
		final int n = r.lambda().length;
		chi2 = r.chi2();
		ndf = n;
		p_value = ChiSquare.pValue(chi2, ndf);
		final double[] index = new double[n];
		final long[] flagged = new long[n];
		for (int i = 0; i < n; i++) {
			index[i] = i;
			flagged[i] = r.flagged(i) ? 1 : 0;
			flagged_count += (int) flagged[i];
		}
		table(new Table("gof_components").column("component", index).column(
			"lambda", r.lambda()).column("delta_lambda", r.deltaLambda()).column(
				"epsilon", r.epsilon()).column("contribution", r.contribution()).column(
					"flagged", flagged));
		final String[] bins = new String[n], channels = new String[n];
		final String[] binChannels = m.binChannels();
		final double[] binIndex = new double[n];
		for (int i = 0; i < n; i++) {
			bins[i] = m.channel(r.bins()[i]);
			channels[i] = binChannels[r.bins()[i]];
			binIndex[i] = i;
		}
		final Table perBin = new Table("gof_bins").column("bin", bins).column(
			"contribution", r.binContribution());
		final List<PlotLine> vectors = new ArrayList<>();
		final String[] colours = { Palette.ORIGINAL, Palette.TUNED,
			Palette.NO_RECO };
		for (int i = 0; i < Math.min(LEADING, n); i++) {
			perBin.column("eigenvector_" + i, r.eigenvector(i));
			vectors.add(PlotLine.solid("eigenvector " + i + " (λ = " + String.format(
				Locale.ROOT, "%.4g", r.lambda()[i]) + ")", colours[i], binIndex, r
					.eigenvector(i)));
		}
		table(perBin);
		final String at = "x = " + Numbers.format(x) + (SignalKeys.constrained(
			constrained) == null ? "" : ", " + constrained + " constrained");
		chart("gof_epsilon", () -> InterpretationCharts.curves("ε = Δλ / √λ per " +
			"eigen-component, " + at + " (χ² = " + String.format(Locale.ROOT, "%.4g",
				r.chi2()) +
			")", "component (decreasing λ)", "ε", Arrays.asList(PlotLine.solid("",
				Palette.OBSERVED, index, r.epsilon())), true, Arrays.asList(
					new Reference(GoodnessOfFit.FLAG, "+3"), new Reference(
						-GoodnessOfFit.FLAG, "-3")), epsilonRange(r.epsilon())));
		chart("gof_eigenvectors", () -> BinLineCharts.lines("Leading " +
			"eigenvectors of the covariance, " + at, bins, channels,
			"eigenvector entry", vectors, true));
	}

	/** A y range that shows the flag lines at -3 and +3 and every epsilon. */
	private static double[] epsilonRange(final double[] epsilon) {
		double lo = -GoodnessOfFit.FLAG - 0.5, hi = GoodnessOfFit.FLAG + 0.5;
		for (final double e : epsilon) {
			lo = Math.min(lo, e - 0.5);
			hi = Math.max(hi, e + 0.5);
		}
		return new double[] { lo, hi };
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "gof_components", "gof_bins" },
			"gof_epsilon", "gof_eigenvectors");
	}
}
