package org.toycov.outputs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import ij.measure.ResultsTable;

/**
 * A named table of columns (numbers, or text for row labels), written as CSV
 * with a header row and shown in ImageJ as a {@link ResultsTable} titled with
 * the table's name, so macros can read it with {@code Table.get}.
 */
public final class Table {

	private final String name;
	private final List<String> headers = new ArrayList<>();
	private final List<Object> columns = new ArrayList<>();
	private int rows = -1;

	public Table(final String name) {
		this.name = name;
	}

	public String name() {
		return name;
	}

	public int rows() {
		return Math.max(rows, 0);
	}

	public List<String> headers() {
		return headers;
	}

	public Table column(final String header, final double[] values) {
		return add(header, values.clone(), values.length);
	}

	public Table column(final String header, final long[] values) {
		final double[] d = new double[values.length];
		for (int i = 0; i < d.length; i++)
			d[i] = values[i];
		return add(header, d, d.length);
	}

	public Table column(final String header, final String[] values) {
		return add(header, values.clone(), values.length);
	}

	private Table add(final String header, final Object values, final int n) {
		if (rows >= 0 && n != rows) throw new IllegalArgumentException("column " +
			header + " has " + n + " rows, table " + name + " has " + rows);
		rows = n;
		headers.add(header);
		columns.add(values);
		return this;
	}

	/** A square matrix with a {@code channel} label column, one column per channel. */
	public static Table matrix(final String name, final String[] channels,
		final double[][] m)
	{
		final Table t = new Table(name).column("channel", channels);
		for (int j = 0; j < channels.length; j++) {
			final double[] col = new double[channels.length];
			for (int i = 0; i < col.length; i++)
				col[i] = m[i][j];
			t.column(channels[j], col);
		}
		return t;
	}

	/** Numeric value; NaN for a text column. */
	public double value(final String header, final int row) {
		final Object col = columns.get(index(header));
		return col instanceof double[] ? ((double[]) col)[row] : Double.NaN;
	}

	public double[] numbers(final String header) {
		final Object col = columns.get(index(header));
		if (!(col instanceof double[])) throw new IllegalArgumentException(
			"column " + header + " of " + name + " is not numeric");
		return ((double[]) col).clone();
	}

	private int index(final String header) {
		final int i = headers.indexOf(header);
		if (i < 0) throw new IllegalArgumentException("table " + name +
			" has no column " + header);
		return i;
	}

	private String cell(final int c, final int r) {
		final Object col = columns.get(c);
		if (col instanceof double[]) return Numbers.format(((double[]) col)[r]);
		return quote(((String[]) col)[r]);
	}

	/** RFC 4180: a text cell with a comma, quote or line break is quoted. */
	private static String quote(final String s) {
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s
			.indexOf('\r') < 0) return s;
		return '"' + s.replace("\"", "\"\"") + '"';
	}

	/** CSV text: a header row, then one line per row. */
	public String toCsv() {
		final StringBuilder sb = new StringBuilder();
		for (int c = 0; c < headers.size(); c++)
			sb.append(c == 0 ? "" : ",").append(quote(headers.get(c)));
		sb.append('\n');
		for (int r = 0; r < rows(); r++) {
			for (int c = 0; c < headers.size(); c++) {
				if (c > 0) sb.append(',');
				sb.append(cell(c, r));
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	/**
	 * Writes {@code <dir>/<name>.csv} through a temporary file, so a failed
	 * write leaves no partial file.
	 */
	public File writeCsv(final File dir) {
		final File out = new File(dir, name + ".csv");
		try {
			Files.createDirectories(dir.toPath());
			final File tmp = File.createTempFile("." + name, ".tmp", dir);
			try (Writer w = Files.newBufferedWriter(tmp.toPath(),
				StandardCharsets.UTF_8))
			{
				w.write(toCsv());
			}
			catch (final IOException | RuntimeException exc) {
				Files.deleteIfExists(tmp.toPath());
				throw exc;
			}
			Files.move(tmp.toPath(), out.toPath(),
				StandardCopyOption.REPLACE_EXISTING);
			return out;
		}
		catch (final IOException exc) {
			throw new UncheckedIOException("output_dir: cannot write " + out
				.getPath() + " (" + exc.getMessage() + ")", exc);
		}
	}

	/** The same data as an ImageJ 1 results table (not shown). */
	public ResultsTable toResultsTable() {
		final ResultsTable rt = new ResultsTable();
		rt.setPrecision(-9); // NB: negative = scientific notation with 9 digits
		for (int r = 0; r < rows(); r++) {
			rt.incrementCounter();
			for (int c = 0; c < headers.size(); c++) {
				final Object col = columns.get(c);
				if (col instanceof double[]) rt.addValue(headers.get(c),
					((double[]) col)[r]);
				else rt.addValue(headers.get(c), ((String[]) col)[r]);
			}
		}
		return rt;
	}
}
