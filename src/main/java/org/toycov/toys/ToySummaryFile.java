package org.toycov.toys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.net.URLEncoder;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exact summary of a shard of toys as a text file, and the merge of such files
 * into the summary one run over all their toys gives (bit-identical).
 * <p>
 * Format ({@value #FORMAT}), UTF-8, one {@code key = value} line each, in this order:
 * <ul>
 * <li>{@code format}, {@code toycov_version};</li>
 * <li>the inputs that change the toys, exactly (doubles as Java's shortest
 * round-trip decimal, arrays space-separated, matrices row-major): {@code engine}
 * (the toy algorithm's version), {@code names} (URL-encoded), {@code mean}, {@code sys_cov},
 * {@code negative}, {@code slice_channel}, {@code slice_center}, {@code slice_halfwidth},
 * {@code target_channel}, {@code full_summaries}, {@code hist2d_target}, {@code hist2d_slice}
 * ({min max bins}), {@code chi2_hist_max}, {@code chi2_hist_bins}, and with a chi-square
 * {@code chi2_expected}, {@code chi2_weight}, {@code chi2_observed};</li>
 * <li>{@code inputs_sha256}: SHA-256 of those input lines; then {@code seed},
 * {@code first_toy}, {@code toys};</li>
 * <li>the counters, exact integers: {@code negative_count}, {@code sum} and {@code prod}
 * (128-bit sums of counts and of products {@code n_i n_j}, {@code j <= i}),
 * {@code slice_count}, {@code slice_sum}, {@code slice_sum_sq}, {@code slice_values}
 * ({@code value:count} for each value seen), {@code hist2d} ({@code index:count} for each
 * non-empty bin, index {@code ix * y_bins + iy}), {@code hist2d_outside}, {@code chi2_counts}
 * ({@code bin:count}), {@code chi2_underflow}, {@code chi2_overflow}, {@code chi2_at_least};</li>
 * <li>{@code sha256}: SHA-256 of every byte before this line, so a truncated or
 * altered file is refused.</li>
 * </ul>
 * Its size depends on the channels and histogram bins, never on the number of toys.
 */
public final class ToySummaryFile {

	/** The format's name and version, the file's first line. */
	public static final String FORMAT = "toycov-toy-summary 1";
	/**
	 * Version of the toy algorithm (seeding, sampling, summing): a toy's counts are the
	 * same under the same engine version, seed and inputs.
	 */
	public static final int ENGINE = 1;
	/** File name ending of a toy summary. */
	public static final String EXTENSION = ".toys";

	private static final String HEADER = "# ToyCov toy summary: the exact counters of toys first_toy .. first_toy + toys - 1";

	private ToySummaryFile() {}

	/** One read summary: where it came from, what made it, its counters. */
	public static final class Shard {

		private final String name;
		private final String version;
		private final String inputsHash;
		private final ToyConfig config;
		private final ToySummary summary;

		Shard(final String name, final String version, final String inputsHash, final ToyConfig config,
			final ToySummary summary)
		{
			this.name = name;
			this.version = version;
			this.inputsHash = inputsHash;
			this.config = config;
			this.summary = summary;
		}

		/** The file name (or task name) in messages. */
		public String name() { return name; }
		/** The ToyCov version that wrote it. */
		public String version() { return version; }
		/** SHA-256 of every input that changes the toys (not seed, first_toy, toys). */
		public String inputsHash() { return inputsHash; }
		/** The run's configuration (threads: this machine's cores). */
		public ToyConfig config() { return config; }
		public ToySummary summary() { return summary; }
		public long seed() { return config.seed(); }
		public long firstToy() { return config.firstToy(); }
		public long toys() { return config.toys(); }
	}

	/** The merge of several shards. */
	public static final class Merged {

		private final ToyConfig config;
		private final ToySummary summary;
		private final long missingToys;
		private final List<String> names;

		Merged(final ToyConfig config, final ToySummary summary, final long missingToys, final List<String> names) {
			this.config = config;
			this.summary = summary;
			this.missingToys = missingToys;
			this.names = Collections.unmodifiableList(new ArrayList<>(names));
		}

		/** The configuration of the single run over the merged toys: first_toy the smallest, toys their number. */
		public ToyConfig config() { return config; }
		/** Exactly the summary of one run over the merged toys. */
		public ToySummary summary() { return summary; }
		/** Toys in the gaps between the shards (0 unless merged with allow_gaps). */
		public long missingToys() { return missingToys; }
		/** The shards merged, in toy order. */
		public List<String> names() { return names; }
	}

	/** The version of this ToyCov (its jar's Implementation-Version), "dev" outside a jar. */
	public static String toycovVersion() {
		final String v = ToySummaryFile.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}

	// -- Writing --

	/** The file's text for the run {@code c} whose summary is {@code s}. */
	public static String format(final ToyConfig c, final ToySummary s) {
		return format(c, s, toycovVersion());
	}

	static String format(final ToyConfig c, final ToySummary s, final String version) {
		if (s.toys != c.toys()) {
			throw new IllegalArgumentException("save_summary: the summary holds " + s.toys + " toys, the run " + c.toys());
		}
		final StringBuilder b = new StringBuilder();
		b.append(HEADER).append('\n');
		line(b, "format", FORMAT);
		line(b, "toycov_version", version);
		final String inputs = inputs(c);
		b.append(inputs);
		line(b, "inputs_sha256", sha256(inputs));
		line(b, "seed", Long.toString(c.seed()));
		line(b, "first_toy", Long.toString(c.firstToy()));
		line(b, "toys", Long.toString(c.toys()));
		line(b, "negative_count", Long.toString(s.negativeCount));
		line(b, "sum", int128s(s.sum));
		line(b, "prod", int128s(s.prod));
		line(b, "slice_count", Long.toString(s.sliceCount));
		line(b, "slice_sum", s.sliceSum.toBigInteger().toString());
		line(b, "slice_sum_sq", s.sliceSumSq.toBigInteger().toString());
		final StringBuilder sv = new StringBuilder();
		for (int i = 0; i < s.sliceValues.length; i++) {
			if (s.sliceValues[i] != 0) sv.append(sv.length() == 0 ? "" : " ").append(s.sliceBase + i).append(':').append(s.sliceValues[i]);
		}
		line(b, "slice_values", sv.toString());
		line(b, "hist2d", sparse(s.hist2d));
		line(b, "hist2d_outside", Long.toString(s.hist2dOutside));
		line(b, "chi2_counts", sparse(s.chi2Counts));
		line(b, "chi2_underflow", Long.toString(s.chi2Underflow));
		line(b, "chi2_overflow", Long.toString(s.chi2Overflow));
		line(b, "chi2_at_least", Long.toString(s.chi2AtLeast));
		line(b, "sha256", sha256(b.toString()));
		return b.toString();
	}

	private static String inputs(final ToyConfig c) {
		final StringBuilder b = new StringBuilder();
		line(b, "engine", Integer.toString(ENGINE));
		final String[] names = c.names();
		final String[] enc = new String[names.length];
		for (int i = 0; i < names.length; i++) enc[i] = URLEncoder.encode(names[i], StandardCharsets.UTF_8);
		line(b, "names", String.join(" ", enc));
		line(b, "mean", doubles(c.mean()));
		line(b, "sys_cov", doubles(c.sysCov()));
		line(b, "negative", c.negative().name().toLowerCase(Locale.ROOT));
		line(b, "slice_channel", Integer.toString(c.sliceChannel()));
		line(b, "slice_center", Double.toString(c.sliceCenter()));
		line(b, "slice_halfwidth", Double.toString(c.sliceHalfwidth()));
		line(b, "target_channel", Integer.toString(c.targetChannel()));
		line(b, "full_summaries", Boolean.toString(c.fullSummaries()));
		line(b, "hist2d_target", doubles(c.hist2dTarget()));
		line(b, "hist2d_slice", doubles(c.hist2dSlice()));
		line(b, "chi2_hist_max", Double.toString(c.chi2HistMax()));
		line(b, "chi2_hist_bins", Integer.toString(c.chi2HistBins()));
		if (c.hasChi2()) {
			line(b, "chi2_expected", doubles(c.chi2Expected()));
			line(b, "chi2_weight", doubles(c.chi2Weight()));
			line(b, "chi2_observed", Double.toString(c.chi2Observed()));
		}
		return b.toString();
	}

	private static void line(final StringBuilder b, final String key, final String value) {
		b.append(key).append(" = ").append(value).append('\n');
	}

	private static String doubles(final double... v) {
		final StringBuilder b = new StringBuilder();
		for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : " ").append(Double.toString(v[i]));
		return b.toString();
	}

	private static String doubles(final double[][] m) {
		final StringBuilder b = new StringBuilder();
		for (final double[] row : m) b.append(b.length() == 0 ? "" : " ").append(doubles(row));
		return b.toString();
	}

	private static String int128s(final Int128[] v) {
		final StringBuilder b = new StringBuilder();
		for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : " ").append(v[i].toBigInteger());
		return b.toString();
	}

	private static String sparse(final long[] counts) {
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
	 * Reads a summary file.
	 *
	 * @throws IllegalArgumentException one line naming the file: missing, truncated or corrupt
	 */
	public static Shard read(final Path file) {
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
	 * Parses a summary's text ({@link #format}); {@code name} names it in messages.
	 *
	 * @throws IllegalArgumentException one line naming {@code name}: truncated, corrupt or of another format
	 */
	public static Shard parse(final String text, final String name) {
		final int last = text.lastIndexOf("\nsha256 = ");
		if (!text.startsWith(HEADER + "\n")) {
			throw new IllegalArgumentException("summaries: " + name + " is not a ToyCov toy summary (its first line is not '" + HEADER + "')");
		}
		if (last < 0 || !text.endsWith("\n")) throw corrupt(name, "truncated: no sha256 line at its end");
		final String body = text.substring(0, last + 1);
		final String sum = text.substring(last + "\nsha256 = ".length(), text.length() - 1);
		final Map<String, String> v = new LinkedHashMap<>();
		for (final String l : body.split("\n")) {
			if (l.startsWith("#")) continue;
			final int eq = l.indexOf(" = ");
			if (eq < 0 && !l.endsWith(" =")) throw corrupt(name, "line '" + clip(l) + "' is not key = value");
			final String key = eq < 0 ? l.substring(0, l.length() - 2) : l.substring(0, eq);
			if (v.put(key, eq < 0 ? "" : l.substring(eq + 3)) != null) throw corrupt(name, "key " + key + " twice");
		}
		final String format = v.get("format");
		if (format != null && !format.equals(FORMAT)) {
			throw new IllegalArgumentException("summaries: " + name + " has format '" + format + "' from an incompatible ToyCov " +
				v.getOrDefault("toycov_version", "version") + "; this ToyCov " + toycovVersion() + " reads '" + FORMAT + "': rerun that shard");
		}
		if (!sha256(body).equals(sum)) throw corrupt(name, "its sha256 does not match its content (truncated or altered)");
		final Fields f = new Fields(v, name);
		try {
			final String version = f.text("toycov_version");
			final ToyConfig c = config(f, v, name, version);
			final String hash = f.text("inputs_sha256");
			if (!hash.equals(sha256(inputs(c)))) throw corrupt(name, "its inputs_sha256 does not match its inputs");

			final ToySummary s = new ToySummary(c);
			s.toys = c.toys();
			s.negativeCount = f.whole("negative_count");
			int128s(f, "sum", s.sum);
			int128s(f, "prod", s.prod);
			s.sliceCount = f.whole("slice_count");
			s.sliceSum.add(f.int128("slice_sum"));
			s.sliceSumSq.add(f.int128("slice_sum_sq"));
			for (final long[] e : f.pairs("slice_values", Integer.MIN_VALUE, Integer.MAX_VALUE)) {
				s.addSliceValue((int) e[0]);
				s.sliceValues[(int) e[0] - s.sliceBase] += e[1] - 1;
			}
			fill(f, "hist2d", s.hist2d);
			s.hist2dOutside = f.whole("hist2d_outside");
			fill(f, "chi2_counts", s.chi2Counts);
			s.chi2Underflow = f.whole("chi2_underflow");
			s.chi2Overflow = f.whole("chi2_overflow");
			s.chi2AtLeast = f.whole("chi2_at_least");
			return new Shard(name, version, hash, c, s);
		}
		catch (final IllegalArgumentException e) {
			if (e.getMessage() != null && e.getMessage().startsWith("summaries: ")) throw e;
			throw corrupt(name, e.getMessage());
		}
	}

	/**
	 * The run's inputs, seed, first_toy and toys as text (the input lines of the format),
	 * e.g. to send a run to other machines; {@link #parseConfig} reads it back exactly.
	 */
	public static String configText(final ToyConfig c) {
		final StringBuilder b = new StringBuilder(inputs(c));
		line(b, "seed", Long.toString(c.seed()));
		line(b, "first_toy", Long.toString(c.firstToy()));
		line(b, "toys", Long.toString(c.toys()));
		return b.toString();
	}

	/** Reads {@link #configText}; threads are this machine's cores. */
	public static ToyConfig parseConfig(final String text, final String name) {
		final Map<String, String> v = new LinkedHashMap<>();
		for (final String l : text.split("\n")) {
			final int eq = l.indexOf(" = ");
			if (eq > 0) v.put(l.substring(0, eq), l.substring(eq + 3));
		}
		try {
			return config(new Fields(v, name), v, name, toycovVersion());
		}
		catch (final IllegalArgumentException e) {
			if (e.getMessage() != null && e.getMessage().startsWith("summaries: ")) throw e;
			throw corrupt(name, e.getMessage());
		}
	}

	private static ToyConfig config(final Fields f, final Map<String, String> v, final String name, final String version) {
		final int engine = f.integer("engine");
		if (engine != ENGINE) {
			throw new IllegalArgumentException("summaries: " + name + " was thrown by toy engine " + engine + " (ToyCov " + version +
				"); this ToyCov throws engine " + ENGINE + ": rerun that shard");
		}
		final String[] enc = f.text("names").split(" ");
		final String[] names = new String[enc.length];
		for (int i = 0; i < enc.length; i++) names[i] = URLDecoder.decode(enc[i], StandardCharsets.UTF_8);
		final int n = names.length;
		final double[] mean = f.doubles("mean", n);
		final double[][] sys = matrix(f.doubles("sys_cov", n * n), n);
		final ToyConfig.Builder b = ToyConfig.builder().names(names).mean(mean).sysCov(sys)
			.negative(NegativePolicy.valueOf(f.text("negative").toUpperCase(Locale.ROOT)))
			.sliceChannel(f.integer("slice_channel")).sliceCenter(f.real("slice_center"))
			.sliceHalfwidth(f.real("slice_halfwidth")).targetChannel(f.integer("target_channel"))
			.fullSummaries(f.bool("full_summaries")).chi2Histogram(f.real("chi2_hist_max"), f.integer("chi2_hist_bins"))
			.seed(f.whole("seed")).firstToy(f.whole("first_toy")).toys(f.whole("toys"));
		final double[] x = f.doubles("hist2d_target", 3), y = f.doubles("hist2d_slice", 3);
		b.hist2dTarget(x[0], x[1], (int) x[2]).hist2dSlice(y[0], y[1], (int) y[2]);
		if (v.containsKey("chi2_weight")) {
			b.chi2(f.doubles("chi2_expected", n), matrix(f.doubles("chi2_weight", n * n), n), f.real("chi2_observed"));
		}
		return b.build();
	}

	private static double[][] matrix(final double[] flat, final int n) {
		final double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) System.arraycopy(flat, i * n, m[i], 0, n);
		return m;
	}

	private static void int128s(final Fields f, final String key, final Int128[] into) {
		final String[] t = f.text(key).split(" ");
		if (t.length != into.length) throw f.bad(key, "needs " + into.length + " numbers, has " + t.length);
		for (int i = 0; i < t.length; i++) into[i].add(f.int128(key, t[i]));
	}

	private static void fill(final Fields f, final String key, final long[] into) {
		final List<long[]> p = f.pairs(key, 0, into == null ? -1 : into.length - 1);
		if (into == null) {
			if (!p.isEmpty()) throw f.bad(key, "holds counts the run does not keep");
			return;
		}
		for (final long[] e : p) into[(int) e[0]] += e[1];
	}

	private static IllegalArgumentException corrupt(final String name, final String why) {
		return new IllegalArgumentException("summaries: " + name + " is truncated or corrupt: " + why);
	}

	private static String clip(final String s) {
		return s.length() > 40 ? s.substring(0, 40) + "..." : s;
	}

	private static String reason(final IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
	}

	/** Typed access to the key = value lines; every key must be there. */
	private static final class Fields {

		private final Map<String, String> v;
		private final String name;

		Fields(final Map<String, String> v, final String name) {
			this.v = v;
			this.name = name;
		}

		IllegalArgumentException bad(final String key, final String why) {
			return corrupt(name, key + " " + why);
		}

		String text(final String key) {
			final String s = v.get(key);
			if (s == null) throw corrupt(name, "no " + key + " line");
			return s;
		}

		long whole(final String key) {
			try {
				return Long.parseLong(text(key));
			}
			catch (final NumberFormatException e) {
				throw bad(key, "is not a whole number: " + clip(text(key)));
			}
		}

		int integer(final String key) {
			final long l = whole(key);
			if (l != (int) l) throw bad(key, "is out of range: " + l);
			return (int) l;
		}

		boolean bool(final String key) {
			final String s = text(key);
			if (!s.equals("true") && !s.equals("false")) throw bad(key, "is not true or false: " + clip(s));
			return s.equals("true");
		}

		double real(final String key) {
			try {
				return Double.parseDouble(text(key));
			}
			catch (final NumberFormatException e) {
				throw bad(key, "is not a number: " + clip(text(key)));
			}
		}

		double[] doubles(final String key, final int count) {
			final String[] t = text(key).split(" ");
			if (t.length != count) throw bad(key, "needs " + count + " numbers, has " + t.length);
			final double[] d = new double[count];
			try {
				for (int i = 0; i < count; i++) d[i] = Double.parseDouble(t[i]);
			}
			catch (final NumberFormatException e) {
				throw bad(key, "holds something that is not a number");
			}
			return d;
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
		List<long[]> pairs(final String key, final long lo, final long hi) {
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
	}

	// -- Merging --

	/**
	 * The files a {@code summaries} value names: a folder (its {@value #EXTENSION} files), a
	 * glob of file names in one folder ({@code shards/*.toys}), or one file; sorted by name.
	 *
	 * @throws IllegalArgumentException one line naming summaries, if nothing matches
	 */
	public static List<Path> resolve(final String summaries) {
		if (summaries == null || summaries.trim().isEmpty()) {
			throw new IllegalArgumentException("summaries must name a folder, a glob such as shards/*.toys, or one file; got nothing");
		}
		final Path p = Paths.get(summaries);
		final List<Path> files = new ArrayList<>();
		final boolean glob = summaries.indexOf('*') >= 0 || summaries.indexOf('?') >= 0 || summaries.indexOf('[') >= 0 ||
			summaries.indexOf('{') >= 0;
		final Path dir;
		final String pattern;
		if (glob) {
			dir = p.getParent() == null ? Paths.get(".") : p.getParent();
			pattern = p.getFileName().toString();
		}
		else if (Files.isDirectory(p)) {
			dir = p;
			pattern = "*" + EXTENSION;
		}
		else {
			if (!Files.exists(p)) throw new IllegalArgumentException("summaries: " + summaries + " does not exist");
			return Collections.singletonList(p);
		}
		if (!Files.isDirectory(dir)) throw new IllegalArgumentException("summaries: the folder " + dir + " does not exist");
		final PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
			for (final Path f : ds) if (m.matches(f.getFileName()) && Files.isRegularFile(f)) files.add(f);
		}
		catch (final IOException e) {
			throw new IllegalArgumentException("summaries: cannot list " + dir + " (" + reason(e) + ")");
		}
		if (files.isEmpty()) throw new IllegalArgumentException("summaries: no file matches " + summaries);
		files.sort(Comparator.comparing(Path::toString));
		return files;
	}

	/**
	 * Merges summary files into the summary of one run over all their toys: the keys
	 * {@code summaries} (resolve them with {@link #resolve}) and {@code allow_gaps}.
	 *
	 * @throws IllegalArgumentException one line naming the files: a file listed twice, truncated
	 *           or corrupt, of another ToyCov version, other inputs or seed, overlapping or
	 *           duplicate toy ranges, or a gap without {@code allowGaps}
	 */
	public static Merged merge(final List<Path> files, final boolean allowGaps) {
		final Map<Path, Path> seen = new HashMap<>();
		for (final Path f : files) {
			final Path key = f.toAbsolutePath().normalize();
			final Path before = seen.put(key, f);
			if (before != null) throw new IllegalArgumentException("summaries: lists " + f + " twice");
		}
		final List<Shard> shards = new ArrayList<>();
		for (final Path f : files) shards.add(read(f));
		return mergeShards(shards, allowGaps);
	}

	/** Merges read (or received, e.g. from Spark tasks) shards; see {@link #merge(List, boolean)}. */
	public static Merged mergeShards(final List<Shard> in, final boolean allowGaps) {
		if (in.isEmpty()) throw new IllegalArgumentException("summaries: nothing to merge");
		final Shard a = in.get(0);
		for (final Shard s : in) {
			if (!s.version.equals(a.version)) {
				throw new IllegalArgumentException("summaries: " + a.name + " is from ToyCov " + a.version + ", " + s.name + " from ToyCov " +
					s.version + ": merge shards of one version");
			}
			if (!s.inputsHash.equals(a.inputsHash)) {
				throw new IllegalArgumentException("summaries: " + a.name + " and " + s.name + " come from different models or inputs" +
					" (inputs_sha256 " + a.inputsHash.substring(0, 12) + " vs " + s.inputsHash.substring(0, 12) + ")");
			}
			if (s.seed() != a.seed()) {
				throw new IllegalArgumentException("summaries: " + a.name + " and " + s.name + " have different seeds (" + a.seed() + " and " +
					s.seed() + ")");
			}
		}
		final List<Shard> sorted = new ArrayList<>(in);
		sorted.sort(Comparator.comparingLong(Shard::firstToy).thenComparing(Shard::name));
		long missing = 0;
		for (int i = 1; i < sorted.size(); i++) {
			final Shard p = sorted.get(i - 1), s = sorted.get(i);
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
		}
		ToySummary sum = sorted.get(0).summary;
		long toys = sorted.get(0).toys();
		final List<String> names = new ArrayList<>();
		names.add(sorted.get(0).name);
		for (int i = 1; i < sorted.size(); i++) {
			sum = sum.merge(sorted.get(i).summary);
			toys += sorted.get(i).toys();
			names.add(sorted.get(i).name);
		}
		final ToyConfig c = a.config.toBuilder().firstToy(sorted.get(0).firstToy()).toys(toys).build();
		return new Merged(c, sum, missing, names);
	}

	private static String range(final Shard s) {
		return s.firstToy() + " .. " + (s.firstToy() + s.toys() - 1);
	}
}
