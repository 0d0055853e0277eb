package org.toycov.analysis;

import org.toycov.model.ModelException;

/**
 * The toy statistics of a {@link HypothesisTest} over a range of toys (a shard: toys
 * {@code first_toy .. first_toy + toys - 1} under each strength): per strength the
 * histogram of {@code delta chi2 = chi2(x0) - chi2(x1)} ({@value HypothesisTest#HIST_BINS}
 * bins over a range fixed by the model and its data) and the exact numbers of toys at
 * or beyond the data's value ({@code >=} under x0, {@code <=} under x1). All integer
 * counts, so {@link #merge} is exact and in any order: merged shards over disjoint
 * ranges equal one run over their union, bit for bit, and so does
 * {@link HypothesisTest#result}.
 * <p>
 * Two counts merge only when they match in: the model's
 * {@link SignalModel#fingerprint()}, the data's {@code delta_chi2} (so its observed
 * counts), {@code x0}, {@code x1}, {@code seed} and the histogram's range; their toy
 * ranges must not overlap.
 */
public final class HypothesisTestCounts extends SignalFitCounts {

	private final double x0, x1, data;
	/** Histogram 0: toys under x0, 1: under x1. */
	private final long atLeastUnderX0, atMostUnderX1;

	HypothesisTestCounts(final long fingerprint, final long seed, final double x0, final double x1,
		final double data, final SignalFitToyRanges ranges, final SignalFitHistogram[] hist,
		final long atLeastUnderX0, final long atMostUnderX1)
	{
		super(fingerprint, seed, ranges, hist);
		this.x0 = x0;
		this.x1 = x1;
		this.data = data;
		this.atLeastUnderX0 = atLeastUnderX0;
		this.atMostUnderX1 = atMostUnderX1;
	}

	/** The counts of both shards; refuses (one line) shards that do not match or overlap. */
	public HypothesisTestCounts merge(final HypothesisTestCounts o) {
		if (data != o.data) throw new ModelException("the shards come from different models or data (or stat, or " +
			"constrained bins): they cannot be merged");
		final SignalFitToyRanges union = mergedRanges(o, "models or data (or stat, or constrained bins)");
		if (x0 != o.x0 || x1 != o.x1) throw new ModelException("the shards test different strengths, x0=" +
			ModelException.show(x0) + ", x1=" + ModelException.show(x1) + " and x0=" + ModelException.show(o.x0) +
			", x1=" + ModelException.show(o.x1) + ": they cannot be merged");
		return new HypothesisTestCounts(fingerprint, seed, x0, x1, data, union, mergedHistograms(o), atLeastUnderX0 +
			o.atLeastUnderX0, atMostUnderX1 + o.atMostUnderX1);
	}

	public double x0() {
		return x0;
	}

	public double x1() {
		return x1;
	}

	/** The data's {@code chi2(x0) - chi2(x1)}. */
	public double deltaChi2() {
		return data;
	}

	/** Toys under x0 with delta chi2 at or above the data's. */
	public long atLeastDataUnderX0() {
		return atLeastUnderX0;
	}

	/** Toys under x1 with delta chi2 at or below the data's. */
	public long atMostDataUnderX1() {
		return atMostUnderX1;
	}

	/** Counts per bin for toys under x0 (h = 0) or x1 (h = 1), all bins. */
	public long[] histogram(final int h) {
		return hist[h].full();
	}
}
