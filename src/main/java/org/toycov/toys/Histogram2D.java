package org.toycov.toys;

import java.util.Arrays;

/** A 2D histogram: x and y edges, {@code counts[ix][iy]}, and the count outside the grid. */
public final class Histogram2D {

	private final double[] xEdges;
	private final double[] yEdges;
	private final long[][] counts;
	private final long outside;

	public Histogram2D(final double[] xEdges, final double[] yEdges, final long[][] counts, final long outside) {
		this.xEdges = xEdges.clone();
		this.yEdges = yEdges.clone();
		this.counts = new long[counts.length][];
		for (int i = 0; i < counts.length; i++) this.counts[i] = counts[i].clone();
		this.outside = outside;
	}

	public double[] xEdges() { return xEdges.clone(); }
	public double[] yEdges() { return yEdges.clone(); }

	/** {@code counts()[ix][iy]}. */
	public long[][] counts() {
		final long[][] c = new long[counts.length][];
		for (int i = 0; i < c.length; i++) c[i] = counts[i].clone();
		return c;
	}

	public long outside() { return outside; }

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Histogram2D)) return false;
		final Histogram2D h = (Histogram2D) o;
		return Arrays.equals(xEdges, h.xEdges) && Arrays.equals(yEdges, h.yEdges) && Arrays.deepEquals(counts, h.counts) &&
			outside == h.outside;
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(counts);
	}
}
