package org.toycov.outputs.charts;

import java.util.Arrays;

/**
 * One named curve y(x) of a line chart, e.g. a chi-square scan over the
 * observed electron count: the label shown in the legend, the {@link Palette}
 * key that picks its colour, solid or dashed, and the points.
 * <p>
 * Non-finite y values (NaN, infinities) are gaps in the drawn line and are
 * ignored by {@link #minimum()}.
 * </p>
 */
public final class PlotLine {

	private final String label;
	private final String colourKey;
	private final boolean dashed;
	private final double[] x, y;

	private PlotLine(final String label, final String colourKey,
		final boolean dashed, final double[] x, final double[] y)
	{
		if (x == null || y == null) throw new IllegalArgumentException(
			"curve '" + label + "': x and y must not be null");
		if (x.length != y.length) throw new IllegalArgumentException("curve '" +
			label + "': " + x.length + " x values but " + y.length + " y values");
		this.label = label == null ? "" : label;
		this.colourKey = colourKey;
		this.dashed = dashed;
		this.x = x.clone();
		this.y = y.clone();
	}

	/** A solid curve; {@code colourKey} is a {@link Palette} key. */
	public static PlotLine solid(final String label, final String colourKey,
		final double[] x, final double[] y)
	{
		return new PlotLine(label, colourKey, false, x, y);
	}

	/** A dashed curve; {@code colourKey} is a {@link Palette} key. */
	public static PlotLine dashed(final String label, final String colourKey,
		final double[] x, final double[] y)
	{
		return new PlotLine(label, colourKey, true, x, y);
	}

	public String label() {
		return label;
	}

	public String colourKey() {
		return colourKey;
	}

	public boolean isDashed() {
		return dashed;
	}

	public double[] x() {
		return x.clone();
	}

	public double[] y() {
		return y.clone();
	}

	public int size() {
		return x.length;
	}

	/** Whether at least one point has finite x and y. */
	/** The number of points with finite x and y. */
	public int finitePoints() {
		int n = 0;
		for (int i = 0; i < x.length; i++)
			if (finite(i)) n++;
		return n;
	}

	public boolean hasFinitePoint() {
		for (int i = 0; i < x.length; i++)
			if (finite(i)) return true;
		return false;
	}

	/** Whether the finite points all have the same y (no unique minimum). */
	public boolean isFlat() {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		int n = 0;
		for (int i = 0; i < x.length; i++) {
			if (!finite(i)) continue;
			lo = Math.min(lo, y[i]);
			hi = Math.max(hi, y[i]);
			n++;
		}
		return n > 1 && hi - lo <= 1e-12 * Math.max(1, Math.abs(hi));
	}

	/**
	 * The minimum {x, y} of the curve, or null when it has none (no finite
	 * point, or flat). The lowest sampled point is refined by the parabola
	 * through it and its two neighbours, which is exact for a chi-square that
	 * is quadratic in the scanned count (as the seed's is) even when the true
	 * minimum falls between grid points.
	 */
	public double[] minimum() {
		if (isFlat()) return null;
		int best = -1;
		for (int i = 0; i < x.length; i++) {
			if (finite(i) && (best < 0 || y[i] < y[best])) best = i;
		}
		if (best < 0) return null;
		if (best == 0 || best == x.length - 1 || !finite(best - 1) || !finite(
			best + 1)) return new double[] { x[best], y[best] };
		final double x0 = x[best - 1], x1 = x[best], x2 = x[best + 1];
		final double y0 = y[best - 1], y1 = y[best], y2 = y[best + 1];
		if (!(x0 < x1 && x1 < x2) && !(x0 > x1 && x1 > x2)) {
			return new double[] { x[best], y[best] };
		}
		// NB: vertex of the parabola through three points (Numerical Recipes,
		// eq. 10.3.1).
		final double a = (x1 - x0) * (y1 - y2), b = (x1 - x2) * (y1 - y0);
		final double den = a - b;
		if (den == 0) return new double[] { x[best], y[best] };
		final double xv = x1 - 0.5 * ((x1 - x0) * a - (x1 - x2) * b) / den;
		if (!(Math.min(x0, x2) <= xv && xv <= Math.max(x0, x2))) {
			return new double[] { x[best], y[best] };
		}
		final double yv = y0 * (xv - x1) * (xv - x2) / ((x0 - x1) * (x0 - x2)) +
			y1 * (xv - x0) * (xv - x2) / ((x1 - x0) * (x1 - x2)) + y2 * (xv - x0) *
				(xv - x1) / ((x2 - x0) * (x2 - x1));
		return new double[] { xv, yv };
	}

	private boolean finite(final int i) {
		return Double.isFinite(x[i]) && Double.isFinite(y[i]);
	}

	@Override
	public String toString() {
		return "PlotLine[" + label + ", " + colourKey + (dashed ? ", dashed" : "") +
			", x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + "]";
	}
}
