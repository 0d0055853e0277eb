package org.toycov.model;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows of numbers from a text table, read one line at a time: values
 * separated by commas, semicolons, tabs or runs of blanks (the separator of
 * the first data line; blank-separated files are what releases such as
 * MiniBooNE's publish), cells in double quotes as in RFC 4180 (within one
 * line), blank lines and {@code #} comment lines skipped, and a first row that
 * holds no number at all taken as a header. A header whose first cell is
 * {@code bin} (or {@code channel}, the name older ToyCov versions wrote) heads
 * a label column, as in the tables ToyCov writes ({@code covariance.csv}):
 * each row's first cell is then its bin's name, skipped. The text is UTF-8,
 * a byte order mark at its start skipped (Excel's "CSV UTF-8"; python's
 * {@code utf-8-sig}); any other encoding is refused. The one reader of
 * ToyCov's matrix and universe files. NB: a plain line reader, not
 * commons-csv, whose cold start cost more than the analysis of a 137-bin model
 * (bench/INPUTS.md).
 */
final class NumberRows implements Closeable {

	private static final Pattern BLANKS = Pattern.compile("[ \t]+");

	private final String where;
	private final BufferedReader in;
	/** The separator; a blank stands for any run of blanks and tabs. */
	private final char separator;
	private String[] header;
	/** Whether each row starts with a label cell (the header's {@code bin} column). */
	private boolean labelled;
	private String[] pending;
	/** The line of {@code pending} (1-based). */
	private long line;
	/** Lines read so far. */
	private long lines;
	/** The label cell and the line of the row {@link #next()} returned last. */
	private String label;
	private long labelLine;
	private String[] lastCells;
	private int lastSkip;

	private NumberRows(final String where, final BufferedReader in,
		final char separator)
	{
		this.where = where;
		this.in = in;
		this.separator = separator;
	}

	/**
	 * @param where how messages call the file, e.g. {@code cov file m.csv}
	 */
	static NumberRows open(final File file, final String where) {
		if (file.isDirectory()) throw new ModelException(where +
			" is a folder, not a file");
		if (!file.isFile()) throw new ModelException(where + " not found");
		NumberRows r = null;
		try {
			final char separator = separator(file);
			r = new NumberRows(where, utf8(file), separator);
			r.pending = r.cells();
			if (r.pending != null && isHeader(r.pending)) {
				r.header = r.pending;
				// NB: a blank first cell is pandas' to_csv of a labelled DataFrame (an unnamed index)
				r.labelled = r.header.length > 1 && (r.header[0].equals("bin") ||
					r.header[0].equals("channel") || r.header[0].trim().isEmpty());
				if (r.labelled) r.header = Arrays.copyOfRange(r.header, 1,
					r.header.length);
				r.pending = r.cells();
			}
			return r;
		}
		catch (final IOException | RuntimeException exc) {
			if (r != null) r.close();
			if (exc instanceof ModelException) throw (ModelException) exc;
			throw unreadable(where, exc);
		}
	}

	/** One line for a file that cannot be read (or is not UTF-8 text). */
	private static ModelException unreadable(final String where,
		final Exception exc)
	{
		// NB: the JDK's own words are "Input length = 1"
		if (exc instanceof CharacterCodingException) return new ModelException(
			where + " is not UTF-8 text (save it as UTF-8)", exc);
		return new ModelException(where + " cannot be read: " + exc.getMessage(),
			exc);
	}

	/** The file's UTF-8 text after its byte order mark, if any. */
	private static BufferedReader utf8(final File file) throws IOException {
		final BufferedReader r = Files.newBufferedReader(file.toPath(),
			StandardCharsets.UTF_8);
		try {
			r.mark(1);
			if (r.read() != '\ufeff') r.reset();
			return r;
		}
		catch (final IOException exc) {
			r.close();
			throw exc;
		}
	}

	/** The separator of the first line that is not blank or a comment. */
	private static char separator(final File file) throws IOException {
		try (BufferedReader r = utf8(file)) {
			for (String s = r.readLine(); s != null; s = r.readLine()) {
				// NB: UTF-16 without a byte order mark is valid UTF-8 with NULs
				if (s.indexOf('\0') >= 0) throw new CharacterCodingException();
				s = s.trim();
				if (s.isEmpty() || s.startsWith("#")) continue;
				if (s.indexOf(',') >= 0) return ',';
				if (s.indexOf(';') >= 0) return ';';
				if (s.indexOf('\t') >= 0) return '\t';
				return ' ';
			}
		}
		return ',';
	}

	/** The cells of the next line that is not blank or a comment, or null. */
	private String[] cells() throws IOException {
		for (String s = in.readLine(); s != null; s = in.readLine()) {
			lines++;
			final String t = s.trim();
			if (t.isEmpty() || t.charAt(0) == '#') continue;
			line = lines;
			return separator == ' ' ? t.split("[ \t]+") : split(t);
		}
		return null;
	}

	/** Cells separated by {@link #separator}, trimmed, double quotes removed. */
	private String[] split(final String s) {
		final List<String> out = new ArrayList<>();
		final StringBuilder cell = new StringBuilder();
		int i = 0;
		final int n = s.length();
		while (true) {
			while (i < n && Character.isWhitespace(s.charAt(i)) && s.charAt(
				i) != separator)
				i++;
			if (i < n && s.charAt(i) == '"') {
				// NB: RFC 4180 quoting: "" inside stands for one "
				cell.setLength(0);
				i++;
				while (i < n) {
					final char c = s.charAt(i++);
					if (c != '"') cell.append(c);
					else if (i < n && s.charAt(i) == '"') cell.append(s.charAt(i++));
					else break;
				}
				while (i < n && s.charAt(i) != separator)
					i++;
				out.add(cell.toString());
			}
			else {
				final int end = s.indexOf(separator, i);
				out.add(s.substring(i, end < 0 ? n : end).trim());
				i = end < 0 ? n : end;
			}
			if (i >= n) break;
			i++; // the separator
			if (i == n) {
				out.add("");
				break;
			}
		}
		return out.toArray(new String[0]);
	}

	/** A header row holds no number at all. */
	private static boolean isHeader(final String[] cells) {
		for (final String c : cells) {
			// NB: a name cannot start a number (a sign, digit, '.', NaN or
			// Infinity); no exception thrown per header cell
			final String t = c.trim();
			if (t.isEmpty() || "+-.0123456789NI".indexOf(t.charAt(0)) < 0) continue;
			try {
				DecimalParser.parse(c);
				return false;
			}
			catch (final NumberFormatException exc) {
				// NB: a Java-only form (1d, 0x1p3) is no name either: its row is
				// read, and refused, as data
				try {
					Double.parseDouble(c);
					return false;
				}
				catch (final NumberFormatException notJava) {
					// NB: not a number, as a header cell
				}
			}
		}
		return true;
	}

	/**
	 * A header must name the bins {@code names} in their order, or the columns
	 * are misread: one line naming the file ({@code where}), the column, the
	 * bin expected and the name found.
	 *
	 * @param of what {@code names} are the bins of, e.g. {@code the model}
	 */
	static void checkHeader(final String where, final String[] cells,
		final String[] names, final String of)
	{
		if (cells.length != names.length) throw new ModelException(where +
			": the header names " + cells.length + " columns, " + of + " has " +
			names.length + " bins");
		for (int j = 0; j < cells.length; j++) {
			final String c = cells[j].replace("\"", "");
			if (!c.equals(names[j])) throw new ModelException(where +
				": header column " + (j + 1) + " is " + c + " but bin " + (j + 1) +
				" of " + of + " is " + names[j] + " (columns must be in " + of +
				"'s bin order)");
		}
	}

	/** The header row (names), or null. */
	String[] header() {
		return header == null ? null : header.clone();
	}

	/** Values in the next row, without reading it; 0 at the end. */
	int peekWidth() {
		return pending == null ? 0 : pending.length - (labelled ? 1 : 0);
	}

	/**
	 * The next row, or null at the end.
	 *
	 * @throws ModelException naming the line and column of a cell that is not a number
	 */
	double[] next() {
		if (pending == null) return null;
		final String[] c = pending;
		final long at = line;
		try {
			pending = cells();
		}
		catch (final IOException exc) {
			throw unreadable(where, exc);
		}
		final int skip = labelled && c.length > 0 ? 1 : 0;
		label = skip == 1 ? c[0] : null;
		labelLine = at;
		lastCells = c;
		lastSkip = skip;
		final double[] row = new double[c.length - skip];
		for (int j = 0; j < row.length; j++) {
			try {
				row[j] = DecimalParser.parse(c[j + skip]);
			}
			catch (final NumberFormatException exc) {
				final String t = c[j + skip].trim();
				// NB: python's and C's spellings of NaN and infinity are numbers, but not finite ones
				final boolean nonFinite = t.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT)
					.matches("nan|inf|infinity");
				throw new ModelException(where + ": line " + at + ", column " + (j +
					skip + 1) + (t.isEmpty() ? " is empty" : nonFinite ? " is not a finite number: " + t
						: " is not a number: " + c[j + skip]));
			}
		}
		return row;
	}

	/**
	 * The label cell of the row {@link #next()} returned last (its bin's name,
	 * under the header's {@code bin} column), or null when the file has no
	 * label column.
	 */
	String label() {
		return label;
	}

	/** The {@code j}-th number's cell (from 0) of the row {@link #next()} returned last, as written. */
	String text(final int j) {
		return lastCells[j + lastSkip].trim();
	}

	/** The line (1-based) of the row {@link #next()} returned last. */
	long line() {
		return labelLine;
	}

	@Override
	public void close() {
		try {
			in.close();
		}
		catch (final IOException exc) {
			// NB: read-only; nothing is lost
		}
	}
}
