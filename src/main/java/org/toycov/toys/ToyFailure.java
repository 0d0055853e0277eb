package org.toycov.toys;

/**
 * A toy that cannot be thrown (negative=error, a redraw that never succeeds, a count
 * too large): the message names the toy; {@link #toy()} lets the engine report the
 * first such toy in toy order, whatever the threads.
 */
final class ToyFailure extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;
	private final long toy;

	ToyFailure(final long toy, final String message) {
		super(message);
		this.toy = toy;
	}

	long toy() {
		return toy;
	}
}
