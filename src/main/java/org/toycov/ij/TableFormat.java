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

	/** ImageJ's text window font sizes ({@code TextWindow.sizes}, index in "tw.font.size"). */
	private static final int[] FONT_SIZES = { 9, 10, 11, 12, 13, 14, 16, 18, 20,
		24, 36, 48, 60, 72 };

	private TableFormat() {}

	/** The table as an ImageJ results table with readable columns (not shown). */
	static ResultsTable resultsTable(final Table t) {
		final ResultsTable rt = t.toResultsTable();
		rt.showRowNumbers(false);
		Integer precision = null;
		for (final String h : t.headers()) {
			final int c = rt.getColumnIndex(h);
			if (c < 0 || !numeric(t, h)) continue;
			final double[] v = t.numbers(h);
			final int d = decimals(fractional(v));
			if (d == 0 || fractional(v).length == v.length) rt.setDecimalPlaces(c, d);
			else {
				// NB: counts beside fractions (the scalars' value column): each
				// whole number bare, the others with the table's precision
				rt.setDecimalPlaces(c, ResultsTable.AUTO_FORMAT);
				precision = precision == null ? d : d < 0 || precision < 0 ? -6 : Math
					.max(precision, d);
			}
		}
		if (precision != null) rt.setPrecision(precision);
		return rt;
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
		final int size = FONT_SIZES[Math.max(0, Math.min(FONT_SIZES.length - 1,
			(int) Prefs.get("tw.font.size", 6)))];
		final FontMetrics plain = metrics(new Font("SansSerif", Font.PLAIN, size));
		final FontMetrics mono = metrics(new Font("Monospaced", Font.PLAIN, size));
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
