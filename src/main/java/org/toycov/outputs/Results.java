package org.toycov.outputs;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a ToyCov command makes besides its scalar outputs: tables, charts,
 * warnings, and the files of the run ({@link OutputSet}), which the front ends
 * write or show.
 */
public interface Results {

	/** The result tables of the last run, in the order they were made. */
	List<Table> tables();

	/** The result charts of the last run, in the order they were made. */
	List<Chart> charts();

	/**
	 * The names of every table and chart a run of this command can make, known
	 * before it runs, so that a folder in the way of one of them is an error
	 * before any work.
	 */
	List<String> outputNames();

	/** One-line warnings of the last run (a capped thread count, a minimum on the grid's edge). */
	List<String> warnings();

	/** The files of the current run: staged while it runs, committed or aborted once. */
	OutputSet files();

	/**
	 * The unexpected exception (a bug) that ended the last run, which then
	 * was canceled with a one-line reason; null if none.
	 */
	default Throwable failure() {
		return null;
	}

	/**
	 * Scalars whose names depend on the inputs (one per confidence level, such as
	 * {@code x_upper_90}), shown after the declared scalar outputs; none by default.
	 */
	default Map<String, Double> namedScalars() {
		return Collections.emptyMap();
	}
}
