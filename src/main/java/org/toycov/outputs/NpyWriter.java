package org.toycov.outputs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToySink;

/**
 * A {@link ToySink} that saves the raw counts as a numpy {@code .npy} file (format
 * 1.0, little-endian {@code <i4} or {@code <i8}, shape {@code (toys, channels)}, C
 * order) that {@code numpy.load} reads directly. The file is staged in an
 * {@link OutputSet}: alone (it is moved into place when the toys are done) or
 * with the other outputs of a run (moved into place with them); a failure or
 * cancel leaves nothing.
 */
public final class NpyWriter implements ToySink {

	private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 };
	private static final int BUFFER = 1 << 20;

	private final Path path;
	private final boolean int64;
	private final OutputSet set;
	private final boolean own;
	private Path tmp;
	private FileChannel out;
	private ByteBuffer buf;
	private long expected, written;
	private OutputSet staging;

	/** int32 counts. */
	public NpyWriter(final Path path) {
		this(path, false);
	}

	/** A file of its own, in place when the run is done. */
	public NpyWriter(final Path path, final boolean int64) {
		this(path, int64, null);
	}

	/**
	 * A file of the run whose outputs {@code set} holds: in place when the set
	 * is committed.
	 */
	public NpyWriter(final Path path, final boolean int64, final OutputSet set) {
		this.path = path.toAbsolutePath();
		this.int64 = int64;
		this.own = set == null;
		this.set = set;
	}

	public Path path() {
		return path;
	}

	/** The .npy header (magic, version 1.0, length, dict padded to a multiple of 64 bytes). */
	public static byte[] header(final boolean int64, final long rows, final int cols) {
		final String dict = "{'descr': '" + (int64 ? "<i8" : "<i4") + "', 'fortran_order': False, 'shape': (" + rows + ", " +
			cols + "), }";
		int len = dict.length() + 1;
		final int total = MAGIC.length + 2 + len;
		final int pad = (64 - total % 64) % 64;
		len += pad;
		final StringBuilder sb = new StringBuilder(dict);
		for (int i = 0; i < pad; i++) sb.append(' ');
		sb.append('\n');
		final byte[] d = sb.toString().getBytes(StandardCharsets.US_ASCII);
		final ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + len).order(ByteOrder.LITTLE_ENDIAN);
		b.put(MAGIC).putShort((short) len).put(d);
		return b.array();
	}

	@Override
	public void open(final ToyConfig config) {
		final Path dir = path.getParent();
		try {
			if (Files.isDirectory(path)) throw new IOException("is a directory");
			// NB: a missing folder is created with the file (and removed on abort),
			// as output_dir is: save_toys may go into the output folder of the run
			Path existing = dir == null ? path.toAbsolutePath().getParent() : dir;
			while (existing != null && !Files.isDirectory(existing)) existing = existing.getParent();
			if (existing == null) throw new IOException("no folder to write it in");
			checkSpace(config, existing);
			staging = own ? new OutputSet() : set;
			tmp = staging.stage("save_toys", path);
			out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
			expected = config.toys() * config.channels();
			written = 0;
			buf = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
			buf.put(header(int64, config.toys(), config.channels()));
		}
		catch (final IOException e) {
			abort();
			throw new IllegalArgumentException("save_toys: cannot write " + path + " (" + reason(e) + ")", e);
		}
		catch (final RuntimeException e) {
			abort();
			throw e;
		}
	}

	/**
	 * Before any toy: the whole file (toys x channels x 4 or 8 bytes and the
	 * header) fits in the free space of its folder, where it is also staged.
	 */
	private void checkSpace(final ToyConfig config, final Path dir) throws IOException {
		final double bytes = header(int64, config.toys(), config.channels()).length + (double) config.toys() *
			config.channels() * (int64 ? 8 : 4);
		final long free = Files.getFileStore(dir).getUsableSpace();
		if (bytes > free) throw new IllegalArgumentException("save_toys: toys=" + config.toys() + " x " + config
			.channels() + " channels x " + (int64 ? 8 : 4) + " bytes = " + size(bytes) + " does not fit in the " +
			size(free) + " free in " + dir + " (fewer toys, or save_toys in another folder)");
	}

	/** Bytes for people: 8 TB, 750 MB. */
	static String size(final double bytes) {
		final String[] units = { "bytes", "kB", "MB", "GB", "TB", "PB", "EB" };
		double v = bytes;
		int u = 0;
		while (v >= 1000 && u < units.length - 1) {
			v /= 1000;
			u++;
		}
		return (u == 0 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v)) +
			" " + units[u];
	}

	private static String reason(final IOException e) {
		return OutputSet.reason(e);
	}

	@Override
	public void accept(final long firstToy, final int count, final int[] counts) throws IOException {
		final int len = counts.length;
		for (int i = 0; i < len; i++) {
			if (buf.remaining() < 8) flush();
			if (int64) buf.putLong(counts[i]);
			else buf.putInt(counts[i]);
		}
		written += len;
	}

	private void flush() throws IOException {
		buf.flip();
		while (buf.hasRemaining()) out.write(buf);
		buf.clear();
	}

	@Override
	public void finish() throws IOException {
		if (written != expected) throw new IOException("wrote " + written + " counts, expected " + expected);
		flush();
		out.close();
		out = null;
		tmp = null;
		if (own) staging.commit();
	}

	@Override
	public void abort() {
		try {
			if (out != null) out.close();
		}
		catch (final IOException e) {
			// NB: nothing to save; the file goes anyway.
		}
		out = null;
		// NB: a run's set is aborted by the run, which owns it; the file goes now
		try {
			if (tmp != null) Files.deleteIfExists(tmp);
		}
		catch (final IOException e) {
			// NB: abort must not hide the original failure.
		}
		if (own && staging != null) staging.abort();
		tmp = null;
	}
}
