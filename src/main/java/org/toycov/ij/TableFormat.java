package org.toycov.ij;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;

import ij.Prefs;
import ij.measure.ResultsTable;

import org.toycov.outputs.Table;

/**
 * How a ToyCov table reads in an ImageJ table window: each numeric column
 * with the fewest decimals that show its values exactly (counts bare,
 * half-integer edges {@code 50.5}), else seven significant digits of its
 * smallest value, scientific notation only for values too small or large for
 * that; and a window width that shows every cell whole. The values keep every
 * digit ({@code Table.get} returns the double).
 */
final class TableFormat {

	/** Most decimals shown before switching to scientific notation. */
	private static final int MAX_DECIMALS = 9;

	/** Significant digits of a value that has no short exact form. */
	private static final int DIGITS = 7;

	/** ImageJ's decimal places for scientific notation with 6 decimals. */
	private static final int SCIENTIFIC = -6;

	/** ImageJ's text window font sizes ({@code TextWindow.sizes}, index in "tw.font.size"). */
	private static final int[] FONT_SIZES = { 9, 10, 11, 12, 13, 14, 16, 18, 20,
		24, 36, 48, 60, 72 };

	private TableFormat() {}

	/**
	 * The table as an ImageJ results table with readable columns (not shown).
	 * A column whose values all show exactly with a few decimals gets those
	 * decimals; a column of tiny or huge fractions only, scientific notation;
	 * any other column (counts beside fractions, values of mixed magnitudes
	 * such as the scalars' value column or a density) ImageJ's
	 * {@link ResultsTable#AUTO_FORMAT}: each whole number bare, each fraction
	 * with the table's precision, scientific notation only for a value below
	 * 10^-precision or above 10^12. ImageJ has one such precision per table,
	 * so a column exact with fewer decimals keeps its own.
	 */
	static ResultsTable resultsTable(final Table t) {
		final ResultsTable rt = t.toResultsTable();
		rt.showRowNumbers(false);
		// NB: setPrecision resets every column's decimals: first the precision
		final java.util.Map<Integer, Integer> places = new java.util.LinkedHashMap<>();
		final java.util.Map<Integer, Integer> exact = new java.util.HashMap<>();
		int precision = -1;
		for (final String h : t.headers()) {
			final int c = rt.getColumnIndex(h);
			if (c < 0 || !numeric(t, h)) continue;
			final double[] v = t.numbers(h);
			final double[] f = fractional(v);
			final int d = decimals(f);
			final int a = d >= 0 ? d : readableDecimals(f);
			if (d == 0 || d > 0 && f.length == v.length) places.put(c, d);
			else if (a < 0 && f.length == v.length) places.put(c, SCIENTIFIC);
			else {
				places.put(c, (int) ResultsTable.AUTO_FORMAT);
				if (d >= 0) exact.put(c, d);
				precision = Math.max(precision, Math.max(a, 0));
			}
		}
		// NB: one format per table: beside a scientific column, a column with a
		// value fixed decimals show with few digits (|x| < 10^-3) is scientific too
		if (places.containsValue(SCIENTIFIC)) for (final String h : t.headers()) {
			final int c = rt.getColumnIndex(h);
			if (places.containsKey(c) && !exact.containsKey(c) && places.get(
				c) == (int) ResultsTable.AUTO_FORMAT && hasTiny(t.numbers(h))) places.put(c, SCIENTIFIC);
		}
		if (precision >= 0) rt.setPrecision(precision);
		for (final java.util.Map.Entry<Integer, Integer> e : places.entrySet()) {
			final Integer d = exact.get(e.getKey());
			// NB: exact with fewer decimals than the table's precision: its own
			rt.setDecimalPlaces(e.getKey(), d != null && d < precision ? d : e
				.getValue());
		}
		return rt;
	}

