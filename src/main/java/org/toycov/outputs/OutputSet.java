package org.toycov.outputs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one way ToyCov writes files: every output of a run (CSV tables, PNG and
 * SVG charts, {@code .npy} toys) is written into a hidden staging folder beside
 * its target and moved into place by {@link #commit()} only when the whole run
 * has succeeded. {@link #abort()} (a failure, a cancel, Ctrl-C through
 * {@link #abortAll()}) removes every staged file and every folder the set
 * created, so a failed run leaves nothing new behind.
 * <p>
 * A folder (or anything but a plain file) in the way of a target is an error
 * when the target is staged, before anything is written: {@link #check}.
 * </p>
 */
public final class OutputSet implements AutoCloseable {

	/** Sets not yet committed or aborted, for {@link #abortAll()}. */
	private static final Set<OutputSet> OPEN = ConcurrentHashMap.newKeySet();
	/** Set by {@link #shutdown()}: the JVM is shutting down; nothing more is staged. */
	private static volatile boolean closing;

	/** Writes one output to a stream. */
	public interface Writer {

		void write(OutputStream out) throws IOException;
	}

	private final Map<Path, Path> staged = new LinkedHashMap<>();
	/** Staging folder of each target folder. */
	private final Map<Path, Path> staging = new LinkedHashMap<>();
	/** Staged folders: each target folder and the staging folder inside it. */
	private final Map<Path, Path> folders = new LinkedHashMap<>();
	/** The key of each staged folder, for its one-line errors. */
	private final Map<Path, String> folderKeys = new LinkedHashMap<>();
	/** Folders this set created, outermost first. */
	private final List<Path> created = new ArrayList<>();
	private boolean done;
	private final List<Path> written = new ArrayList<>();

	public OutputSet() {
		OPEN.add(this);
	}

	/**
	 * Throws a one-line {@link IllegalArgumentException} ({@code key: ...}) when
	 * {@code target} cannot become a file: a folder or another non-file in the
	 * way, a parent that is a file, or a folder to write in that may not be
	 * written (a read-only disk, no permission).
	 */
	public static void check(final String key, final Path target) {
		final Path t = target.toAbsolutePath();
		if (Files.exists(t) && !Files.isRegularFile(t)) throw new IllegalArgumentException(
			key + ": " + target + " is in the way: it is a folder, not a file " +
				"(move it away or choose another " + key + ")");
		for (Path p = t.getParent(); p != null; p = p.getParent()) {
			if (Files.exists(p) && !Files.isDirectory(p)) throw new IllegalArgumentException(
				key + ": cannot write " + target + ": " + p + " is a file, not a folder");
			if (Files.isDirectory(p)) {
				// NB: the file is staged in (and missing folders are created under) the nearest existing folder
				if (!Files.isWritable(p)) throw new IllegalArgumentException(key + ": cannot write " + target +
					": the folder " + p + " is read-only for ToyCov (choose another " + key + ")");
				break;
			}
		}
	}

	/**
	 * Throws a one-line {@link IllegalArgumentException} ({@code key: ...}) when
	 * a file or anything but a folder is in the way of the folder
	 * {@code target} (a walk-through step's folder), which may not exist yet.
	 */
	public static void checkFolder(final String key, final Path target) {
		if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files
			.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS))
			throw new IllegalArgumentException(key + ": " + target +
				" is in the way: it is a file, not a folder (move it away or " +
				"choose another " + key + ")");
	}

	/**
	 * The path to write {@code target}'s content to now; it becomes
	 * {@code target} at {@link #commit()}. Creates the target's folder if need
	 * be (removed again on abort).
	 *
	 * @param key the input the user changes to fix a failure (output_dir,
	 *          save_toys)
	 */
	public synchronized Path stage(final String key, final Path target) {
		if (done || closing) throw new IllegalStateException("output set already " +
			"committed or aborted");
		final Path t = target.toAbsolutePath().normalize();
		check(key, t);
		if (staged.containsKey(t)) throw new IllegalArgumentException(key +
			": two outputs named " + t.getFileName());
		final Path dir = t.getParent();
		try {
			createFolders(dir);
			Path s = staging.get(dir);
			if (s == null) {
				s = Files.createTempDirectory(dir, ".toycov-");
				staging.put(dir, s);
			}
			final Path tmp = s.resolve(t.getFileName());
			staged.put(t, tmp);
			return tmp;
		}
		catch (final IOException exc) {
			throw new IllegalArgumentException(key + ": cannot write " + target +
				" (" + reason(exc) + ")", exc);
		}
	}

	/**
	 * A folder to write a whole tree of outputs in now (the walk-through's
	 * steps, each run committing its own set into it): a hidden folder inside
	 * {@code target}. At {@link #commit()} each of its entries replaces the
	 * entry of the same name in {@code target} as a whole (a step's folder is
	 * never a mix of two runs); other entries of {@code target} are untouched.
	 *
	 * @param key the input the user changes to fix a failure (--out)
	 */
	public synchronized Path stageFolder(final String key, final Path target) {
		if (done || closing) throw new IllegalStateException("output set already " +
			"committed or aborted");
		final Path t = target.toAbsolutePath().normalize();
		if (Files.exists(t) && !Files.isDirectory(t)) throw new IllegalArgumentException(
			key + ": " + target + " is a file, not a folder");
		if (folders.containsKey(t)) throw new IllegalArgumentException(key +
			": " + target + " given twice");
		try {
			createFolders(t);
			final Path s = Files.createTempDirectory(t, ".toycov-");
			folders.put(t, s);
			folderKeys.put(t, key);
			return s;
		}
		catch (final IOException exc) {
			throw new IllegalArgumentException(key + ": cannot write in " + target +
				" (" + reason(exc) + ")", exc);
		}
	}

	/** Stages {@code target} and writes it through {@code writer}. */
	public void write(final String key, final Path target, final Writer writer) {
		final Path tmp = stage(key, target);
		try (OutputStream out = Files.newOutputStream(tmp)) {
			writer.write(out);
		}
		catch (final IOException exc) {
			throw new UncheckedIOException(key + ": cannot write " + target + " (" +
				reason(exc) + ")", exc);
		}
	}

	private void createFolders(final Path dir) throws IOException {
		final List<Path> missing = new ArrayList<>();
		for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent())
			missing.add(0, p);
		for (final Path p : missing) {
			Files.createDirectory(p);
			created.add(p);
		}
	}

	/**
	 * Moves every staged file into place and removes the staging folders.
	 *
	 * @return the targets, in the order they were staged
	 */
	public synchronized List<Path> commit() {
		if (done) throw new IllegalStateException(
			"the run was canceled: nothing written");
		try {
			for (final Map.Entry<Path, Path> e : staged.entrySet()) {
				if (!Files.isRegularFile(e.getValue())) throw new IOException(
					"nothing was written to it");
				// NB: checked again: a folder may have appeared during the run
				check("output", e.getKey());
			}
			for (final Map.Entry<Path, Path> e : folders.entrySet())
				checkEntries(folderKeys.get(e.getKey()), e.getValue(), e.getKey());
			for (final Map.Entry<Path, Path> e : staged.entrySet())
				move(e.getValue(), e.getKey());
			for (final Map.Entry<Path, Path> e : folders.entrySet())
				written.addAll(replaceEntries(e.getValue(), e.getKey()));
			done = true;
			OPEN.remove(this);
			deleteStaging();
			written.addAll(staged.keySet());
			return new ArrayList<>(written);
		}
		catch (final IOException exc) {
			abort();
			throw new UncheckedIOException("cannot write the outputs (" + reason(
				exc) + ")", exc);
		}
		catch (final RuntimeException exc) {
			abort();
			throw exc;
		}
	}

	/**
	 * Throws a one-line {@link IllegalArgumentException} when an entry of
	 * {@code from} would replace something of another kind in {@code to}: a
	 * file output never replaces a user's folder, a folder output never a file.
	 */
	private static void checkEntries(final String key, final Path from,
		final Path to) throws IOException
	{
		try (Stream<Path> s = Files.list(from)) {
			for (final Path e : (Iterable<Path>) s::iterator) {
				final Path dest = to.resolve(e.getFileName());
				if (!Files.exists(dest, java.nio.file.LinkOption.NOFOLLOW_LINKS))
					continue;
				if (Files.isDirectory(e)) checkFolder(key, dest);
				else check(key, dest);
			}
		}
	}

	/**
	 * Moves every entry of {@code from} into {@code to}, an existing entry of
	 * the same name first moved aside and removed at the end.
	 */
	private static List<Path> replaceEntries(final Path from, final Path to)
		throws IOException
	{
		final List<Path> entries;
		try (Stream<Path> s = Files.list(from)) {
			entries = s.sorted().collect(java.util.stream.Collectors.toList());
		}
		final List<Path> out = new ArrayList<>();
		final Path old = Files.createTempDirectory(to, ".toycov-old-");
		try {
			for (final Path e : entries) {
				final Path dest = to.resolve(e.getFileName());
				if (Files.exists(dest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files
					.move(dest, old.resolve(e.getFileName()));
				try {
					Files.move(e, dest, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (final AtomicMoveNotSupportedException exc) {
					Files.move(e, dest);
				}
				out.add(dest);
			}
		}
		finally {
			deleteTree(old);
		}
		return out;
	}

	private static void move(final Path from, final Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
		}
		catch (final AtomicMoveNotSupportedException exc) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		// NB: a temporary file is private (0600); an output is for colleagues too
		try {
			Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(
				"rw-r--r--"));
		}
		catch (final UnsupportedOperationException | IOException exc) {
			// NB: not a POSIX file system: keep its defaults
		}
	}

	/** Removes every staged file and the folders this set created. Never throws. */
	public synchronized void abort() {
		if (done) return;
		done = true;
		OPEN.remove(this);
		deleteStaging();
		for (int i = created.size() - 1; i >= 0; i--) {
			try {
				Files.deleteIfExists(created.get(i));
			}
			catch (final IOException exc) {
				// NB: not empty: something else wrote there; leave it
			}
		}
	}

	private void deleteStaging() {
		for (final Path s : staging.values())
			deleteTree(s);
		staging.clear();
		for (final Path s : folders.values())
			deleteTree(s);
		folders.clear();
	}

	private static void deleteTree(final Path p) {
		// NB: again while something is still being written in it (Ctrl-C stops
		// new staging, but a file already opened may appear during the walk)
		for (int attempt = 0; attempt < 10 && Files.exists(p,
			java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++)
		{
			try (Stream<Path> s = Files.walk(p)) {
				s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			}
			catch (final IOException | UncheckedIOException exc) {
				// NB: abort must not hide the original failure
			}
			if (attempt > 0) try {
				Thread.sleep(10);
			}
			catch (final InterruptedException exc) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** The files {@link #commit()} put in place, in the order they were staged. */
	public synchronized List<Path> written() {
		return new ArrayList<>(written);
	}

	/** Aborts if not committed. */
	@Override
	public void close() {
		abort();
	}

	/** Whether the set was committed or aborted. */
	public synchronized boolean isDone() {
		return done;
	}

	/** Aborts every set not yet committed (Ctrl-C: the JVM is shutting down). */
	public static void abortAll() {
		for (final OutputSet s : Collections.unmodifiableSet(OPEN))
			s.abort();
	}

	/**
	 * The JVM is shutting down (Ctrl-C): no set stages anything more, and every
	 * set not yet committed is aborted.
	 */
	public static void shutdown() {
		closing = true;
		abortAll();
	}

	/** A short reason for an I/O failure. */
	public static String reason(final IOException e) {
		if (e instanceof AccessDeniedException) return "permission denied";
		if (e instanceof FileSystemException && ((FileSystemException) e)
			.getReason() != null) return ((FileSystemException) e).getReason();
		if (e instanceof java.nio.file.NoSuchFileException) return "no such folder";
		return e.getMessage() == null ? e.getClass().getSimpleName() : e
			.getMessage();
	}
}
