package org.toycov.analysis;

import org.toycov.model.ModelException;

/**
 * The per-grid-point toy statistics of a {@link FeldmanCousins} run over a range of
 * toys (a shard: toys {@code first_toy .. first_toy + toys - 1} at every grid point):
 * for each grid strength the histogram of the toys' delta chi2
 * ({@value FeldmanCousins#HIST_BINS} bins over [0, {@value FeldmanCousins#HIST_MAX}),
 * integer counts, the overflow included) and the toy ranges. Everything is integer
 * counts, so {@link #merge} is exact and in any order: the merge of shards over
 * disjoint ranges has the same counts, bit for bit, as one run over their union, and
 * {@link FeldmanCousins#result} gives the same critical values from either. Memory:
 * a grid point's histogram ends at its last filled bin.
 * <p>
 * Two counts merge only when they match in:
 * <ul>
 * <li>the model's {@link SignalModel#fingerprint()} (b, s, collapse, systematic
 * covariances, {@code stat}, the constraint: everything the toys and fits depend on;
 * the observed counts do not enter the toys);</li>
 * <li>{@code seed};</li>
 * <li>the grid ({@code x_step} and the number of points, {@code x_min} being 0);</li>
 * <li>the histogram's bins (fixed in this version of ToyCov);</li>
 * </ul>
 * and their toy ranges must not overlap (a gap is allowed: {@link #missingToys()} says
 * how many toys between the first and the last are not in it).
 */
public final class FeldmanCousinsCounts extends SignalFitCounts {

	private final double step;

	FeldmanCousinsCounts(final long fingerprint, final long seed, final SignalFitGrid grid,
		final SignalFitToyRanges ranges, final SignalFitHistogram[] hist)
	{
		this(fingerprint, seed, grid.step(), ranges, hist);
		if (hist.length != grid.size()) throw new IllegalArgumentException("one histogram per grid point");
	}

	FeldmanCousinsCounts(final long fingerprint, final long seed, final double step,
		final SignalFitToyRanges ranges, final SignalFitHistogram[] hist)
	{
		super(fingerprint, seed, ranges, hist);
		this.step = step;
	}

	/**
	 * The counts of both shards; refuses (one line) shards of another model, seed or
	 * grid, and overlapping toys. Neither input changes.
	 */
	public FeldmanCousinsCounts merge(final FeldmanCousinsCounts o) {
		final SignalFitToyRanges union = mergedRanges(o, "models (or stat, or constrained bins)");
		if (step != o.step || hist.length != o.hist.length) throw new ModelException("the shards have different " +
			"grids, x_step=" + ModelException.show(step) + " with " + hist.length + " points and x_step=" +
			ModelException.show(o.step) + " with " + o.hist.length + ": they cannot be merged");
		return new FeldmanCousinsCounts(fingerprint, seed, step, union, mergedHistograms(o));
	}

	public double xStep() {
		return step;
	}

	/** The number of grid points. */
	public int points() {
		return hist.length;
	}

	/** The lower edge of the histograms' first bin (0). */
	public double histogramMin() {
		return hist[0].lo;
	}

	public double histogramBinWidth() {
		return hist[0].width;
	}

	/** Counts per bin of delta chi2 at grid point {@code g}, all {@value FeldmanCousins#HIST_BINS} bins. */
	public long[] histogram(final int g) {
		return hist[g].full();
	}

	/** Toys of grid point {@code g} with delta chi2 at or beyond {@value FeldmanCousins#HIST_MAX}. */
	public long overflow(final int g) {
		return hist[g].over;
	}

	/** Whether these counts are for {@code model} on {@code grid}. */
	void check(final SignalModel model, final SignalFitGrid grid) {
		if (fingerprint != model.fingerprint()) throw new ModelException(
			"the toy counts come from another model (or stat, or constrained bins) than the one given");
		if (step != grid.step() || hist.length != grid.size()) throw new ModelException("the toy counts are for " +
			"x_step=" + ModelException.show(step) + " with " + hist.length + " points, not x_step=" + ModelException
				.show(grid.step()) + " with " + grid.size());
	}
}
