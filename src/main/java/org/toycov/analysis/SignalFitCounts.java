package org.toycov.analysis;

import org.toycov.model.ModelException;

/**
 * What the toy counts of {@link FeldmanCousinsCounts} and {@link HypothesisTestCounts}
 * share: the model's {@link SignalModel#fingerprint()}, the seed, the toy ranges of a
 * shard (or of merged shards) and one histogram per grid strength or hypothesis. All
 * integer counts, so a merge is exact and in any order.
 */
public abstract class SignalFitCounts {

	final long fingerprint, seed;
	final SignalFitToyRanges ranges;
	final SignalFitHistogram[] hist;

	SignalFitCounts(final long fingerprint, final long seed, final SignalFitToyRanges ranges,
		final SignalFitHistogram[] hist)
	{
		this.fingerprint = fingerprint;
		this.seed = seed;
		this.ranges = ranges;
		this.hist = hist;
	}

	/**
	 * Refuses (one line) a shard of another model (or {@code what} else enters the
	 * fingerprint) or seed; the union of the toy ranges, refusing an overlap.
	 */
	final SignalFitToyRanges mergedRanges(final SignalFitCounts o, final String what) {
		if (fingerprint != o.fingerprint) throw new ModelException("the shards come from different " + what +
			": they cannot be merged");
		if (seed != o.seed) throw new ModelException("the shards have different seeds, " + seed + " and " + o.seed +
			": they cannot be merged");
		return ranges.union(o.ranges);
	}

	/** Both shards' histograms added, bin by bin (neither changes). */
	final SignalFitHistogram[] mergedHistograms(final SignalFitCounts o) {
		final SignalFitHistogram[] h = new SignalFitHistogram[hist.length];
		for (int g = 0; g < h.length; g++) {
			if (!hist[g].sameBins(o.hist[g])) throw new ModelException("the shards' histograms differ (another " +
				"version of ToyCov?): they cannot be merged");
			h[g] = hist[g].copy();
			h[g].merge(o.hist[g]);
		}
		return h;
	}

	/** The model's {@link SignalModel#fingerprint()}. */
	public long fingerprint() {
		return fingerprint;
	}

	public long seed() {
		return seed;
	}

	/** Toys per grid strength or hypothesis. */
	public long toys() {
		return ranges.toys();
	}

	/** The first toy number. */
	public long firstToy() {
		return ranges.first();
	}

	/** One past the last toy number. */
	public long endToy() {
		return ranges.end();
	}

	/** Toys between the first and the last that no merged shard threw (0 without gaps). */
	public long missingToys() {
		return ranges.missing();
	}

	/** The toy ranges, e.g. {@code 0..9999, 20000..29999}. */
	public String toyRanges() {
		return ranges.toString();
	}

	/** Histogram {@code h} (shared, do not modify). */
	SignalFitHistogram hist(final int h) {
		return hist[h];
	}
}
