package org.toycov.outputs;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;



/**
 * Shows result tables to an ImageJ user, and keeps the latest table of each
 * name for macros.
 * <p>
 * With a display (Fiji, ImageJ 1, also in a macro's batch mode) each table is
 * an ImageJ results table in a window titled with its name, which is what
 * {@code Table.get("chi2", 45, "chi2_scan")} reads. In a headless JVM ImageJ
 * 1.54 can hold a named table only in a window, which cannot exist there: a
 * macro reads the same table through {@link #latest} ({@code call("org.toycov.ij.Macros.get",
 * "chi2_scan", "chi2", "45")}).
 * </p>
 */
public final class Tables {

	private static final Map<String, Table> LATEST = new ConcurrentHashMap<>();

	/**
	 * How tables are shown with a display: ToyCov's table windows wherever a
	 * command runs with one ({@code org.toycov.ij.WindowsPreprocessor}: ImageJ,
	 * and the command line's show_charts=true); else a plain results table window.
	 */
	private static volatile Consumer<Table> shower = Tables::plain;

	private Tables() {}

	/**
	 * Shows each table as an ImageJ results table titled with its name
	 * (replacing an older one of that title) when there is a display, and keeps
	 * it as the latest table of that name.
	 */
	public static void show(final List<Table> tables) {
		for (final Table t : tables) {
			LATEST.put(t.name(), t);
			if (!GraphicsEnvironment.isHeadless()) shower.accept(t);
		}
	}

	/**
	 * Replaces how a table is shown with a display (after it is kept as the
	 * latest); null restores the plain results table window.
	 */
	public static void setShower(final Consumer<Table> s) {
		shower = s == null ? Tables::plain : s;
	}

	private static void plain(final Table t) {
		t.toResultsTable().show(t.name());
	}

	/** The latest table shown under {@code name}, or null. */
	public static Table latest(final String name) {
		return LATEST.get(name);
	}

	/** The names of the tables shown so far. */
	public static List<String> names() {
		final List<String> out = new ArrayList<>(LATEST.keySet());
		out.sort(null);
		return out;
	}
}
