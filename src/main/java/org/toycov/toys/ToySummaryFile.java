package org.toycov.toys;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The exact summary of a Toy Experiments shard as a {@link SummaryFile} of kind
 * {@value #KIND}, and the merge of such files into the summary one run over all their
 * toys gives (bit-identical).
 * <p>
 * Input lines (exactly; arrays space-separated, matrices row-major): {@code engine}
 * (the toy algorithm's version), {@code names} (URL-encoded), {@code mean}, {@code sys_cov},
 * {@code negative}, {@code slice_channel}, {@code slice_center}, {@code slice_halfwidth},
 * {@code target_channel}, {@code full_summaries}, {@code hist2d_target}, {@code hist2d_slice}
 * ({min max bins}), {@code chi2_hist_max}, {@code chi2_hist_bins}, and with a chi-square
 * {@code chi2_expected}, {@code chi2_weight}, {@code chi2_observed}.
 * <p>
 * Counters, exact integers: {@code negative_count}, {@code sum} and {@code prod}
 * (128-bit sums of counts and of products {@code n_i n_j}, {@code j <= i}),
 * {@code slice_count}, {@code slice_sum}, {@code slice_sum_sq}, {@code slice_values}
 * ({@code value:count} for each value seen), {@code hist2d} ({@code index:count} for each
 * non-empty bin, index {@code ix * y_bins + iy}), {@code hist2d_outside}, {@code chi2_counts}
 * ({@code bin:count}), {@code chi2_underflow}, {@code chi2_overflow}, {@code chi2_at_least}.
 * Its size depends on the channels and histogram bins, never on the number of toys.
 */
public final class ToySummaryFile {

	/** The container's format ({@link SummaryFile#FORMAT}). */
	public static final String FORMAT = SummaryFile.FORMAT;
	/** The {@code kind} of a Toy Experiments summary. */
	public static final String KIND = "toy_experiments";
	/**
	 * Version of the toy algorithm (seeding, sampling, summing): a toy's counts are the
	 * same under the same engine version, seed and inputs.
	 */
	public static final int ENGINE = 1;
	/** File name ending of a toy summary. */
	public static final String EXTENSION = SummaryFile.EXTENSION;

	private ToySummaryFile() {}

	/** One read summary: where it came from, what made it, its counters. */
	public static final class Shard {

		private final SummaryFile.Entries entries;
		private final ToyConfig config;
		private final ToySummary summary;

		Shard(final SummaryFile.Entries entries, final ToyConfig config, final ToySummary summary) {
			this.entries = entries;
			this.config = config;
			this.summary = summary;
		}

		/** The file name (or task name) in messages. */
		public String name() { return entries.name(); }
		/** The ToyCov version that wrote it. */
		public String version() { return entries.version(); }
		/** SHA-256 of every input that changes the toys (not seed, first_toy, toys). */
		public String inputsHash() { return entries.inputsHash(); }
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
		/** Toys in the gaps, between the shards and before the first (0 unless merged with allow_gaps). */
		public long missingToys() { return missingToys; }
		/** The shards merged, in toy order. */
		public List<String> names() { return names; }
	}

	/** The version of this ToyCov (its jar's Implementation-Version), "dev" outside a jar. */
	public static String toycovVersion() {
		return SummaryFile.toycovVersion();
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
		final SummaryFile.Writer w = new SummaryFile.Writer(KIND, version);
		inputs(w, "", c);
		w.range(c.seed(), c.firstToy(), c.toys());
		counters(w, "", s);
		return w.finish();
	}

	/**
	 * The input lines of the run {@code c}, each key after {@code prefix} (a file that
	 * holds several runs, such as Tune Comparison's, gives each its own prefix).
	 */
	public static void inputs(final SummaryFile.Writer w, final String prefix, final ToyConfig c) {
		w.input(prefix + "engine", Integer.toString(ENGINE));
		final String[] names = c.names();
		final String[] enc = new String[names.length];
		for (int i = 0; i < names.length; i++) enc[i] = URLEncoder.encode(names[i], StandardCharsets.UTF_8);
		w.input(prefix + "names", String.join(" ", enc));
		w.input(prefix + "mean", SummaryFile.doubles(c.mean()));
		w.input(prefix + "sys_cov", SummaryFile.doubles(c.sysCov()));
		w.input(prefix + "negative", c.negative().name().toLowerCase(Locale.ROOT));
		w.input(prefix + "slice_channel", Integer.toString(c.sliceChannel()));
		w.input(prefix + "slice_center", Double.toString(c.sliceCenter()));
		w.input(prefix + "slice_halfwidth", Double.toString(c.sliceHalfwidth()));
		w.input(prefix + "target_channel", Integer.toString(c.targetChannel()));
		w.input(prefix + "full_summaries", Boolean.toString(c.fullSummaries()));
		w.input(prefix + "hist2d_target", SummaryFile.doubles(c.hist2dTarget()));
		w.input(prefix + "hist2d_slice", SummaryFile.doubles(c.hist2dSlice()));
		w.input(prefix + "chi2_hist_max", Double.toString(c.chi2HistMax()));
		w.input(prefix + "chi2_hist_bins", Integer.toString(c.chi2HistBins()));
		if (c.hasChi2()) {
			w.input(prefix + "chi2_expected", SummaryFile.doubles(c.chi2Expected()));
			w.input(prefix + "chi2_weight", SummaryFile.doubles(c.chi2Weight()));
			w.input(prefix + "chi2_observed", Double.toString(c.chi2Observed()));
		}
	}

	/** The counter lines of the summary {@code s}, each key after {@code prefix}. */
	public static void counters(final SummaryFile.Writer w, final String prefix, final ToySummary s) {
		w.counter(prefix + "negative_count", Long.toString(s.negativeCount));
		w.counter(prefix + "sum", int128s(s.sum));
		w.counter(prefix + "prod", int128s(s.prod));
		w.counter(prefix + "slice_count", Long.toString(s.sliceCount));
		w.counter(prefix + "slice_sum", s.sliceSum.toBigInteger().toString());
		w.counter(prefix + "slice_sum_sq", s.sliceSumSq.toBigInteger().toString());
		final StringBuilder sv = new StringBuilder();
		for (int i = 0; i < s.sliceValues.length; i++) {
			if (s.sliceValues[i] != 0) sv.append(sv.length() == 0 ? "" : " ").append(s.sliceBase + i).append(':').append(s.sliceValues[i]);
		}
		w.counter(prefix + "slice_values", sv.toString());
		w.counter(prefix + "hist2d", SummaryFile.sparse(s.hist2d));
		w.counter(prefix + "hist2d_outside", Long.toString(s.hist2dOutside));
		w.counter(prefix + "chi2_counts", SummaryFile.sparse(s.chi2Counts));
		w.counter(prefix + "chi2_underflow", Long.toString(s.chi2Underflow));
		w.counter(prefix + "chi2_overflow", Long.toString(s.chi2Overflow));
		w.counter(prefix + "chi2_at_least", Long.toString(s.chi2AtLeast));
	}

	private static String int128s(final Int128[] v) {
		final StringBuilder b = new StringBuilder();
		for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : " ").append(v[i].toBigInteger());
		return b.toString();
	}

	static String sha256(final String text) {
		return SummaryFile.sha256(text);
	}

	// -- Reading --

	/**
	 * Reads a summary file.
	 *
	 * @throws IllegalArgumentException one line naming the file: missing, truncated or corrupt
	 */
	public static Shard read(final Path file) {
		return shard(SummaryFile.read(file));
	}

	/**
	 * Parses a summary's text ({@link #format}); {@code name} names it in messages.
	 *
	 * @throws IllegalArgumentException one line naming {@code name}: truncated, corrupt or of another format
	 */
	public static Shard parse(final String text, final String name) {
		return shard(SummaryFile.parse(text, name));
	}

	/**
	 * The Toy Experiments summary of read lines.
	 *
	 * @throws IllegalArgumentException one line naming the file: of another kind, or corrupt
	 */
	public static Shard shard(final SummaryFile.Entries f) {
		if (!f.kind().equals(KIND)) {
			throw new IllegalArgumentException("summaries: " + f.name() + " holds " + f.kind() + " toys, not " + KIND + " toys");
		}
		return SummaryFile.reading(f.name(), () -> {
			final ToyConfig c = config(f, "", f.firstToy(), f.toys());
			return new Shard(f, c, summary(f, "", c));
		});
	}

	/**
	 * The counters after {@code prefix} of a read summary, as the summary of the run
	 * {@code c} (read with {@link #config(SummaryFile.Entries, String, long, long)}).
	 */
	public static ToySummary summary(final SummaryFile.Entries f, final String prefix, final ToyConfig c) {
		final ToySummary s = new ToySummary(c);
		s.toys = c.toys();
		s.negativeCount = f.whole(prefix + "negative_count");
		int128s(f, prefix + "sum", s.sum);
		int128s(f, prefix + "prod", s.prod);
		s.sliceCount = f.whole(prefix + "slice_count");
		s.sliceSum.add(f.int128(prefix + "slice_sum"));
		s.sliceSumSq.add(f.int128(prefix + "slice_sum_sq"));
		for (final long[] e : f.pairs(prefix + "slice_values", Integer.MIN_VALUE, Integer.MAX_VALUE)) {
			s.addSliceValue((int) e[0]);
			s.sliceValues[(int) e[0] - s.sliceBase] += e[1] - 1;
		}
		fill(f, prefix + "hist2d", s.hist2d);
		s.hist2dOutside = f.whole(prefix + "hist2d_outside");
		fill(f, prefix + "chi2_counts", s.chi2Counts);
		s.chi2Underflow = f.whole(prefix + "chi2_underflow");
		s.chi2Overflow = f.whole(prefix + "chi2_overflow");
		s.chi2AtLeast = f.whole(prefix + "chi2_at_least");
		return s;
	}

	/**
	 * The run's inputs, seed, first_toy and toys as text (the input lines of the format),
	 * e.g. to send a run to other machines; {@link #parseConfig} reads it back exactly.
	 */
	public static String configText(final ToyConfig c) {
		final ToySummary none = new ToySummary(c);
		none.toys = c.toys();
		final String text = format(c, none, toycovVersion());
		return text.substring(text.indexOf("\nengine = ") + 1, text.indexOf("\nnegative_count = ") + 1);
	}

	/** Reads {@link #configText}; threads are this machine's cores. */
	public static ToyConfig parseConfig(final String text, final String name) {
		final SummaryFile.Entries f = SummaryFile.lines(text, name);
		return SummaryFile.reading(name, () -> config(f, "", f.firstToy(), f.toys()));
	}

	/**
	 * The run of the input lines after {@code prefix}, toys {@code firstToy ..
	 * firstToy + toys - 1}; threads are this machine's cores.
	 */
	public static ToyConfig config(final SummaryFile.Entries f, final String prefix, final long firstToy,
		final long toys)
	{
		final int engine = f.integer(prefix + "engine");
		if (engine != ENGINE) {
			throw new IllegalArgumentException("summaries: " + f.name() + " was thrown by toy engine " + engine + " (ToyCov " +
				(f.has("toycov_version") ? f.version() : toycovVersion()) + "); this ToyCov throws engine " + ENGINE + ": rerun that shard");
		}
		final String[] enc = f.text(prefix + "names").split(" ");
		final String[] names = new String[enc.length];
		for (int i = 0; i < enc.length; i++) names[i] = URLDecoder.decode(enc[i], StandardCharsets.UTF_8);
		final int n = names.length;
		final double[] mean = f.doubles(prefix + "mean", n);
		final double[][] sys = matrix(f.doubles(prefix + "sys_cov", n * n), n);
		final ToyConfig.Builder b = ToyConfig.builder().names(names).mean(mean).sysCov(sys)
			.negative(NegativePolicy.valueOf(f.text(prefix + "negative").toUpperCase(Locale.ROOT)))
			.sliceChannel(f.integer(prefix + "slice_channel")).sliceCenter(f.real(prefix + "slice_center"))
			.sliceHalfwidth(f.real(prefix + "slice_halfwidth")).targetChannel(f.integer(prefix + "target_channel"))
			.fullSummaries(f.bool(prefix + "full_summaries"))
			.chi2Histogram(f.real(prefix + "chi2_hist_max"), f.integer(prefix + "chi2_hist_bins"))
			.seed(f.seed()).firstToy(firstToy).toys(toys);
		final double[] x = f.doubles(prefix + "hist2d_target", 3), y = f.doubles(prefix + "hist2d_slice", 3);
		b.hist2dTarget(x[0], x[1], (int) x[2]).hist2dSlice(y[0], y[1], (int) y[2]);
		if (f.has(prefix + "chi2_weight")) {
			b.chi2(f.doubles(prefix + "chi2_expected", n), matrix(f.doubles(prefix + "chi2_weight", n * n), n), f.real(
				prefix + "chi2_observed"));
		}
		return b.build();
	}

	private static double[][] matrix(final double[] flat, final int n) {
		final double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) System.arraycopy(flat, i * n, m[i], 0, n);
		return m;
	}

	private static void int128s(final SummaryFile.Entries f, final String key, final Int128[] into) {
		final String[] t = f.text(key).split(" ");
		if (t.length != into.length) throw f.bad(key, "needs " + into.length + " numbers, has " + t.length);
		for (int i = 0; i < t.length; i++) into[i].add(f.int128(key, t[i]));
	}

	private static void fill(final SummaryFile.Entries f, final String key, final long[] into) {
		final List<long[]> p = f.pairs(key, 0, into == null ? -1 : into.length - 1);
		if (into == null) {
			if (!p.isEmpty()) throw f.bad(key, "holds counts the run does not keep");
			return;
		}
		for (final long[] e : p) into[(int) e[0]] += e[1];
	}

	// -- Merging --

	/** The files a {@code summaries} value names: {@link SummaryFile#resolve}. */
	public static List<Path> resolve(final String summaries) {
		return SummaryFile.resolve(summaries);
	}

	/**
	 * Merges summary files into the summary of one run over all their toys: the keys
	 * {@code summaries} (resolve them with {@link #resolve}) and {@code allow_gaps}.
	 *
	 * @throws IllegalArgumentException one line naming the files: a file listed twice, truncated
	 *           or corrupt, of another kind or ToyCov version, other inputs or seed, overlapping or
	 *           duplicate toy ranges, or a gap without {@code allowGaps}
	 */
	public static Merged merge(final List<Path> files, final boolean allowGaps) {
		return mergeRead(SummaryFile.readAll(files), allowGaps);
	}

	/** Merges read summaries of kind {@value #KIND}; see {@link #merge(List, boolean)}. */
	public static Merged mergeRead(final List<SummaryFile.Entries> in, final boolean allowGaps) {
		SummaryFile.order(in, allowGaps);
		final List<Shard> shards = new ArrayList<>();
		for (final SummaryFile.Entries e : in) shards.add(shard(e));
		return mergeShards(shards, allowGaps, 0);
	}

	/**
	 * Merges the shards of one run received as text (a Spark run's tasks), which starts at its
	 * lowest shard's first_toy (files start at toy 0: {@link #mergeRead}); see
	 * {@link #merge(List, boolean)}.
	 */
	public static Merged mergeShards(final List<Shard> in, final boolean allowGaps) {
		long start = Long.MAX_VALUE;
		for (final Shard s : in) start = Math.min(start, s.firstToy());
		return mergeShards(in, allowGaps, start);
	}

	private static Merged mergeShards(final List<Shard> in, final boolean allowGaps, final long start) {
		final List<SummaryFile.Entries> entries = new ArrayList<>();
		for (final Shard s : in) entries.add(s.entries);
		final SummaryFile.Order o = SummaryFile.order(entries, allowGaps, start);
		final int[] index = o.index();
		ToySummary sum = in.get(index[0]).summary;
		for (int i = 1; i < index.length; i++) sum = sum.merge(in.get(index[i]).summary);
		final ToyConfig c = in.get(0).config.toBuilder().firstToy(in.get(index[0]).firstToy()).toys(o.toys()).build();
		return new Merged(c, sum, o.missingToys(), o.names());
	}
}
