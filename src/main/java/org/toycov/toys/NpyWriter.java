package org.toycov.toys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A {@link ToySink} that saves the raw counts as a numpy {@code .npy} file (format
 * 1.0, little-endian {@code <i4} or {@code <i8}, shape {@code (toys, channels)}, C
 * order) that {@code numpy.load} reads directly. Writes a temporary file beside the
 * target and renames it on success; deletes it on failure or cancel.
 */
public final class NpyWriter implements ToySink {

	private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 };
	private static final int BUFFER = 1 << 20;

	private final Path path;
	private final boolean int64;
	private Path tmp;
	private FileChannel out;
	private ByteBuffer buf;
	private long expected, written;

	/** int32 counts. */
	public NpyWriter(final Path path) {
		this(path, false);
	}

	public NpyWriter(final Path path, final boolean int64) {
		this.path = path.toAbsolutePath();
		this.int64 = int64;
	}

	public Path path() {
		return path;
	}

	/** The .npy header (magic, version 1.0, length, dict padded to a multiple of 64 bytes). */
	static byte[] header(final boolean int64, final long rows, final int cols) {
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
			if (dir == null || !Files.isDirectory(dir)) throw new IOException("no such directory " + dir);
			tmp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".part");
			// NB: a run ended by Ctrl-C (the JVM's shutdown) leaves no partial file either
			tmp.toFile().deleteOnExit();
			out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
			expected = config.toys() * config.channels();
			written = 0;
			buf = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);
			buf.put(header(int64, config.toys(), config.channels()));
		}
		catch (final IOException e) {
			abort();
			throw new IllegalArgumentException("save_toys: cannot write " + path + " (" + reason(e) + ")", e);
		}
	}

	private static String reason(final IOException e) {
		if (e instanceof AccessDeniedException) return "permission denied";
		if (e instanceof NoSuchFileException) return "no such directory";
		if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
			return ((FileSystemException) e).getReason();
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
		try {
			Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (final IOException e) {
			Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
		}
		tmp = null;
		// NB: a temporary file is private (0600); a saved result is not
		try {
			Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions
				.fromString("rw-r--r--"));
		}
		catch (final UnsupportedOperationException | IOException e) {
			// NB: not a POSIX file system: keep its defaults
		}
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
		try {
			if (tmp != null) Files.deleteIfExists(tmp);
		}
		catch (final IOException e) {
			// NB: abort must not hide the original failure.
		}
		tmp = null;
	}
}
