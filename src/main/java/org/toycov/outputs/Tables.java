package org.toycov.outputs;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import ij.WindowManager;
import ij.measure.ResultsTable;

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

	/** How tables are shown with a display: ImageJ may install its own windows. */
	private static volatile Consumer<Table> shower = Tables::showInWindow;

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
		shower = s == null ? Tables::showInWindow : s;
	}

	/** Tables opened in new plain windows so far (the cascade's step). */
	private static final AtomicInteger OPENED = new AtomicInteger();

	/**
	 * The plain results table window (the command line's show_charts=true), a
	 * new one cascaded from the screen's right edge (charts cascade from the
	 * left): ImageJ would open every new one at the same place, each exactly
	 * over the last.
	 */
	private static void showInWindow(final Table t) {
		final boolean open = WindowManager.getFrame(t.name()) != null;
		readable(t).show(t.name());
		final Frame f = WindowManager.getFrame(t.name());
		if (open || f == null) return;
		final Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
		final int k = OPENED.getAndIncrement() % 8;
		f.setLocation(Math.max(screen.x, screen.x + screen.width - f.getWidth() - 40 - 30 * k), screen.y + 120 + 30 * k);
	}

	/**
	 * The results table with columns people read at a glance: whole numbers
	 * without decimals, numbers of everyday size with 9 decimals, the others
	 * in scientific notation with 9 digits. The values keep every digit
	 * ({@code Table.get} returns the double).
	 */
	static ResultsTable readable(final Table t) {
		final ResultsTable rt = t.toResultsTable();
		for (final String h : t.headers()) {
			final int c = rt.getColumnIndex(h);
			if (c < 0 || rt.getColumnAsDoubles(c) == null) continue;
			boolean whole = true, everyday = true;
			for (final double v : rt.getColumnAsDoubles(c)) {
				whole &= v == Math.rint(v) && Math.abs(v) < 1e15;
				everyday &= v == 0 || Math.abs(v) >= 1e-3 && Math.abs(v) < 1e9;
			}
			if (whole) rt.setDecimalPlaces(c, 0);
			else if (everyday) rt.setDecimalPlaces(c, 9);
		}
		return rt;
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
