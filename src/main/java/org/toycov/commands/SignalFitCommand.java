package org.toycov.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.SignalFitGrid;
import org.toycov.analysis.SignalFitResult;
import org.toycov.frontend.Inputs;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.InterpretationCharts;
import org.toycov.outputs.charts.InterpretationCharts.Reference;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.PlotLine;

/**
 * The fit of the signal strength x of a model whose components mark the signal
 * ({@code "signal": true}): chi2(x) with the covariance rebuilt at every x (as
 * TLee's {@code Minimization_Lee_strength_FullCov}), its minimum over x >= 0 and
 * the Wilks intervals at 1, 2 and 3 sigma.
 */
@Plugin(type = Command.class, label = "Signal Fit", attrs = @Attr(name = Inputs.SIGNAL_MODEL))
public class SignalFitCommand extends ModelCommand {

	@Parameter(label = "Grid from x", min = "0", persist = false,
		description = "x_min: first signal strength of the grid; must be 0, the boundary.")
	private double x_min = 0;

	@Parameter(label = "Grid to x", min = "0", style = Inputs.POSITIVE,
		persist = false,
		description = "x_max: last signal strength of the grid (included); x_min plus a whole number of x_step.")
	private double x_max = 3;

	@Parameter(label = "Grid step", min = "0", style = Inputs.POSITIVE,
		persist = false,
		description = "x_step: step between grid strengths.")
	private double x_step = 0.05;

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "cnp" },
		description = "stat: Poisson variance on the diagonal at mu(x): pearson (expected counts) or cnp (combined Neyman-Pearson).")
	private String stat = "pearson";

	@Parameter(label = "Constrained channel", persist = false,
		description = "constrained: fit after the conditional constraint of this channel (or binned channel, or bin) by all the others; none for no constraint.")
	private String constrained = SignalKeys.NONE;

	@Parameter(type = ItemIO.OUTPUT, label = "Best signal strength",
		description = "x_best: the signal strength x >= 0 with the lowest chi2.")
	private double x_best;

	@Parameter(type = ItemIO.OUTPUT, label = "Minimum chi-square",
		description = "chi2_min: chi2 at x_best.")
	private double chi2_min;

	@Parameter(type = ItemIO.OUTPUT, label = "1 sigma: lower end",
		description = "x_lower_1sigma: lower end of {x >= 0 : delta_chi2 <= 1} (0 at the boundary).")
	private double x_lower_1sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "1 sigma: upper end",
		description = "x_upper_1sigma: upper end of {x >= 0 : delta_chi2 <= 1} (NaN beyond x_max: raise it).")
	private double x_upper_1sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "2 sigma: lower end",
		description = "x_lower_2sigma: lower end of {x >= 0 : delta_chi2 <= 4}.")
	private double x_lower_2sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "2 sigma: upper end",
		description = "x_upper_2sigma: upper end of {x >= 0 : delta_chi2 <= 4}.")
	private double x_upper_2sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "3 sigma: lower end",
		description = "x_lower_3sigma: lower end of {x >= 0 : delta_chi2 <= 9}.")
	private double x_lower_3sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "3 sigma: upper end",
		description = "x_upper_3sigma: upper end of {x >= 0 : delta_chi2 <= 9}.")
	private double x_upper_3sigma;

	@Override
	protected void execute() {
		final SignalFitResult r = toycov.signalFit(model(), stat, SignalKeys
			.constrained(constrained), new SignalFitGrid(x_min, x_max, x_step));
		x_best = r.xBest();
		chi2_min = r.chi2Min();
		x_lower_1sigma = r.wilks(1)[0];
		x_upper_1sigma = r.wilks(1)[1];
		x_lower_2sigma = r.wilks(2)[0];
		x_upper_2sigma = r.wilks(2)[1];
		x_lower_3sigma = r.wilks(3)[0];
		x_upper_3sigma = r.wilks(3)[1];
		warn(r.caveat());
		if (x_best > x_max) warn("x_best = " + Numbers.format(x_best) + " lies " +
			"beyond the grid (x_max = " + Numbers.format(x_max) + "), found by " +
			"searching past it: raise x_max to see it in signal_scan");
		else for (int k = 1; k <= 3; k++)
			if (Double.isNaN(r.wilks(k)[1])) {
				warn("x_upper_" + k + "sigma is beyond the grid (x_max = " + Numbers.format(
					x_max) + "): raise x_max for it" + (k < 3 ? " (and the wider ones)" : ""));
				break;
			}
		table(new Table("signal_scan").column("x", r.x()).column("chi2", r.chi2())
			.column("delta_chi2", r.deltaChi2()));
		chart("signal_scan", () -> deltaChi2Chart("Δχ² against the signal " +
			"strength (stat = " + stat + ")", r.x(), r.deltaChi2()));
	}

	/** Delta chi2 against x with the 1, 2 and 3 sigma lines (delta chi2 = 1, 4, 9). */
	static org.jfree.chart.JFreeChart deltaChi2Chart(final String title,
		final double[] x, final double[] delta)
	{
		final List<Reference> sigma = new ArrayList<>();
		for (int k = 1; k <= 3; k++)
			sigma.add(new Reference(k * k, k + "σ"));
		double top = 10;
		for (final double d : delta)
			if (Double.isFinite(d)) top = Math.max(top, Math.min(d, 16));
		return InterpretationCharts.curves(title, "x", "Δχ²", Arrays.asList(
			PlotLine.solid("", Palette.ORIGINAL, x, delta)), false, sigma,
			new double[] { 0, top * 1.05 });
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "signal_scan" }, "signal_scan");
	}
}
