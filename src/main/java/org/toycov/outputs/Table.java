package org.toycov.outputs;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.toycov.toys.Histogram1D;
import org.toycov.toys.Histogram2D;

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

	/**
	 * A square matrix with a {@code bin} label column (a row is a bin; a scalar
	 * channel is one bin), one column per bin; a model file's {@code cov} or
	 * {@code frac_cov} reads it back.
	 */
	public static Table matrix(final String name, final String[] bins,
		final double[][] m)
	{
		final Table t = new Table(name).column("bin", bins);
		for (int j = 0; j < bins.length; j++) {
			final double[] col = new double[bins.length];
			for (int i = 0; i < col.length; i++)
				col[i] = m[i][j];
			t.column(bins[j], col);
		}
		return t;
	}

	/**
	 * A histogram: {@code <x>_low}, {@code <x>_high}, {@code count} and
	 * {@code density} (unit area over the counts in range, numpy's
	 * {@code density=True}) per bin.
	 */
	public static Table histogram(final String name, final String x,
		final Histogram1D h)
	{
		final double[] e = h.edges();
		final double[] lo = new double[h.bins()], hi = new double[h.bins()];
		for (int i = 0; i < lo.length; i++) {
			lo[i] = e[i];
			hi[i] = e[i + 1];
		}
		return new Table(name).column(x + "_low", lo).column(x + "_high", hi)
			.column("count", h.counts()).column("density", h.density());
	}

	/** A 2D histogram, one row per bin: its centre along x and y, and its count. */
	public static Table histogram2d(final String name, final String x,
		final String y, final Histogram2D h)
	{
		final double[] xe = h.xEdges(), ye = h.yEdges();
		final long[][] c = h.counts();
		final int nx = xe.length - 1, ny = ye.length - 1;
		final double[] xs = new double[nx * ny], ys = new double[nx * ny];
		final long[] n = new long[nx * ny];
		for (int i = 0, k = 0; i < nx; i++) {
			for (int j = 0; j < ny; j++, k++) {
				xs[k] = 0.5 * (xe[i] + xe[i + 1]);
				ys[k] = 0.5 * (ye[j] + ye[j + 1]);
				n[k] = c[i][j];
			}
		}
		return new Table(name).column(x, xs).column(y, ys).column("count", n);
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
		return ((String[]) col)[r];
	}

	/** The number of columns. */
	public int columns() {
		return headers.size();
	}

	/** CSV (RFC 4180, commons-csv): a header row, then one line per row. */
	public String toCsv() {
		final StringBuilder sb = new StringBuilder();
		try {
			printCsv(sb);
		}
		catch (final IOException exc) {
			throw new UncheckedIOException(exc); // NB: a StringBuilder does not fail
		}
		return sb.toString();
	}

	/** Prints the CSV row by row: a table of 1e8 cells never is one string. */
	private void printCsv(final Appendable out) throws IOException {
		final CSVPrinter p = new CSVPrinter(out, CSV);
		p.printRecord(headers);
		final List<String> row = new ArrayList<>();
		for (int r = 0; r < rows(); r++) {
			row.clear();
			for (int c = 0; c < headers.size(); c++)
				row.add(cell(c, r));
			p.printRecord(row);
		}
		p.flush();
	}

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
		.setRecordSeparator('\n').get();

	/** Stages {@code <dir>/<name>.csv} in {@code set}; returns the target. */
	public File write(final OutputSet set, final String key, final File dir) {
		final File out = new File(dir, name + ".csv");
		set.write(key, out.toPath(), o -> {
			final Writer w = new BufferedWriter(new OutputStreamWriter(o,
				StandardCharsets.UTF_8));
			printCsv(w);
			w.flush();
		});
		return out;
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
