package org.toycov.analysis;

import java.util.ArrayList;
import java.util.List;

import org.toycov.model.ModelException;

/**
 * What {@link HypothesisTest} found: the data's {@code delta_chi2}, the p-values
 * {@code p_x0}, {@code p_x1} (with binomial errors), {@code cls}, the significances
 * and the median expected significance of rejecting x0 with its bands; the two toy
 * distributions as histograms (for charts).
 */
public final class HypothesisTestResult {

	private final double x0, x1, data, p0, p1;
	private final long toys, seed;
	private final double[] expected;
	private final SignalFitHistogram h0, h1;
	private final HypothesisTestCounts counts;

	HypothesisTestResult(final double x0, final double x1, final double data, final long toys, final long seed,
		final double p0, final double p1, final double[] expected, final SignalFitHistogram h0,
		final SignalFitHistogram h1, final HypothesisTestCounts counts)
	{
		this.counts = counts;
		this.x0 = x0;
		this.x1 = x1;
		this.data = data;
		this.toys = toys;
		this.seed = seed;
		this.p0 = p0;
		this.p1 = p1;
		this.expected = expected;
		this.h0 = h0;
		this.h1 = h1;
	}

	/** The toy counts the result was read from (to save or merge). */
	public HypothesisTestCounts counts() {
		return counts;
	}

	public double x0() {
		return x0;
	}

	public double x1() {
		return x1;
	}

	/** Toys per hypothesis. */
	public long toys() {
		return toys;
	}

	public long seed() {
		return seed;
	}

	/** The data's {@code chi2(x0) - chi2(x1)}. */
	public double deltaChi2() {
		return data;
	}

	/** {@code P(delta >= data | x0)}. */
	public double pValueX0() {
		return p0;
	}

	/** {@code P(delta <= data | x1)}. */
	public double pValueX1() {
		return p1;
	}

	/** The binomial Monte Carlo error of a p-value from these toys. */
	public double pValueError(final double p) {
		return Math.sqrt(p * (1 - p) / toys);
	}

	/**
	 * One line per p-value that rests on fewer than
	 * {@link FeldmanCousinsConfig#MIN_TOYS_BEYOND} toys beyond the data (at or above
	 * it under x0, at or below it under x1), or leaves fewer on the other side: such a
	 * p-value (or {@code 1 - p}) and its binomial error (0 when no toy is on one side)
	 * say little; none when both rest on enough toys either side.
	 */
	public List<String> warnings() {
		final List<String> w = new ArrayList<>();
		few(w, "p_x0", p0, counts.atLeastDataUnderX0(), "x0", "");
		few(w, "p_x1", p1, counts.atMostDataUnderX1(), "x1", " (cls = p_x1 / (1 - p_x0) with it)");
		return w;
	}

	private void few(final List<String> w, final String key, final double p, final long beyond,
		final String under, final String also)
	{
		final long min = FeldmanCousinsConfig.MIN_TOYS_BEYOND, other = toys - beyond;
		if (beyond >= min && other >= min) return;
		final String of = " (of " + toys + " under " + under + ")";
		final String bound = "1/toys = " + ModelException.show(1.0 / toys);
		if (beyond == 0 || other == 0) w.add(beyond == 0 ? key + " = 0 rests on no toy beyond the data" + of +
			": " + key + " is below about " + bound + ", not 0, and " + key + "_error = 0 is no error" + also +
			"; raise toys" : key + " = 1 rests on every toy" + of + ": 1 - " + key + " is below about " + bound +
				", not 0, and " + key + "_error = 0 is no error" + also + "; raise toys");
		else w.add(key + " = " + ModelException.show(p) + " rests on " + beyond + " toys beyond the data" + of +
			(beyond < min ? "" : " and leaves " + other + " on the other side") + ", fewer than " + min + ": " + key +
			" and " + key + "_error are rough (p is known to about " + bound + ")" + also + "; raise toys");
	}

	/** {@code p_x1 / (1 - p_x0)}. */
	public double cls() {
		return p1 / (1 - p0);
	}

	/** The significance of rejecting x0, {@code Phi^-1(1 - p_x0)}. */
	public double significanceX0() {
		return HypothesisTest.significance(p0);
	}

	/** The significance of rejecting x1, {@code Phi^-1(1 - p_x1)}. */
	public double significanceX1() {
		return HypothesisTest.significance(p1);
	}

	/** The median expected significance of rejecting x0 when x1 is true. */
	public double medianSignificance() {
		return expected[2];
	}

	/**
	 * The expected significance of rejecting x0 at the {@code sigma} band edge of
	 * the toys under x1 ({@code sigma} in -2, -1, 0, 1, 2; -2 is the least signal-like).
	 */
	public double expectedSignificance(final int sigma) {
		if (sigma < -2 || sigma > 2) throw new IllegalArgumentException("sigma must be within -2..2, got " + sigma);
		return expected[sigma + 2];
	}

	/** Lower edge of the toy histograms' first bin. */
	public double histogramMin() {
		return h0.lo;
	}

	public double histogramBinWidth() {
		return h0.width;
	}

	/** Counts per bin of delta chi2 for toys under x0 (under- and overflow not included). */
	public long[] histogramX0() {
		return h0.full();
	}

	/** Counts per bin of delta chi2 for toys under x1. */
	public long[] histogramX1() {
		return h1.full();
	}

	/** Both toy distributions on common, coarser bins ({@link #regrouped}). */
	public static final class Regrouped {

		/** Bin edges of delta chi2, one more than the bins. */
		public final double[] edges;
		/** Toys per bin under x0 and under x1. */
		public final long[] x0, x1;

		Regrouped(final double[] edges, final long[] x0, final long[] x1) {
			this.edges = edges;
			this.x0 = x0;
			this.x1 = x1;
		}
	}

	/**
	 * The fine histograms regrouped to at most about {@code maxBins} bins of
	 * whole fine bins over the range any toy filled (for a table and a chart).
	 */
	public Regrouped regrouped(final int maxBins) {
		final long[] h0 = histogramX0(), h1 = histogramX1();
		int first = h0.length, last = -1;
		for (int i = 0; i < h0.length; i++)
			if (h0[i] > 0 || h1[i] > 0) {
				first = Math.min(first, i);
				last = i;
			}
		if (last < 0) {
			first = 0;
			last = 0;
		}
		final int group = Math.max(1, (last - first + maxBins) / maxBins);
		final int bins = (last - first) / group + 1;
		final double[] edges = new double[bins + 1];
		final long[] c0 = new long[bins], c1 = new long[bins];
		for (int b = 0; b <= bins; b++)
			edges[b] = histogramMin() + (first + (long) b * group) *
				histogramBinWidth();
		for (int i = first; i <= last; i++) {
			c0[(i - first) / group] += h0[i];
			c1[(i - first) / group] += h1[i];
		}
		return new Regrouped(edges, c0, c1);
	}
}
