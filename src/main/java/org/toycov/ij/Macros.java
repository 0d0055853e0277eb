package org.toycov.ij;

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
	 * {@code row} (from 0), every digit; "" when there is no such cell.
	 */
	public static String get(final String table, final String column,
		final String row)
	{
		final Table t = Tables.latest(table);
		if (t == null || !t.headers().contains(column)) return "";
		final int r;
		try {
			r = (int) Double.parseDouble(row);
		}
		catch (final NumberFormatException exc) {
			return "";
		}
		if (r < 0 || r >= t.rows()) return "";
		final double v = t.value(column, r);
		if (!Double.isNaN(v)) return Numbers.format(v);
		final String csvRow = t.toCsv().split("\n")[r + 1];
		return csvRow.split(",", -1)[t.headers().indexOf(column)];
	}

	/**
	 * A scalar output of the latest command, from the row of
	 * {@code toycov_scalars} whose {@code name} is {@code name}; {@code "command"}
	 * gives the command's title; "" when there is none.
	 */
	public static String scalar(final String name) {
		final Table t = Tables.latest(Outputs.SCALARS);
		if (t == null) return "";
		final String[] rows = t.toCsv().split("\n");
		for (int r = 1; r < rows.length; r++) {
			final String[] cells = rows[r].split(",", -1);
			if ("command".equals(name)) return cells[0];
			if (cells[1].equals(name)) return get(Outputs.SCALARS, "value", String
				.valueOf(r - 1));
		}
		return "";
	}

	/** The number of rows of the latest table {@code table}, "0" if none. */
	public static String rows(final String table) {
		final Table t = Tables.latest(table);
		return String.valueOf(t == null ? 0 : t.rows());
	}
}
