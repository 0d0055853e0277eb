package org.toycov.ij;

import java.util.ArrayList;
import java.util.List;

import org.toycov.outputs.Numbers;
import org.toycov.outputs.Table;
import org.toycov.outputs.Tables;

/**
 * Functions an ImageJ macro calls with {@code call(...)}: ToyCov's tables
 * read without a window, which works headless too.
 *
 * <pre>
 * chi2 = parseFloat(call("org.toycov.ij.Macros.get", "chi2_scan", "chi2", "45"));
 * best = parseFloat(call("org.toycov.ij.Macros.scalar", "obs_best"));
 * </pre>
 */
public final class Macros {

	private Macros() {}

	/**
	 * The cell of the latest table {@code table} at {@code column} and
	 * {@code row} (from 0), every digit. A table, column or row that does not
	 * exist stops the macro with one line (a misspelled name must not read as
	 * an empty value).
	 */
	public static String get(final String table, final String column,
		final String row)
	{
		final Table t = Tables.latest(table);
		if (t == null) return fail("Macros.get", "no ToyCov table " + quote(table) +
			" is open (run the command that makes it first)");
		final int col = t.headers().indexOf(column);
		if (col < 0) return fail("Macros.get", "table " + table + " has no column " +
			quote(column) + " (columns: " + String.join(", ", t.headers()) + ")");
		int r = -1;
		try {
			final double d = Double.parseDouble(row.trim());
			if (d == Math.rint(d) && d >= 0 && d < t.rows()) r = (int) d;
		}
		catch (final NumberFormatException exc) {
			// NB: r stays -1: refused below
		}
		if (r < 0) return fail("Macros.get", "row " + quote(row) + " is not a row of " +
			table + " (rows 0 to " + (t.rows() - 1) + ")");
		final double v = t.value(column, r);
		if (!Double.isNaN(v)) return Numbers.format(v);
		final String csvRow = t.toCsv().split("\n")[r + 1];
		return csvRow.split(",", -1)[col];
	}

	/**
	 * A scalar output of the latest command, from the row of
	 * {@code toycov_scalars} whose {@code name} is {@code name} ("NaN" for an
	 * output the run could not give, e.g. a significance beyond every toy);
	 * {@code "command"} gives the command's title. A name the latest command
	 * does not have stops the macro with one line.
	 */
	public static String scalar(final String name) {
		final Table t = Tables.latest(Outputs.SCALARS);
		if (t == null) return fail("Macros.scalar", "no ToyCov command has run yet");
		final String[] rows = t.toCsv().split("\n");
		final List<String> names = new ArrayList<>();
		for (int r = 1; r < rows.length; r++) {
			final String[] cells = rows[r].split(",", -1);
			if ("command".equals(name)) return cells[0];
			if (cells[1].equals(name)) return get(Outputs.SCALARS, "value", String
				.valueOf(r - 1));
			names.add(cells[1]);
		}
		if (Outputs.declared.contains(name)) return "NaN";
		return fail("Macros.scalar", "the latest command has no scalar " + quote(name) +
			" (scalars: " + String.join(", ", names) + ")");
	}

	/** The number of rows of the latest table {@code table}, "0" if none. */
	public static String rows(final String table) {
		final Table t = Tables.latest(table);
		return String.valueOf(t == null ? 0 : t.rows());
	}

	/** Stops the running macro with {@code "<function>: <message>"} ({@link Report#failure}). */
	private static String fail(final String function, final String message) {
		Report.failure(function, message);
		return "";
	}

	private static String quote(final String s) {
		return "\"" + s + "\"";
	}
}
