package org.toycov.model;

/**
 * Bad input to a ToyCov model: a one-line message that names the key and the
 * value, e.g. {@code xsec_corr must be within [-1, 1], got 1.5}.
 */
public class ModelException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public ModelException(final String message) {
		super(message);
	}

	public ModelException(final String message, final Throwable cause) {
		super(message, cause);
	}

	/** Formats a number the way a user typed it: {@code 1.5}, {@code 10000}. */
	public static String show(final double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value);
	}
}
