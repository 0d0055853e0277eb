package org.toycov.model;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Reads the rows of a universe file one at a time, so memory does not grow
 * with the number of universes: a CSV file (one universe per line, one column
 * per bin in model order, an optional header row of names, {@code #}
 * comments; read by {@link NumberRows}) or a NumPy {@code .npy} file of little-endian float64 with shape
 * {@code (universes, bins)} or {@code (bins,)} in C order.
 */
public final class UniverseFile implements Closeable {

	private final String where;
	private final int width;
	private final long rows;
	private final NumberRows csv;
	private final DataInputStream npy;
	private final byte[] buffer;
	private long read;

	private UniverseFile(final String where, final NumberRows csv,
		final DataInputStream npy, final int width, final long rows)
	{
		this.where = where;
		this.csv = csv;
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
			return new UniverseFile(where, NumberRows.open(file, where), null, -1,
				-1);
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

	/** Bins per row: the first row's width for CSV, the shape for .npy. */
	public int width() {
		if (csv == null) return width;
		final int w = csv.peekWidth();
		return w > 0 || csv.header() == null ? w : csv.header().length;
	}

	/** The CSV header row (bin names), or null. */
	public String[] header() {
		return csv == null ? null : csv.header();
	}

	/**
	 * A header row, if there is one, must name {@code names} in their order.
	 *
	 * @param of what {@code names} are the bins of, e.g. {@code the central_value}
	 */
	public void checkHeader(final String[] names, final String of) {
		if (header() != null) NumberRows.checkHeader(where, header(), names, of);
	}

	/**
	 * Reads the next row into {@code row}.
	 *
	 * @return false at the end of the file
	 * @throws ModelException naming the row whose width differs, or the row and
	 *           column of a value that is not finite (NaN, Infinity)
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
			checkFinite(row, "", 1);
			return true;
		}
		final int w = csv.peekWidth();
		if (w == 0) return false;
		if (w != row.length) throw new ModelException(where + ": row " + (read +
			1) + " has " + w + " values, the others " + row.length);
		System.arraycopy(csv.next(), 0, row, 0, w);
		read++;
		checkFinite(row, " (line " + csv.line() + ")", csv.label() == null ? 1
			: 2);
		return true;
	}

	/**
	 * A NaN or an infinity would make every covariance entry of its bin NaN or
	 * infinite: refused naming the row and the file's column.
	 */
	private void checkFinite(final double[] row, final String line,
		final int firstColumn)
	{
		for (int j = 0; j < row.length; j++)
			if (!Double.isFinite(row[j])) throw new ModelException(where + ": row " +
				read + line + ", column " + (j + firstColumn) +
				" is not a finite number: " + (csv != null ? csv.text(j) : String.valueOf(row[j])));
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

	/** The file's one row (a central value); call it once, on a new file. */
	public double[] onlyRow() {
		final double[] row = new double[width()];
		if (!next(row)) throw new ModelException(where + " holds no row");
		if (next(new double[row.length])) throw new ModelException(where +
			" must hold one row, got more");
		return row;
	}

	/** How messages call the file, e.g. {@code universes file flux.csv}. */
	public String where() {
		return where;
	}

}
