package org.toycov.toys;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.toycov.model.FileList;

/**
 * The one file container of every toy summary ({@code save_summary} of Toy Experiments, Tune
 * Comparison, Feldman Cousins, Hypothesis Test): UTF-8 text, one {@code key = value} line
 * each, in this order:
 * <ul>
 * <li>a comment line ({@link #HEADER}), {@code format} ({@value #FORMAT}), {@code toycov_version},
 * {@code kind} (which command's toys: {@code toy_experiments}, {@code tune_comparison},
 * {@code feldman_cousins}, {@code hypothesis_test});</li>
 * <li>the kind's input lines: every input that changes the toys (or, for the interpretation
 * commands, the result read from them), exactly (doubles as Java's shortest round-trip
 * decimal);</li>
 * <li>{@code inputs_sha256} (SHA-256 of the input lines), {@code seed}, {@code first_toy},
 * {@code toys};</li>
 * <li>the kind's counters, exact integers;</li>
 * <li>{@code sha256}: SHA-256 of every byte before this line, so that a truncated or altered
 * file is refused.</li>
 * </ul>
 * Shards merge ({@link #order}) only with one kind, one ToyCov version, the same
 * {@code inputs_sha256} and seed, and disjoint toy ranges that cover toys 0 .. n - 1 (a gap,
 * between shards or before the first, only with {@code allow_gaps}). A copy with Windows line
 * ends (CR LF) is read as the LF text it was written as.
 */
public final class SummaryFile {

	/** The format's name and version, the file's {@code format} line. */
	public static final String FORMAT = "toycov-toy-summary 2";
	/** File name ending of a toy summary. */
	public static final String EXTENSION = ".toys";
	static final String HEADER = "# ToyCov toy summary: the exact counters of toys first_toy .. first_toy + toys - 1";
	private static final String SUM = "\nsha256 = ";

	private SummaryFile() {}

	/** The version of this ToyCov (its jar's Implementation-Version), "dev" outside a jar. */
	public static String toycovVersion() {
		final String v = SummaryFile.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}

	// -- Writing --

	/** Writes a summary's text: {@link #input} lines, then {@link #range}, then {@link #counter} lines, then {@link #finish}. */
	public static final class Writer {

		private final StringBuilder text = new StringBuilder(), inputs = new StringBuilder();
		private boolean ranged;

		public Writer(final String kind, final String version) {
			text.append(HEADER).append('\n');
			line(text, "format", FORMAT);
			line(text, "toycov_version", version);
			line(text, "kind", kind);
		}

		public Writer input(final String key, final String value) {
			if (ranged) throw new IllegalStateException("inputs come before the range");
			line(inputs, key, value);
			return this;
		}

		/** The inputs' hash and the toys: {@code inputs_sha256}, {@code seed}, {@code first_toy}, {@code toys}. */
		public Writer range(final long seed, final long firstToy, final long toys) {
			ranged = true;
			text.append(inputs);
			line(text, "inputs_sha256", sha256(inputs.toString()));
			line(text, "seed", Long.toString(seed));
			line(text, "first_toy", Long.toString(firstToy));
			line(text, "toys", Long.toString(toys));
			return this;
		}

		public Writer counter(final String key, final String value) {
			if (!ranged) throw new IllegalStateException("counters come after the range");
			line(text, key, value);
			return this;
		}

		/** The file's text, its {@code sha256} line last. */
		public String finish() {
			line(text, "sha256", sha256(text.toString()));
			return text.toString();
		}
	}

	static void line(final StringBuilder b, final String key, final String value) {
		b.append(key).append(" = ").append(value).append('\n');
	}

