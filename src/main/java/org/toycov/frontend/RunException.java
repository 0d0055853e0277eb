package org.toycov.frontend;

/**
 * A failed run: its message is the one line the user sees. Bad input or a
 * failed run (status 1 on the command line), or, made by {@link #internal},
 * an unexpected exception: a bug (status 2), whose trace is the cause.
 */
public class RunException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean internal;

	public RunException(final String message) {
		this(message, null, false);
	}

	private RunException(final String message, final Throwable cause,
		final boolean internal)
	{
		super(message, cause);
		this.internal = internal;
	}

	/** An unexpected exception inside {@code title}: one line, the trace kept as the cause. */
	public static RunException internal(final String title, final Throwable cause) {
		final String m = cause.getMessage();
		return new RunException("internal error in \"" + title + "\": " + cause
			.getClass().getSimpleName() + (m == null ? "" : ": " + m.split("\n")[0]),
			cause, true);
	}

	/** True for a bug rather than bad input. */
	public boolean isInternal() {
		return internal;
	}
}
