package org.toycov.commands;

import java.util.ArrayList;
import java.util.List;

import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.FeldmanCousinsConfig;
import org.toycov.analysis.FeldmanCousinsResult;
import org.toycov.analysis.SignalFitGrid;
import org.toycov.analysis.SignalFitSummaryFile;
import org.toycov.analysis.ToyOptions;
import org.toycov.frontend.Inputs;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.InterpretationCharts;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.PlotLine;

/**
 * Feldman-Cousins intervals for the signal strength x (Feldman and Cousins 1998;
 * TLee's {@code Exe_Feldman_Cousins}, SBNfit's {@code SBNfeld}): toys thrown at
 * every grid strength, the critical delta chi2 at each confidence level, and the
 * strengths whose data delta chi2 lies below it.
 */
@Plugin(type = Command.class, label = "Feldman Cousins", attrs = @Attr(name = Inputs.SIGNAL_MODEL))
public class FeldmanCousinsCommand extends ToyCommand {

	/** The level colours of the belt chart, one per level in turn. */
	private static final String[] LEVEL_COLOURS = { Palette.ORIGINAL,
		Palette.TUNED, Palette.NO_RECO, Palette.STAT_ONLY, Palette.TOYS };

	{
		toys = 10_000;
	}

	@Parameter(label = "Confidence levels", persist = false,
		description = "cl: confidence levels in (0, 1), separated by spaces or commas; each names its outputs by its percentage (0.9: x_upper_90, 0.683: x_upper_68_3).")
	private String cl = "0.683 0.9 0.955";

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
	private double x_step = 0.1;

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "cnp" },
		description = "stat: Poisson variance on the diagonal at mu(x): pearson (expected counts) or cnp (combined Neyman-Pearson).")
	private String stat = "pearson";

	@Parameter(label = "Constrained channel", persist = false,
		description = "constrained: fit after the conditional constraint of this channel (or binned channel, or bin) by all the others; none for no constraint.")
	private String constrained = SignalKeys.NONE;

	@Parameter(label = "Asimov strength", min = "0", persist = false,
		description = "asimov_x: the strength of the Asimov data mu(asimov_x) of the median expected interval (0: background only).")
	private double asimov_x = 0;

	@Override
	protected void execute() {
		summaryOfTruncatedToysOnly();
		final double[] levels = SignalKeys.levels(cl);
		final SignalFitGrid grid = new SignalFitGrid(x_min, x_max, x_step);
		final ToyOptions o = options();
		final FeldmanCousinsResult r = toycov.feldmanCousins(model(), stat,
			SignalKeys.constrained(constrained), grid, new FeldmanCousinsConfig(o
				.toys(), o.seed(), o.threads(), levels, asimov_x, o.negative()), o.firstToy(),
			progress(""));
		saveSummary(() -> SignalFitSummaryFile.format(r));
		outputs(this, r);
	}

	/**
	 * The belt table and chart and the interval scalars of {@code r} as
	 * command {@code c}'s outputs: a run's or a merge's (Merge Toys).
	 */
	static void outputs(final ResultsCommand c, final FeldmanCousinsResult r) {
		final double[] levels = r.cl();
		final Table belt = new Table("fc_belt").column("x", r.x());
		final List<PlotLine> lines = new ArrayList<>();
		for (int l = 0; l < levels.length; l++) {
			final String name = SignalKeys.level(levels[l]);
			belt.column("critical_delta_chi2_" + name, r.criticalDeltaChi2(l))
				.column("critical_error_" + name, r.criticalError(l));
		}
		belt.column("data_delta_chi2", r.dataDeltaChi2()).column(
			"asimov_delta_chi2", r.asimovDeltaChi2());
		for (int l = 0; l < levels.length; l++) {
			final String name = SignalKeys.level(levels[l]);
			belt.column("in_interval_" + name, r.inInterval(l));
			c.scalar("x_lower_" + name, r.interval(l)[0]);
			c.scalar("x_upper_" + name, r.interval(l)[1]);
			lines.add(PlotLine.solid("critical Δχ², " + name.replace('_', '.') +
				"% CL", LEVEL_COLOURS[l % LEVEL_COLOURS.length], r.x(), r
					.criticalDeltaChi2(l)));
		}
		for (final String w : r.warnings())
			c.warn(w);
		if (r.intervalBeyondGrid()) c.warn(beyondGrid(r, "the data's interval",
			"x_upper"));
		if (r.asimovIntervalBeyondGrid()) c.warn(beyondGrid(r, "the Asimov data's " +
			"interval (asimov_x = " + Numbers.format(r.asimovX()) + ")",
			"asimov_x_lower and asimov_x_upper"));
		for (int l = 0; l < levels.length; l++) {
			final String name = SignalKeys.level(levels[l]);
			c.scalar("asimov_x_lower_" + name, r.asimovInterval(l)[0]);
			c.scalar("asimov_x_upper_" + name, r.asimovInterval(l)[1]);
		}
		c.table(belt);
		lines.add(PlotLine.solid("data Δχ²", Palette.NOMINAL, r.x(), r
			.dataDeltaChi2()));
		lines.add(PlotLine.dashed("Asimov data Δχ², x = " + Numbers.format(r
			.asimovX()), Palette.NOMINAL, r.x(), r.asimovDeltaChi2()));
		c.chart("fc_belt", () -> InterpretationCharts.curves("Feldman-Cousins " +
			"critical Δχ² and the data (" + r.toys() + " toys per strength)", "x",
			"Δχ²", lines, false, null, null));
	}

	/** The warning that {@code interval} of {@code r} reaches or lies beyond x_max. */
	private static String beyondGrid(final FeldmanCousinsResult r,
		final String interval, final String ends)
	{
		return interval + " reaches or lies beyond the grid's end (x_max = " +
			Numbers.format(r.x()[r.x().length - 1]) + "): raise x_max before " +
			"reading " + ends + " (NaN there means beyond the grid, not no interval)";
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "fc_belt" }, "fc_belt");
	}
}
