package org.toycov.outputs;

/** How ToyCov prints a number: every digit of the double, no noise. */
public final class Numbers {

	private Numbers() {}

	/**
	 * Whole numbers without a decimal point ({@code 10000}), others as the
	 * shortest decimal that reads back to the same double
	 * ({@code 3.9607843137254903}, {@code 1.9607843137254903E-6}).
	 */
	public static String format(final double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e16) return Long.toString((long) v);
		return Double.toString(v);
	}
}
