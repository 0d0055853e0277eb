package org.toycov.outputs.charts;

import java.util.Arrays;

import org.toycov.toys.Histogram1D;

/**
 * One scenario's histogram as a chart draws it: a toys {@link Histogram1D}
 * (the one histogram type, from the toys to the charts) under a legend label
 * and a {@link Palette} key. Immutable.
 */
public final class StepHistogram {

	private final String label;
	private final String colourKey;
	private final Histogram1D histogram;
	private final double[] edges;
	private final long[] counts;

	/**
	 * @param label legend label, e.g. "'Original'"
	 * @param colourKey a {@link Palette} key, e.g. {@link Palette#ORIGINAL}
	 * @param edges n + 1 increasing bin edges
	 * @param counts n counts, none negative
	 */
	public StepHistogram(final String label, final String colourKey,
		final double[] edges, final long[] counts)
	{
		checkEdges("histogram '" + label + "'", edges);
		if (counts == null || counts.length != edges.length - 1)
			throw new IllegalArgumentException("histogram '" + label + "': " +
				(edges.length - 1) + " bins but " + (counts == null ? "no"
					: counts.length) + " counts");
		for (final long c : counts)
			if (c < 0) throw new IllegalArgumentException("histogram '" + label +
				"': negative count " + c);
		this.label = label == null ? "" : label;
		this.colourKey = colourKey;
		this.histogram = new Histogram1D(edges, counts, 0, 0);
		this.edges = histogram.edges();
		this.counts = histogram.counts();
	}

	/** A toy histogram under a legend label and colour. */
	public StepHistogram(final String label, final String colourKey,
		final Histogram1D h)
	{
		this(label, colourKey, h.edges(), h.counts());
	}

	/**
	 * Bins the values; values outside the edges (and NaN) are dropped, a value
	 * on the last edge goes into the last bin (as numpy does).
	 */
	public static StepHistogram fill(final String label, final String colourKey,
		final double[] edges, final double[] values)
	{
		final long[] counts = new long[edges.length - 1];
		for (final double v : values) {
			final int i = bin(edges, v);
			if (i >= 0) counts[i]++;
		}
		return new StepHistogram(label, colourKey, edges, counts);
	}

	/** n + 1 evenly spaced edges from lower to upper. */
	public static double[] uniformEdges(final double lower, final double upper,
		final int bins)
	{
		if (bins < 1 || !(lower < upper)) throw new IllegalArgumentException(
			"need bins >= 1 and lower < upper, not " + bins + ", " + lower + ", " +
				upper);
		final double[] e = new double[bins + 1];
		for (int i = 0; i <= bins; i++)
			e[i] = lower + (upper - lower) * i / bins;
		return e;
	}

	public String label() {
		return label;
	}

	public String colourKey() {
		return colourKey;
	}

	public double[] edges() {
		return edges.clone();
	}

	public long[] counts() {
		return counts.clone();
	}

	public int bins() {
		return counts.length;
	}

	public long total() {
		return histogram.total();
	}

	/** The histogram itself. */
	public Histogram1D histogram() {
		return histogram;
	}

	/**
	 * Counts divided by (total x bin width), so that the histogram integrates
	 * to one (matplotlib's {@code density=True}); all zeros when empty.
	 */
	public double[] densities() {
		return histogram.density();
	}

	static void checkEdges(final String what, final double[] edges) {
		if (edges == null || edges.length < 2) throw new IllegalArgumentException(
			what + ": need at least 2 bin edges");
		for (int i = 0; i < edges.length; i++) {
			if (!Double.isFinite(edges[i]) || i > 0 && !(edges[i] > edges[i - 1]))
				throw new IllegalArgumentException(what +
					": bin edges must be finite and increasing: " + Arrays.toString(
						edges));
		}
	}

	/** The bin of v, or -1 outside; the last edge belongs to the last bin. */
	static int bin(final double[] edges, final double v) {
		final int n = edges.length - 1;
		if (!(v >= edges[0] && v <= edges[n])) return -1;
		if (v == edges[n]) return n - 1;
		int i = Arrays.binarySearch(edges, v);
		if (i < 0) i = -i - 2;
		return Math.min(i, n - 1);
	}
}
