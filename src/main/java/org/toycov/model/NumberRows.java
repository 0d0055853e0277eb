package org.toycov.model;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Rows of numbers from a text table, read one row at a time with commons-csv:
 * values separated by commas, semicolons, tabs or runs of blanks (the
 * separator of the first data line; blank-separated files are what releases
 * such as MiniBooNE's publish), {@code #} comments, and a first row that
 * holds no number at all taken as a header. A header whose first cell is
 * {@code bin} or {@code channel} heads a label column, as in the tables ToyCov
 * writes ({@code covariance.csv}): each row's first cell is then its bin's
 * name, skipped. The one reader of ToyCov's matrix and universe files.
 */
final class NumberRows implements Closeable {

	private final String where;
	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final boolean blanks;
	private String[] header;
	/** Whether each row starts with a label cell (the header's {@code bin} column). */
	private boolean labelled;
	private String[] pending;
	private long line;

	private NumberRows(final String where, final CSVParser parser,
		final boolean blanks)
	{
		this.where = where;
		this.parser = parser;
		this.records = parser.iterator();
		this.blanks = blanks;
	}

	/**
	 * @param where how messages call the file, e.g. {@code cov file m.csv}
	 */
	static NumberRows open(final File file, final String where) {
		if (file.isDirectory()) throw new ModelException(where +
			" is a folder, not a file");
		if (!file.isFile()) throw new ModelException(where + " not found");
		try {
			final char sep = separator(file);
			final CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(sep)
				.setCommentMarker('#').setIgnoreSurroundingSpaces(true)
				.setIgnoreEmptyLines(true).setTrim(true).get().parse(Files
					.newBufferedReader(file.toPath(), StandardCharsets.UTF_8));
			final NumberRows r = new NumberRows(where, p, sep == ' ');
			r.pending = r.cells();
			if (r.pending != null && isHeader(r.pending)) {
				r.header = r.pending;
				r.labelled = r.header.length > 1 && (r.header[0].equals("bin") ||
					r.header[0].equals("channel"));
				if (r.labelled) r.header = Arrays.copyOfRange(r.header, 1,
					r.header.length);
				r.pending = r.cells();
			}
			return r;
		}
		catch (final IOException | RuntimeException exc) {
			if (exc instanceof ModelException) throw (ModelException) exc;
			throw new ModelException(where + " cannot be read: " + exc.getMessage(),
				exc);
		}
	}

	/** The separator of the first line that is not blank or a comment. */
	private static char separator(final File file) throws IOException {
		try (BufferedReader r = Files.newBufferedReader(file.toPath(),
			StandardCharsets.UTF_8))
		{
			for (String s = r.readLine(); s != null; s = r.readLine()) {
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

	/** The next record's cells (runs of blanks are one separator), or null. */
	private String[] cells() {
		if (!records.hasNext()) return null;
		final CSVRecord r = records.next();
		line = parser.getCurrentLineNumber();
		if (!blanks) return r.values();
		final List<String> out = new ArrayList<>(r.size());
		for (final String v : r)
			if (!v.isEmpty()) out.add(v);
		return out.toArray(new String[0]);
	}

	/** A header row holds no number at all. */
	private static boolean isHeader(final String[] cells) {
		for (final String c : cells) {
			try {
				Double.parseDouble(c);
				return false;
			}
			catch (final NumberFormatException exc) {
				// NB: not a number, as a header cell
			}
		}
		return true;
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
		pending = cells();
		final int skip = labelled && c.length > 0 ? 1 : 0;
		final double[] row = new double[c.length - skip];
		for (int j = 0; j < row.length; j++) {
			try {
				row[j] = Double.parseDouble(c[j + skip]);
			}
			catch (final NumberFormatException exc) {
				throw new ModelException(where + ": line " + at + ", column " + (j +
					skip + 1) + " is not a number: " + c[j + skip]);
			}
		}
		return row;
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (final IOException exc) {
			// NB: read-only; nothing is lost
		}
	}
}
