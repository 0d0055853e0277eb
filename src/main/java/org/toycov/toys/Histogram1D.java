package org.toycov.toys;

import java.util.Arrays;

/**
 * A 1D histogram: {@code bins + 1} edges, bins {@code [edge[i], edge[i+1])} (the last
 * bin also holds its right edge, as numpy's {@code histogram}), counts and what fell
 * outside.
 */
public final class Histogram1D {

	private final double[] edges;
	private final long[] counts;
	private final long underflow;
	private final long overflow;

	public Histogram1D(final double[] edges, final long[] counts, final long underflow, final long overflow) {
		if (edges.length != counts.length + 1) throw new IllegalArgumentException("histogram needs bins + 1 edges");
		this.edges = edges.clone();
		this.counts = counts.clone();
		this.underflow = underflow;
		this.overflow = overflow;
	}

	public double[] edges() { return edges.clone(); }
	public long[] counts() { return counts.clone(); }
	public int bins() { return counts.length; }
	public long underflow() { return underflow; }
	public long overflow() { return overflow; }

	/** Sum of the in-range counts. */
	public long total() {
		long t = 0;
		for (final long c : counts) t += c;
		return t;
	}

	/** Counts normalised to unit area over the in-range counts, as numpy's {@code density=True}. */
	public double[] density() {
		final double[] d = new double[counts.length];
		final long t = total();
		if (t == 0) return d;
		for (int i = 0; i < d.length; i++) d[i] = counts[i] / (t * (edges[i + 1] - edges[i]));
		return d;
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Histogram1D)) return false;
		final Histogram1D h = (Histogram1D) o;
		return Arrays.equals(edges, h.edges) && Arrays.equals(counts, h.counts) && underflow == h.underflow &&
			overflow == h.overflow;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(counts);
	}
}
