package org.toycov.launch;

/** A failed run: its message is the one line the user sees. */
public class RunException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public RunException(final String message) {
		super(message);
	}

	public RunException(final String message, final Throwable cause) {
		super(message, cause);
	}
}
