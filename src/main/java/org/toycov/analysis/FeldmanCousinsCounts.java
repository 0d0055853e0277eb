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
	 * The toys of one grid point over a toy range ({@link FeldmanCousins#point}): a task's
	 * part of a run split in the grid and the toys, sent back whole (serializable).
	 */
	public static final class Point implements java.io.Serializable {

		private static final long serialVersionUID = 1L;
		final int g;
		final long first, toys;
		private final double lo, width;
		private final int bins;
		private final long[] counts;
		private final long under, over;

		Point(final int g, final long first, final long toys, final SignalFitHistogram h) {
			this.g = g;
			this.first = first;
			this.toys = toys;
			lo = h.lo;
			width = h.width;
			bins = h.bins;
			counts = h.counts.clone();
			under = h.under;
			over = h.over;
		}

		SignalFitHistogram histogram() {
			return SignalFitHistogram.of(lo, width, bins, counts, under, over);
		}
	}

	/**
	 * The counts of a run put together from its points (any order): every grid point
	 * must have the same toys; refuses (one line) overlapping toys and a point without toys.
	 */
	public static FeldmanCousinsCounts of(final SignalModel model, final long seed, final SignalFitGrid grid,
		final java.util.List<Point> points)
	{
		final int n = grid.size();
		final SignalFitToyRanges[] r = new SignalFitToyRanges[n];
		final SignalFitHistogram[] h = new SignalFitHistogram[n];
		for (final Point p : points) {
			final SignalFitToyRanges pr = SignalFitToyRanges.of(p.first, p.toys);
			final SignalFitHistogram ph = p.histogram();
			r[p.g] = r[p.g] == null ? pr : r[p.g].union(pr);
			if (h[p.g] == null) h[p.g] = ph;
			else h[p.g].merge(ph);
		}
		for (int g = 0; g < n; g++) {
			if (r[g] == null) throw new ModelException("grid point " + g + " has no toys");
			if (!r[g].equals(r[0])) throw new ModelException("grid point " + g + " has the toys " + r[g] +
				", grid point 0 the toys " + r[0] + ": every point needs the same");
			h[g] = h[g].trimmed();
		}
		return new FeldmanCousinsCounts(model.fingerprint(), seed, grid, r[0], h);
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
