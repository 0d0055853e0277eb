package org.toycov.model;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of a universe file one at a time, so memory does not grow
 * with the number of universes: a CSV file (one universe per line, one column
 * per bin in model order, an optional header row of names, {@code #}
 * comments) or a NumPy {@code .npy} file of little-endian float64 with shape
 * {@code (universes, bins)} or {@code (bins,)} in C order.
 */
public final class UniverseFile implements Closeable {

	private final String where;
	private final int width;
	private final long rows;
	private final CSVParser csv;
	private final Iterator<CSVRecord> records;
	private final DataInputStream npy;
	private final byte[] buffer;
	private long read;
	private String[] header;
	private CSVRecord pending;

	private UniverseFile(final String where, final CSVParser csv,
		final DataInputStream npy, final int width, final long rows)
	{
		this.where = where;
		this.csv = csv;
		this.records = csv == null ? null : csv.iterator();
		this.npy = npy;
		this.width = width;
		this.rows = rows;
		this.buffer = npy == null ? null : new byte[8 * width];
	}

	/**
	 * Opens a universe file ({@code .npy} by its name, else CSV).
	 *
	 * @param key how messages call the file, e.g. {@code universes}
	 */
	public static UniverseFile open(final File file, final String key) {
		final String where = key + " file " + file.getPath();
		if (file.isDirectory()) throw new ModelException(where +
			" is a folder, not a file");
		if (!file.isFile()) throw new ModelException(where + " not found");
		try {
			if (file.getName().endsWith(".npy")) return openNpy(where, file);
			final Reader r = Files.newBufferedReader(file.toPath(),
				StandardCharsets.UTF_8);
			final CSVParser p = CSVFormat.DEFAULT.builder().setCommentMarker('#')
				.setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(
					r);
			final UniverseFile u = new UniverseFile(where, p, null, -1, -1);
			u.peek();
			return u;
		}
		catch (final IOException exc) {
			throw new ModelException(where + " cannot be read: " + exc.getMessage(),
				exc);
		}
	}

	private static final Pattern DESCR = Pattern.compile(
		"'descr'\\s*:\\s*'([^']*)'");
	private static final Pattern SHAPE = Pattern.compile(
		"'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,?\\s*(\\d*)\\s*,?\\s*\\)");

	private static UniverseFile openNpy(final String where, final File file)
		throws IOException
	{
		final DataInputStream in = new DataInputStream(new BufferedInputStream(Files
			.newInputStream(file.toPath()), 1 << 16));
		final byte[] magic = new byte[8];
		in.readFully(magic);
		if (magic[0] != (byte) 0x93 || magic[1] != 'N' || magic[2] != 'U' ||
			magic[3] != 'M' || magic[4] != 'P' || magic[5] != 'Y')
		{
			in.close();
			throw new ModelException(where + " is not a .npy file (no NUMPY magic)");
		}
		final int len = magic[6] == 1 ? Short.toUnsignedInt(Short.reverseBytes(in
			.readShort())) : Integer.reverseBytes(in.readInt());
		final byte[] h = new byte[len];
		in.readFully(h);
		final String header = new String(h, StandardCharsets.ISO_8859_1);
		final Matcher d = DESCR.matcher(header), s = SHAPE.matcher(header);
		if (!d.find() || !s.find() || header.contains("'fortran_order': True") ||
			!d.group(1).equals("<f8"))
		{
			in.close();
			throw new ModelException(where + " must hold little-endian float64 " +
				"('<f8') in C order, got the header " + header.trim());
		}
		final boolean oneRow = s.group(2).isEmpty();
		final long rows = oneRow ? 1 : Long.parseLong(s.group(1));
		final int width = Integer.parseInt(oneRow ? s.group(1) : s.group(2));
		return new UniverseFile(where, null, in, width, rows);
	}

	/** Reads the header, if any, and the first row, which fixes the width. */
	private void peek() {
		while (records.hasNext()) {
			final CSVRecord r = records.next();
			if (header == null && pending == null && !isNumber(r.get(0))) {
				header = r.values();
				continue;
			}
			pending = r;
			break;
		}
	}

	private static boolean isNumber(final String s) {
		try {
			Double.parseDouble(s);
			return true;
		}
		catch (final NumberFormatException exc) {
			return false;
		}
	}

	/** Bins per row: the first row's width for CSV, the shape for .npy. */
	public int width() {
		if (csv == null) return width;
		return pending != null ? pending.size() : header != null ? header.length
			: 0;
	}

	/** The CSV header row (bin names), or null. */
	public String[] header() {
		return header == null ? null : header.clone();
	}

	/**
	 * Reads the next row into {@code row}.
	 *
	 * @return false at the end of the file
	 * @throws ModelException naming the row whose width differs
	 */
	public boolean next(final double[] row) {
		if (npy != null) {
			if (read == rows) return false;
			try {
				npy.readFully(buffer);
			}
			catch (final IOException exc) {
				throw new ModelException(where + " ends after " + read + " of its " +
					rows + " rows");
			}
			final ByteBuffer b = ByteBuffer.wrap(buffer).order(
				ByteOrder.LITTLE_ENDIAN);
			b.asDoubleBuffer().get(row, 0, width);
			read++;
			return true;
		}
		if (pending == null && records.hasNext()) pending = records.next();
		if (pending == null) return false;
		final CSVRecord r = pending;
		pending = null;
		if (r.size() != row.length) throw new ModelException(where + ": row " + (read +
			1) + " has " + r.size() + " values, the others " + row.length);
		for (int j = 0; j < row.length; j++) {
			try {
				row[j] = Double.parseDouble(r.get(j));
			}
			catch (final NumberFormatException exc) {
				throw new ModelException(where + ": row " + (read + 1) + ", column " +
					(j + 1) + " is not a number: " + r.get(j));
			}
		}
		read++;
		return true;
	}

	@Override
	public void close() {
		try {
			if (csv != null) csv.close();
			if (npy != null) npy.close();
		}
		catch (final IOException exc) {
			// NB: read-only; nothing is lost
		}
	}

	/** Reads a file of one row (a central value). */
	public static double[] readRow(final File file, final String key) {
		try (UniverseFile u = open(file, key)) {
			final double[] row = new double[u.width()];
			if (!u.next(row)) throw new ModelException(u.where + " holds no row");
			if (u.next(new double[row.length])) throw new ModelException(u.where +
				" must hold one row, got more");
			return row;
		}
	}

}
