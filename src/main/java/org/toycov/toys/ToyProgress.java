package org.toycov.toys;

/**
 * Progress and cancellation of a toy run. Called from the thread that called
 * {@link ToyEngine#run}, a few times a second.
 */
public interface ToyProgress {

	/** Ignores progress, never cancels. */
	ToyProgress NONE = (done, total) -> {};

	/** {@code done} of {@code total} toys are thrown. */
	void progress(long done, long total);

	/** True to end the run (with a {@link java.util.concurrent.CancellationException}). */
	default boolean isCanceled() {
		return false;
	}
}
