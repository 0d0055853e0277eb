package org.toycov.outputs;

import java.awt.GraphicsEnvironment;
import java.util.List;

/** Shows result tables to an ImageJ user. */
public final class Tables {

	private Tables() {}

	/**
	 * Shows each table as an ImageJ results table titled with its name
	 * (replacing an older one of that title), when there is a display.
	 */
	public static void show(final List<Table> tables) {
		if (GraphicsEnvironment.isHeadless()) return;
		for (final Table t : tables)
			t.toResultsTable().show(t.name());
	}
}
