package org.toycov.toys;

import java.io.IOException;

/**
 * Receives the raw per-toy counts of a run, block by block and in toy order,
 * e.g. to save them ({@link NpyWriter}). All methods are called from the thread
 * that called {@link ToyEngine#run}.
 */
public interface ToySink {

	/**
	 * Called once before any toy is thrown. Fail here, with an
	 * {@link IllegalArgumentException} naming the output, if it cannot be written.
	 */
	void open(ToyConfig config);

	/**
	 * Counts of toys {@code firstToy .. firstToy + count - 1}, row-major
	 * ({@code counts[t * channels + i]} is channel {@code i} of toy {@code firstToy + t}).
	 * The array is the sink's to keep.
	 */
	void accept(long firstToy, int count, int[] counts) throws IOException;

	/** All toys were accepted: complete the output. */
	void finish() throws IOException;

	/** The run failed or was canceled: remove any partial output. Must not throw. */
	void abort();
}
