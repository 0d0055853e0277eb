package org.toycov.analysis;

import java.math.BigDecimal;

import org.toycov.model.ModelException;

/**
 * The grid of signal strengths {@code x_min = 0, x_min + x_step, ..., x_max} on which
 * {@link SignalFit} tabulates the chi-square and {@link FeldmanCousins} throws toys.
 * It starts at the boundary {@code x = 0}; {@code x_max} must lie on it (to 1e-9 of a step).
 */
public final class SignalFitGrid {

	/** Most grid points accepted. */
	public static final int MAX_POINTS = 100_000;

	private final double step;
	/** x_step as the user typed it: the shortest decimal that reads back as the double. */
	private final BigDecimal decimalStep;
	private final int points;

	/**
	 * @throws ModelException naming {@code x_min}, {@code x_max} or {@code x_step}
	 */
	public SignalFitGrid(final double xMin, final double xMax, final double xStep) {
		if (xMin != 0) throw new ModelException("x_min must be 0 (the grid starts at the boundary x = 0), got " +
			ModelException.show(xMin));
		if (!(xStep > 0) || Double.isInfinite(xStep)) throw new ModelException("x_step must be > 0, got " +
			ModelException.show(xStep));
		if (!(xMax > xMin) || Double.isInfinite(xMax)) throw new ModelException(
			"x_max must be > x_min, got x_max=" + ModelException.show(xMax) + " (the grid would be empty)");
		final double span = xMax / xStep;
		if (!(span < MAX_POINTS)) throw new ModelException("x_max / x_step must be below " + MAX_POINTS +
			", got " + ModelException.show(span) + " grid points");
		final long m = Math.round(span);
		if (Math.abs(span - m) > 1e-9 * Math.max(1, span)) throw new ModelException(
			"x_max must be x_min plus a whole number of x_step, got x_max=" + ModelException.show(xMax) +
				", x_step=" + ModelException.show(xStep));
		step = xStep;
		decimalStep = new BigDecimal(Double.toString(xStep));
		points = (int) m + 1;
	}

	/** Number of grid points (at least 2). */
	public int size() {
		return points;
	}

	public double step() {
		return step;
	}

	/**
	 * The i-th strength: the double nearest to {@code i} times the decimal x_step
	 * (x_step = 0.1 gives 0.3 at i = 3, where {@code 3 * 0.1} is 0.30000000000000004).
	 */
	public double x(final int i) {
		return decimalStep.multiply(BigDecimal.valueOf(i)).doubleValue();
	}

	/** The last strength, {@code x_max}. */
	public double max() {
		return x(points - 1);
	}

	/** All strengths. */
	public double[] values() {
		final double[] v = new double[points];
		for (int i = 0; i < points; i++) v[i] = x(i);
		return v;
	}
}
