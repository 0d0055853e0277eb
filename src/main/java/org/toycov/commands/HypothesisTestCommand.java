package org.toycov.commands;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.HypothesisTestResult;
import org.toycov.frontend.Inputs;
import org.toycov.analysis.SignalFitSummaryFile;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.InterpretationCharts;
import org.toycov.outputs.charts.InterpretationCharts.Reference;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.StepHistogram;

/**
 * A test of signal strength x0 against x1 (SBNfit's {@code SBNcls}): delta chi2 =
 * chi2(x0) - chi2(x1) for the data and for toys thrown under each strength, the
 * p-values, CLs, the significances and the median expected significance.
 */
@Plugin(type = Command.class, label = "Hypothesis Test", attrs = @Attr(name = Inputs.SIGNAL_MODEL))
public class HypothesisTestCommand extends ToyCommand {

	/** Bins of the toy distributions' table and chart, over their filled range. */
	static final int BINS = 100;

	{
		toys = 100_000;
	}

	@Parameter(label = "Null strength x0", min = "0", persist = false,
		description = "x0: the signal strength of the null hypothesis (0: background only).")
	private double x0 = 0;

	@Parameter(label = "Alternative strength x1", min = "0", persist = false,
		description = "x1: the signal strength of the alternative hypothesis.")
	private double x1 = 1;

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "cnp" },
		description = "stat: Poisson variance on the diagonal at mu(x): pearson (expected counts) or cnp (combined Neyman-Pearson).")
	private String stat = "pearson";

	@Parameter(label = "Constrained channel", persist = false,
		description = "constrained: each chi2 after the conditional constraint of this channel (or binned channel, or bin) by all the others; none for no constraint.")
	private String constrained = SignalKeys.NONE;

	@Parameter(type = ItemIO.OUTPUT, label = "Data delta chi-square",
		description = "delta_chi2: chi2(x0) - chi2(x1) of the observed counts.")
	private double delta_chi2;

	@Parameter(type = ItemIO.OUTPUT, label = "p-value under x0",
		description = "p_x0: fraction of toys under x0 with delta_chi2 at least the data's.")
	private double p_x0;

	@Parameter(type = ItemIO.OUTPUT, label = "p-value under x0: error",
		description = "p_x0_error: binomial error of p_x0.")
	private double p_x0_error;

	@Parameter(type = ItemIO.OUTPUT, label = "p-value under x1",
		description = "p_x1: fraction of toys under x1 with delta_chi2 at most the data's.")
	private double p_x1;

	@Parameter(type = ItemIO.OUTPUT, label = "p-value under x1: error",
		description = "p_x1_error: binomial error of p_x1.")
	private double p_x1_error;

	@Parameter(type = ItemIO.OUTPUT, label = "CLs",
		description = "cls: p_x1 / (1 - p_x0).")
	private double cls;

	@Parameter(type = ItemIO.OUTPUT, label = "Significance of rejecting x0",
		description = "significance_x0: Phi^-1(1 - p_x0), in Gaussian sigma (none, with a warning, when no toy reaches the data: raise toys).")
	private Double significance_x0;

	@Parameter(type = ItemIO.OUTPUT, label = "Significance of rejecting x1",
		description = "significance_x1: Phi^-1(1 - p_x1), in Gaussian sigma (none, with a warning, when no toy reaches the data: raise toys).")
	private Double significance_x1;

	@Parameter(type = ItemIO.OUTPUT, label = "Median expected significance",
		description = "median_significance: the expected significance of rejecting x0 when x1 is true (median of the toys under x1).")
	private Double median_significance;

	@Parameter(type = ItemIO.OUTPUT, label = "Expected significance, -2 sigma",
		description = "median_significance_minus_2sigma: the same at the 2.3% quantile of delta_chi2 under x1.")
	private Double median_significance_minus_2sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "Expected significance, -1 sigma",
		description = "median_significance_minus_1sigma: the same at the 15.9% quantile.")
	private Double median_significance_minus_1sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "Expected significance, +1 sigma",
		description = "median_significance_plus_1sigma: the same at the 84.1% quantile.")
	private Double median_significance_plus_1sigma;

	@Parameter(type = ItemIO.OUTPUT, label = "Expected significance, +2 sigma",
		description = "median_significance_plus_2sigma: the same at the 97.7% quantile.")
	private Double median_significance_plus_2sigma;

	@Override
	protected void execute() {
		summaryOfTruncatedToysOnly();
		final HypothesisTestResult r = toycov.hypothesisTest(model(), stat,
			SignalKeys.constrained(constrained), x0, x1, options(), progress(""));
		saveSummary(() -> SignalFitSummaryFile.format(r));
		final Map<String, Double> s = scalars(this, r);
		delta_chi2 = s.get("delta_chi2");
		p_x0 = s.get("p_x0");
		p_x0_error = s.get("p_x0_error");
		p_x1 = s.get("p_x1");
		p_x1_error = s.get("p_x1_error");
		cls = s.get("cls");
		significance_x0 = s.get("significance_x0");
		significance_x1 = s.get("significance_x1");
		median_significance = s.get("median_significance");
		median_significance_minus_2sigma = s.get("median_significance_minus_2sigma");
		median_significance_minus_1sigma = s.get("median_significance_minus_1sigma");
		median_significance_plus_1sigma = s.get("median_significance_plus_1sigma");
		median_significance_plus_2sigma = s.get("median_significance_plus_2sigma");
		tablesAndCharts(this, r);
	}

	/**
	 * The scalar outputs of {@code r} by name, in order; a significance beyond
	 * every toy is null, with a warning of command {@code c} (an infinite number
	 * of sigma is no result).
	 */
	static Map<String, Double> scalars(final ResultsCommand c,
		final HypothesisTestResult r)
	{
		final Map<String, Double> s = new LinkedHashMap<>();
		s.put("delta_chi2", r.deltaChi2());
		s.put("p_x0", r.pValueX0());
		s.put("p_x0_error", r.pValueError(r.pValueX0()));
		s.put("p_x1", r.pValueX1());
		s.put("p_x1_error", r.pValueError(r.pValueX1()));
		s.put("cls", r.cls());
		s.put("significance_x0", r.significanceX0());
		s.put("significance_x1", r.significanceX1());
		s.put("median_significance", r.medianSignificance());
		s.put("median_significance_minus_2sigma", r.expectedSignificance(-2));
		s.put("median_significance_minus_1sigma", r.expectedSignificance(-1));
		s.put("median_significance_plus_1sigma", r.expectedSignificance(1));
		s.put("median_significance_plus_2sigma", r.expectedSignificance(2));
		for (final String w : r.warnings())
			c.warn(w);
		for (final Map.Entry<String, Double> e : s.entrySet()) {
			if (!e.getKey().contains("significance") || Double.isFinite(e
				.getValue())) continue;
			c.warn(e.getKey() + ": beyond every toy (" + r.toys() +
				" per strength): the p-value is below 1/toys; raise toys to measure it");
			e.setValue(null);
		}
		return s;
	}

	/** The toy distributions' table and chart of {@code r} as command {@code c}'s outputs. */
	static void tablesAndCharts(final ResultsCommand c,
		final HypothesisTestResult r)
	{
		final HypothesisTestResult.Regrouped g = r.regrouped(BINS);
		final double[] edges = g.edges;
		final long[] c0 = g.x0, c1 = g.x1;
		final int bins = c0.length;
		c.table(new Table("ht_toys").column("delta_chi2_low", Arrays.copyOf(edges,
			bins)).column("delta_chi2_high", Arrays.copyOfRange(edges, 1, bins + 1))
			.column("toys_x0", c0).column("toys_x1", c1));
		final String s0 = Numbers.format(r.x0()), s1 = Numbers.format(r.x1());
		c.chart("ht_toys", () -> InterpretationCharts.histograms("Δχ² = χ²(x = " +
			s0 + ") - χ²(x = " + s1 + ") of the toys and the data", "Δχ²", Arrays
				.asList(new StepHistogram("toys under x = " + s0, Palette.TUNED, edges,
					c0), new StepHistogram("toys under x = " + s1, Palette.ORIGINAL, edges,
						c1)), new Reference(r.deltaChi2(), "data")));
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "ht_toys" }, "ht_toys");
	}
}
