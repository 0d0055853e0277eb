package org.toycov.outputs.charts;

import org.toycov.toys.Histogram2D;

/**
 * Counts in a grid of bins: {@code counts[ix][iy]} toys fell in
 * [xEdges[ix], xEdges[ix+1]) x [yEdges[iy], yEdges[iy+1]). Bins may have
 * different widths. Immutable.
 */
public final class CountGrid {

	private final double[] xEdges, yEdges;
	private final long[][] counts;

	/** A toy 2D histogram, the one 2D histogram type from the toys to the charts. */
	public CountGrid(final Histogram2D h) {
		this(h.xEdges(), h.yEdges(), h.counts());
	}

	/** The histogram itself. */
	public Histogram2D histogram() {
		return new Histogram2D(xEdges, yEdges, counts, 0);
	}

	/**
	 * @param xEdges nx + 1 increasing bin edges along x
	 * @param yEdges ny + 1 increasing bin edges along y
	 * @param counts nx arrays of ny counts (none negative)
	 */
	public CountGrid(final double[] xEdges, final double[] yEdges,
		final long[][] counts)
	{
		StepHistogram.checkEdges("x", xEdges);
		StepHistogram.checkEdges("y", yEdges);
		final int nx = xEdges.length - 1, ny = yEdges.length - 1;
		if (counts == null || counts.length != nx) throw new IllegalArgumentException(
			"2D histogram: " + nx + " x bins but " + (counts == null ? "no"
				: counts.length) + " rows of counts");
		this.counts = new long[nx][];
		for (int ix = 0; ix < nx; ix++) {
			if (counts[ix] == null || counts[ix].length != ny)
				throw new IllegalArgumentException("2D histogram: row " + ix +
					" of counts must have " + ny + " entries");
			for (final long c : counts[ix])
				if (c < 0) throw new IllegalArgumentException(
					"2D histogram: negative count " + c);
			this.counts[ix] = counts[ix].clone();
		}
		this.xEdges = xEdges.clone();
		this.yEdges = yEdges.clone();
	}

	/**
	 * Bins the points (x[i], y[i]); points outside the edges are dropped, a
	 * point on the last edge goes into the last bin (as numpy does).
	 */
	public static CountGrid fill(final double[] xEdges, final double[] yEdges,
		final double[] x, final double[] y)
	{
		final long[][] counts = new long[xEdges.length - 1][yEdges.length - 1];
		final int n = Math.min(x.length, y.length);
		for (int i = 0; i < n; i++) {
			final int ix = StepHistogram.bin(xEdges, x[i]), iy = StepHistogram.bin(
				yEdges, y[i]);
			if (ix >= 0 && iy >= 0) counts[ix][iy]++;
		}
		return new CountGrid(xEdges, yEdges, counts);
	}

	public int nx() {
		return xEdges.length - 1;
	}

	public int ny() {
		return yEdges.length - 1;
	}

	public double[] xEdges() {
		return xEdges.clone();
	}

	public double[] yEdges() {
		return yEdges.clone();
	}

	public double xEdge(final int i) {
		return xEdges[i];
	}

	public double yEdge(final int i) {
		return yEdges[i];
	}

	public long count(final int ix, final int iy) {
		return counts[ix][iy];
	}

	public long total() {
		long t = 0;
		for (final long[] row : counts)
			for (final long c : row)
				t += c;
		return t;
	}

	public long maxCount() {
		long m = 0;
		for (final long[] row : counts)
			for (final long c : row)
				m = Math.max(m, c);
		return m;
	}
}