	/** Doubles as their shortest round-trip decimals, space-separated. */
	public static String doubles(final double... v) {
		final StringBuilder b = new StringBuilder();
		for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : " ").append(Double.toString(v[i]));
		return b.toString();
	}

	/** A matrix's doubles, row-major. */
	public static String doubles(final double[][] m) {
		final StringBuilder b = new StringBuilder();
		for (final double[] row : m) b.append(b.length() == 0 ? "" : " ").append(doubles(row));
		return b.toString();
	}

	/** Whole numbers, space-separated. */
	public static String wholes(final long... v) {
		final StringBuilder b = new StringBuilder();
		for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : " ").append(v[i]);
		return b.toString();
	}

	/** {@code index:count} for each non-zero count; empty for none (or null). */
	public static String sparse(final long[] counts) {
		if (counts == null) return "";
		final StringBuilder b = new StringBuilder();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] != 0) b.append(b.length() == 0 ? "" : " ").append(i).append(':').append(counts[i]);
		}
		return b.toString();
	}

	static String sha256(final String text) {
		try {
			final byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			final StringBuilder b = new StringBuilder();
			for (final byte x : d) b.append(String.format("%02x", x));
			return b.toString();
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	// -- Reading --

	/**
	 * One read summary: its provenance ({@code kind}, version, inputs hash, seed, toy range)
	 * and typed access to its lines; every read fails with one line naming the file.
	 */
	public static final class Entries {

		private final String name;
		private final Map<String, String> v;

		Entries(final Map<String, String> v, final String name) {
			this.v = v;
			this.name = name;
		}

		/** The file name (or task name) in messages. */
		public String name() { return name; }
		public String kind() { return text("kind"); }
		/** The ToyCov version that wrote it. */
		public String version() { return text("toycov_version"); }
		/** SHA-256 of every input line (not seed, first_toy, toys). */
		public String inputsHash() { return text("inputs_sha256"); }
		public long seed() { return whole("seed"); }
		public long firstToy() { return whole("first_toy"); }
		public long toys() { return whole("toys"); }
		/** Whether the file has a {@code key} line. */
		public boolean has(final String key) { return v.containsKey(key); }

		/** A one-line error: the file is truncated or corrupt, {@code key} says {@code why}. */
		public IllegalArgumentException bad(final String key, final String why) {
			return corrupt(name, key + " " + why);
		}

		public String text(final String key) {
			final String s = v.get(key);
			if (s == null) throw corrupt(name, "no " + key + " line");
			return s;
		}

		public long whole(final String key) {
			try {
				return Long.parseLong(text(key));
			}
			catch (final NumberFormatException e) {
				throw bad(key, "is not a whole number: " + clip(text(key)));
			}
		}

		public int integer(final String key) {
			final long l = whole(key);
			if (l != (int) l) throw bad(key, "is out of range: " + l);
			return (int) l;
		}

		public boolean bool(final String key) {
			final String s = text(key);
			if (!s.equals("true") && !s.equals("false")) throw bad(key, "is not true or false: " + clip(s));
			return s.equals("true");
		}

		public double real(final String key) {
			try {
				return Double.parseDouble(text(key));
			}
			catch (final NumberFormatException e) {
				throw bad(key, "is not a number: " + clip(text(key)));
			}
		}

		/** Exactly {@code count} doubles. */
		public double[] doubles(final String key, final int count) {
			final String[] t = tokens(key, count);
			final double[] d = new double[count];
			try {
				for (int i = 0; i < count; i++) d[i] = Double.parseDouble(t[i]);
			}
			catch (final NumberFormatException e) {
				throw bad(key, "holds something that is not a number");
			}
			return d;
		}

		/** Exactly {@code count} whole numbers. */
		public long[] wholes(final String key, final int count) {
			final String[] t = tokens(key, count);
			final long[] d = new long[count];
			try {
				for (int i = 0; i < count; i++) d[i] = Long.parseLong(t[i]);
			}
			catch (final NumberFormatException e) {
				throw bad(key, "holds something that is not a whole number");
			}
			return d;
		}

		/** The space-separated words of {@code key}, exactly {@code count} of them. */
		private String[] tokens(final String key, final int count) {
			final String s = text(key);
			final String[] t = s.isEmpty() ? new String[0] : s.split(" ");
			if (t.length != count) throw bad(key, "needs " + count + " numbers, has " + t.length);
			return t;
		}

		Int128 int128(final String key) {
			return int128(key, text(key));
		}

		Int128 int128(final String key, final String s) {
			try {
				final BigInteger b = new BigInteger(s);
				if (b.bitLength() > 127) throw bad(key, "is out of the 128-bit range");
				final Int128 r = new Int128();
				r.lo = b.longValue();
				r.hi = b.shiftRight(64).longValue();
				return r;
			}
			catch (final NumberFormatException e) {
				throw bad(key, "is not a whole number: " + clip(s));
			}
		}

		/** {@code index:count} pairs, indices in [lo, hi], counts > 0, indices increasing. */
		public List<long[]> pairs(final String key, final long lo, final long hi) {
			final String s = text(key);
			final List<long[]> r = new ArrayList<>();
			if (s.isEmpty()) return r;
			long prev = Long.MIN_VALUE;
			for (final String t : s.split(" ")) {
				final int colon = t.indexOf(':');
				try {
					final long i = Long.parseLong(t.substring(0, Math.max(0, colon)));
					final long c = Long.parseLong(t.substring(colon + 1));
					if (i < lo || i > hi || c <= 0 || (!r.isEmpty() && i <= prev)) throw bad(key, "has a bad entry " + clip(t));
					prev = i;
					r.add(new long[] { i, c });
				}
				catch (final NumberFormatException e) {
					throw bad(key, "has a bad entry " + clip(t));
				}
			}
			return r;
		}

		/** The counts of {@link #pairs} in an array of {@code length}. */
		public long[] sparse(final String key, final int length) {
			final long[] c = new long[length];
			for (final long[] e : pairs(key, 0, length - 1L)) c[(int) e[0]] = e[1];
			return c;
		}
	}

	/**
	 * Reads a summary file.
	 *
	 * @throws IllegalArgumentException one line naming the file: missing, truncated or corrupt
	 */
	public static Entries read(final Path file) {
		final String text;
		try {
			text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		}
		catch (final NoSuchFileException e) {
			throw new IllegalArgumentException("summaries: " + file + " does not exist");
		}
		catch (final IOException e) {
			throw new IllegalArgumentException("summaries: cannot read " + file + " (" + reason(e) + ")");
		}
		return parse(text, file.toString());
	}

	/**
	 * Parses a summary's text; {@code name} names it in messages. Checks the header, the
	 * format, the file's sha256 and its inputs_sha256. Windows line ends (CR LF, from git's
	 * autocrlf or a Windows copy) and a leading byte order mark are read as the LF text the
	 * sha256 was computed over, so such a copy merges bit-identically.
	 *
	 * @throws IllegalArgumentException one line naming {@code name}: truncated, corrupt or of another format
	 */
	public static Entries parse(final String crlfText, final String name) {
		final boolean windows = crlfText.indexOf('\r') >= 0;
		final String text = (crlfText.startsWith("\uFEFF") ? crlfText.substring(1) : crlfText).replace("\r\n", "\n");
		// NB: the first line is the magic: any other file (binary, say) is no summary, whatever its bytes
		final String notSummary = "summaries: " + name + " is not a ToyCov toy summary (its first line is not '" + HEADER + "')";
		if (!text.startsWith(HEADER)) throw new IllegalArgumentException(notSummary);
		if (text.indexOf('\r') >= 0) {
			throw new IllegalArgumentException("summaries: " + name + " has carriage returns that are not Windows line ends (CR LF " +
				"converted twice, or CR alone): copy it again with LF or CR LF line ends");
		}
		if (!text.startsWith(HEADER + "\n")) throw new IllegalArgumentException(notSummary);
		final int last = text.lastIndexOf(SUM);
		if (last < 0 || !text.endsWith("\n")) throw corrupt(name, "truncated: no sha256 line at its end");
		final String body = text.substring(0, last + 1);
		final String sum = text.substring(last + SUM.length(), text.length() - 1);
		final Map<String, String> v = new LinkedHashMap<>();
		final StringBuilder inputs = new StringBuilder();
		boolean inInputs = false;
		for (final String l : body.split("\n")) {
			if (l.startsWith("#")) continue;
			final int eq = l.indexOf(" = ");
			if (eq < 0 && !l.endsWith(" =")) throw corrupt(name, "line '" + clip(l) + "' is not key = value");
			final String key = eq < 0 ? l.substring(0, l.length() - 2) : l.substring(0, eq);
			if (v.put(key, eq < 0 ? "" : l.substring(eq + 3)) != null) throw corrupt(name, "key " + key + " twice");
			if (key.equals("inputs_sha256")) inInputs = false;
			if (inInputs) inputs.append(l).append('\n');
			if (key.equals("kind")) inInputs = true;
		}
		final String format = v.get("format");
		if (format != null && !format.equals(FORMAT)) {
			throw new IllegalArgumentException("summaries: " + name + " has format '" + format + "' from an incompatible ToyCov " +
				v.getOrDefault("toycov_version", "version") + "; this ToyCov " + toycovVersion() + " reads '" + FORMAT + "': rerun that shard");
		}
		if (!sha256(body).equals(sum)) throw corrupt(name, "its sha256 does not match its content (truncated or altered" +
			(windows ? "; its Windows CR LF line ends were read as LF" : "") + ")");
		final Entries e = new Entries(v, name);
		e.text("format");
		e.version();
		e.kind();
		if (!e.inputsHash().equals(sha256(inputs.toString()))) throw corrupt(name, "its inputs_sha256 does not match its inputs");
		return e;
	}

	/** Typed access to {@code key = value} lines without a container's checks (e.g. a run's inputs sent to a Spark task). */
	public static Entries lines(final String text, final String name) {
		final Map<String, String> v = new LinkedHashMap<>();
		for (final String l : text.split("\n")) {
			final int eq = l.indexOf(" = ");
			if (eq > 0) v.put(l.substring(0, eq), l.substring(eq + 3));
		}
		return new Entries(v, name);
	}

	/** The one-line error of a truncated or corrupt summary. */
	public static IllegalArgumentException corrupt(final String name, final String why) {
		return new IllegalArgumentException("summaries: " + name + " is truncated or corrupt: " + why);
	}

	/**
	 * Runs {@code read} and turns any error without the {@code summaries:} prefix (a malformed
	 * value deep in a parser) into the one line of a corrupt file.
	 */
	public static <T> T reading(final String name, final java.util.function.Supplier<T> read) {
		try {
			return read.get();
		}
		catch (final RuntimeException e) {
			if (e.getMessage() != null && e.getMessage().startsWith("summaries: ")) throw e;
			throw corrupt(name, e.getMessage());
		}
	}

	private static String clip(final String s) {
		return s.length() > 40 ? s.substring(0, 40) + "..." : s;
	}

	static String reason(final IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
	}

	// -- Merging --

	/**
	 * The files a {@code summaries} value names: a comma-separated list ({@link FileList}) of
	 * folders (their {@value #EXTENSION} files), globs ({@code shards/*.toys}, with wildcards in
	 * folder parts too: {@code run*}{@code /shard-*.toys}) and files; each item's files sorted by
	 * name, in the list's order. A file named twice is left for {@link #readAll} to refuse.
	 *
	 * @throws IllegalArgumentException one line naming summaries, if an item matches nothing
	 */
	public static List<Path> resolve(final String summaries) {
		final List<String> items = FileList.split(summaries);
		if (items.isEmpty()) {
			throw new IllegalArgumentException("summaries must name folders, globs such as shards/*.toys, or files, comma " +
				"separated; got nothing");
		}
		final List<Path> out = new ArrayList<>();
		for (final String item : items) out.addAll(resolveOne(item));
		return out;
	}

	/** The files of one item of a {@code summaries} list: a folder, a glob or a file. */
	private static List<Path> resolveOne(final String summaries) {
		final Path p = Paths.get(summaries);
		if (isGlob(summaries)) return glob(summaries, p);
		if (Files.isDirectory(p)) return matches(summaries, Collections.singletonList(p), "*" + EXTENSION, true);
		if (!Files.exists(p)) throw new IllegalArgumentException("summaries: " + summaries + " does not exist");
		return Collections.singletonList(p);
	}

	private static boolean isGlob(final String s) {
		return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
	}

	/** The files a glob matches, one path part at a time: folders for every part but the last. */
	private static List<Path> glob(final String summaries, final Path p) {
		if (summaries.contains("**")) throw new IllegalArgumentException("summaries: ** (folders at any depth) is not " +
			"supported in " + summaries + "; give one * per folder level, e.g. runs/*/*" + EXTENSION);
		// NB: the folder before the first part with a wildcard is listed; an empty one is the working folder
		int first = 0;
		while (!isGlob(p.getName(first).toString())) first++;
		final Path start = first > 0 ? (p.getRoot() == null ? p.subpath(0, first) : p.getRoot().resolve(p.subpath(0, first)))
			: p.getRoot() == null ? Paths.get(".") : p.getRoot();
		if (!Files.isDirectory(start)) throw new IllegalArgumentException("summaries: the folder " + start + " does not exist");
		List<Path> at = Collections.singletonList(start);
		for (int i = first; i < p.getNameCount(); i++) {
			final String part = p.getName(i).toString();
			final boolean last = i == p.getNameCount() - 1;
			if (isGlob(part)) at = matches(summaries, at, part, last);
			else {
				final List<Path> next = new ArrayList<>();
				for (final Path d : at) {
					final Path f = d.resolve(part);
					if (last ? Files.isRegularFile(f) : Files.isDirectory(f)) next.add(f);
				}
				at = next;
			}
			if (at.isEmpty()) break;
		}
		if (at.isEmpty()) throw new IllegalArgumentException("summaries: no file matches " + summaries);
		final List<Path> out = new ArrayList<>(at);
		out.sort(Comparator.comparing(Path::toString));
		return out;
	}

	/**
	 * The entries of the folders {@code dirs} whose names match the glob {@code pattern}: files when {@code files},
	 * else folders; sorted by path.
	 */
	private static List<Path> matches(final String summaries, final List<Path> dirs, final String pattern,
		final boolean files)
	{
		final PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
		final List<Path> out = new ArrayList<>();
		for (final Path dir : dirs) {
			try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
				for (final Path f : ds) {
					if (m.matches(f.getFileName()) && (files ? Files.isRegularFile(f) : Files.isDirectory(f))) out.add(f);
				}
			}
			catch (final IOException e) {
				throw new IllegalArgumentException("summaries: cannot list " + dir + " (" + reason(e) + ")");
			}
		}
		if (files && out.isEmpty()) throw new IllegalArgumentException("summaries: no file matches " + summaries);
		out.sort(Comparator.comparing(Path::toString));
		return out;
	}

	/**
	 * Reads the files, each once.
	 *
	 * @throws IllegalArgumentException one line: a file listed twice, or one that cannot be read
	 */
	public static List<Entries> readAll(final List<Path> files) {
		final Map<Path, Path> seen = new HashMap<>();
		for (final Path f : files) {
			if (seen.put(f.toAbsolutePath().normalize(), f) != null) {
				throw new IllegalArgumentException("summaries: lists " + f + " twice");
			}
		}
		final List<Entries> out = new ArrayList<>();
		for (final Path f : files) out.add(read(f));
		return out;
	}

	/** Shards in toy order, checked to merge: see {@link #order}. */
	public static final class Order {

		private final int[] index;
		private final long missing, toys;
		private final List<String> names;

		Order(final int[] index, final long missing, final long toys, final List<String> names) {
			this.index = index;
			this.missing = missing;
			this.toys = toys;
			this.names = Collections.unmodifiableList(names);
		}

		/** The shards' indices in the given list, in toy order. */
		public int[] index() { return index.clone(); }
		/** Toys in the gaps, between the shards and from the run's start to the first (0 unless allowed). */
		public long missingToys() { return missing; }
		/** The toys of all the shards. */
		public long toys() { return toys; }
		/** The shards' names, in toy order. */
		public List<String> names() { return names; }
	}

	/**
	 * Checks that summary files merge into one run over toys 0 .. n - 1 and puts them in toy
	 * order: {@link #order(List, boolean, long)} from toy 0. Toys before the lowest
	 * {@code first_toy} are a gap (the shard of a failed job 0 leaves none), refused or, with
	 * {@code allowGaps}, counted in {@link Order#missingToys()}; so a set that deliberately
	 * starts later (e.g. a Spark run's {@code summary_dir} with first_toy > 0) merges only with
	 * {@code allow_gaps=true}.
	 *
	 * @throws IllegalArgumentException one line naming the shards: nothing to merge, another
	 *           kind or ToyCov version, other inputs or seed, duplicate or overlapping toy
	 *           ranges, or a gap (before the first shard too) without {@code allowGaps}
	 */
	public static Order order(final List<Entries> in, final boolean allowGaps) {
		return order(in, allowGaps, 0);
	}

	/**
	 * Checks that shards merge into one run over their union and puts them in toy order; the
	 * run starts at toy {@code start} (0 for files; a run's own first_toy for its tasks), so
	 * toys {@code start} .. the lowest first_toy - 1 are a gap like one between shards.
	 *
	 * @throws IllegalArgumentException one line naming the shards: nothing to merge, another
	 *           kind or ToyCov version, other inputs or seed, duplicate or overlapping toy
	 *           ranges, a shard before {@code start}, or a gap without {@code allowGaps}
	 */
	public static Order order(final List<Entries> in, final boolean allowGaps, final long start) {
		return order(in, allowGaps, start, Collections.emptySet());
	}

	/**
	 * {@link #order(List, boolean)} for a kind some of whose input lines are computed from the
	 * others: a refusal of other inputs names one of {@code derived} only when no other input
	 * differs (Hypothesis Test's {@code histogram} follows from {@code x0} and {@code x1}).
	 */
	public static Order order(final List<Entries> in, final boolean allowGaps, final Collection<String> derived) {
		return order(in, allowGaps, 0, derived);
	}

	private static Order order(final List<Entries> in, final boolean allowGaps, final long start,
		final Collection<String> derived)
	{
		if (in.isEmpty()) throw new IllegalArgumentException("summaries: nothing to merge");
		final Entries a = in.get(0);
		for (final Entries s : in) {
			if (!s.kind().equals(a.kind())) {
				throw new IllegalArgumentException("summaries: " + a.name + " holds " + a.kind() + " toys, " + s.name + " " + s.kind() +
					" toys: merge the summaries of one command");
			}
			if (!s.version().equals(a.version())) {
				throw new IllegalArgumentException("summaries: " + a.name + " is from ToyCov " + a.version() + ", " + s.name + " from ToyCov " +
					s.version() + ": merge shards of one version");
			}
			if (!s.inputsHash().equals(a.inputsHash())) {
				throw new IllegalArgumentException("summaries: " + a.name + " and " + s.name + " come from different models or inputs" +
					firstDifference(a, s, derived) + " (inputs_sha256 " + a.inputsHash().substring(0, 12) + " vs " + s.inputsHash().substring(0, 12) +
					")");
			}
			if (s.seed() != a.seed()) {
				throw new IllegalArgumentException("summaries: " + a.name + " and " + s.name + " have different seeds (" + a.seed() + " and " +
					s.seed() + ")");
			}
		}
		final List<Integer> sorted = new ArrayList<>();
		for (int i = 0; i < in.size(); i++) sorted.add(i);
		sorted.sort(Comparator.<Integer> comparingLong(i -> in.get(i).firstToy()).thenComparing(i -> in.get(i).name));
		final Entries first = in.get(sorted.get(0));
		if (first.firstToy() < start) {
			throw new IllegalArgumentException("summaries: " + first.name + " (toys " + range(first) + ") starts before toy " + start +
				", where this run starts");
		}
		long missing = first.firstToy() - start, toys = first.toys();
		if (missing > 0 && !allowGaps) {
			throw new IllegalArgumentException("summaries: " + missing + " toys (" + start + " .. " + (first.firstToy() - 1) +
				") are missing before " + first.name + ", the first shard (toys " + range(first) + "): its job failed or its file " +
				"is not there; set allow_gaps=true to merge without them");
		}
		final List<String> names = new ArrayList<>();
		names.add(first.name);
		for (int i = 1; i < sorted.size(); i++) {
			final Entries p = in.get(sorted.get(i - 1)), s = in.get(sorted.get(i));
			final long pEnd = p.firstToy() + p.toys();
			if (s.firstToy() == p.firstToy() && s.toys() == p.toys()) {
				throw new IllegalArgumentException("summaries: " + p.name + " and " + s.name + " are duplicates (both toys " + range(s) + ")");
			}
			if (s.firstToy() < pEnd) {
				throw new IllegalArgumentException("summaries: " + p.name + " (toys " + range(p) + ") and " + s.name + " (toys " + range(s) +
					") overlap");
			}
			if (s.firstToy() > pEnd) {
				final long gap = s.firstToy() - pEnd;
				if (!allowGaps) {
					throw new IllegalArgumentException("summaries: " + gap + " toys (" + pEnd + " .. " + (s.firstToy() - 1) + ") are missing between " +
						p.name + " and " + s.name + "; set allow_gaps=true to merge without them");
				}
				missing += gap;
			}
			toys += s.toys();
			names.add(s.name);
		}
		final int[] index = new int[sorted.size()];
		for (int i = 0; i < index.length; i++) index[i] = sorted.get(i);
		return new Order(index, missing, toys, names);
	}

	/**
	 * The first input line (in file order, {@code derived} ones last in their order there) whose values differ, as
	 * {@code ": cl 0.9 vs 0.683"}, or nothing: the inputs_sha256 decides, this only tells the user
	 * where to look.
	 */
	private static String firstDifference(final Entries a, final Entries b, final Collection<String> derived) {
		final List<String> keys = inputKeys(a);
		for (final String k : inputKeys(b)) if (!keys.contains(k)) keys.add(k);
		final List<String> last = new ArrayList<>(derived);
		keys.sort(Comparator.comparingInt(last::indexOf));
		for (final String k : keys) {
			final String x = a.v.get(k), y = b.v.get(k);
			if (x == null || y == null) return ": " + k + " " + (x == null ? "(none)" : clip(x)) + " vs " + (y == null ? "(none)" : clip(y));
			if (!x.equals(y)) return ": " + k + " " + difference(x, y);
		}
		return "";
	}

	/** The keys of a summary's input lines: those between {@code kind} and {@code inputs_sha256}. */
	private static List<String> inputKeys(final Entries e) {
		final List<String> keys = new ArrayList<>();
		boolean in = false;
		for (final String k : e.v.keySet()) {
			if (k.equals("inputs_sha256")) break;
			if (in) keys.add(k);
			in |= k.equals("kind");
		}
		return keys;
	}

	/** Two values of an input, short: whole, or the first value of a list that differs, or the lists' lengths and ends. */
	private static String difference(final String x, final String y) {
		if (x.length() <= 40 && y.length() <= 40) return x + " vs " + y;
		final String[] u = x.isEmpty() ? new String[0] : x.split(" "), w = y.isEmpty() ? new String[0] : y.split(" ");
		if (u.length == w.length) {
			for (int i = 0; i < u.length; i++) {
				if (!u[i].equals(w[i])) return "value " + (i + 1) + " of " + u.length + ": " + clip(u[i]) + " vs " + clip(w[i]);
			}
		}
		return values(u) + " vs " + values(w);
	}

	/** {@code 9 values (0.0 .. 2.0)}. */
	private static String values(final String[] v) {
		return v.length + " values" + (v.length == 0 ? "" : " (" + clip(v[0]) + " .. " + clip(v[v.length - 1]) + ")");
	}

	private static String range(final Entries s) {
		return s.firstToy() + " .. " + (s.firstToy() + s.toys() - 1);
	}
}