	/**
	 * Decimals for {@value #DIGITS} significant digits of the smallest value
	 * that fixed decimals show (at least 10^-3, below 10^9), at most
	 * {@value #MAX_DECIMALS}; -1 if there is none.
	 */
	static int readableDecimals(final double[] values) {
		double minAbs = Double.POSITIVE_INFINITY;
		for (final double v : values) {
			final double x = Math.abs(v);
			if (Double.isFinite(x) && x >= 1e-3 && x < 1e9) minAbs = Math.min(minAbs,
				x);
		}
		if (minAbs == Double.POSITIVE_INFINITY) return -1;
		return Math.max(0, Math.min(MAX_DECIMALS, DIGITS - 1 - (int) Math.floor(
			Math.log10(minAbs))));
	}

	/** Whether a nonzero value is below 10^-3 in magnitude. */
	private static boolean hasTiny(final double[] values) {
		for (final double v : values)
			if (v != 0 && Math.abs(v) < 1e-3) return true;
		return false;
	}

	/** The values that are not whole numbers. */
	private static double[] fractional(final double[] v) {
		return java.util.Arrays.stream(v).filter(x -> x != Math.rint(x)).toArray();
	}

	private static boolean numeric(final Table t, final String h) {
		try {
			t.numbers(h);
			return true;
		}
		catch (final IllegalArgumentException exc) {
			return false;
		}
	}

	/**
	 * Decimals for a column: the fewest (up to 6) that show every value
	 * exactly; else {@value #DIGITS} significant digits of the smallest
	 * nonzero magnitude if that needs at most {@value #MAX_DECIMALS}; else
	 * scientific notation with 6 decimals (ImageJ's negative decimals).
	 */
	static int decimals(final double[] values) {
		double minAbs = Double.POSITIVE_INFINITY, maxAbs = 0;
		for (final double v : values) {
			if (!Double.isFinite(v)) continue;
			maxAbs = Math.max(maxAbs, Math.abs(v));
			if (v != 0) minAbs = Math.min(minAbs, Math.abs(v));
		}
		if (maxAbs >= 1e15) return -6;
		for (int d = 0; d <= 6; d++) {
			final double scale = Math.pow(10, d);
			boolean exact = true;
			for (final double v : values)
				exact &= !Double.isFinite(v) || Math.abs(Math.rint(v * scale) / scale -
					v) <= 1e-12 * Math.max(1, Math.abs(v));
			if (exact) return d;
		}
		final int d = DIGITS - 1 - (int) Math.floor(Math.log10(minAbs));
		return d <= MAX_DECIMALS && maxAbs < 1e9 ? Math.max(d, 0) : -6;
	}

	/**
	 * The width in pixels of the columns of {@code rt} as ImageJ's text panel
	 * draws them (widest text of each column plus 15), in the text window's
	 * font.
	 */
	static int columnsWidth(final ResultsTable rt) {
		final FontMetrics plain = metrics(new Font("SansSerif", Font.PLAIN,
			fontSize()));
		final FontMetrics mono = metrics(new Font("Monospaced", Font.PLAIN,
			fontSize()));
		final String[] head = rt.getColumnHeadings().split("\t", -1);
		final int[] w = new int[head.length];
		for (int c = 0; c < head.length; c++)
			w[c] = width(plain, mono, head[c]);
		for (int r = 0; r < rt.size(); r++) {
			final String[] cells = rt.getRowAsString(r).split("\t", -1);
			for (int c = 0; c < Math.min(cells.length, w.length); c++)
				w[c] = Math.max(w[c], width(plain, mono, cells[c]));
		}
		int sum = 0;
		for (final int x : w)
			sum += Math.max(x, 15) + 15;
		return sum;
	}

	/** The text window font's size ("tw.font.size"). */
	private static int fontSize() {
		return FONT_SIZES[Math.max(0, Math.min(FONT_SIZES.length - 1, (int) Prefs
			.get("tw.font.size", 6)))];
	}

	/**
	 * The width in pixels of a line of the Log: in the text window font, at
	 * least the 16 points ImageJ gives the Log.
	 */
	static int lineWidth(final String line) {
		return metrics(new Font("SansSerif", Font.PLAIN, Math.max(fontSize(),
			16))).stringWidth(line);
	}

	private static int width(final FontMetrics a, final FontMetrics b,
		final String s)
	{
		return Math.max(a.stringWidth(s), b.stringWidth(s));
	}

	private static FontMetrics metrics(final Font f) {
		return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
			.getFontMetrics(f);
	}
}
