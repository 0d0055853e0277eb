package org.toycov.spark;

import java.io.IOException;
import java.io.File;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.toycov.analysis.ModelDescription;
import org.toycov.analysis.ToyExperiment;
import org.toycov.analysis.ToyOptions;
import org.toycov.analysis.ToyRuns;
import org.toycov.outputs.OutputSet;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyEngine;
import org.toycov.toys.ToySummary;
import org.toycov.toys.ToySummaryFile;

/**
 * Throws a run's toys on Apache Spark: the toy range is split into tasks, each task is
 * a shard ({@code first_toy}, {@code toys}) of the same seeded engine, and the shards'
 * exact summaries are merged on the driver, so the result is bit-identical to one
 * {@link ToyEngine} run over the whole range, whatever the tasks, their order or their
 * retries. Tasks send their summary back as text ({@link ToySummaryFile#format}); files are
 * written only if asked ({@code summary_dir}).
 * <p>
 * Spark is a {@code provided} dependency: this package runs under {@code spark-submit}
 * (see the README), never inside the plugin or {@code bin/toycov}.
 */
public final class SparkToys {

	private SparkToys() {}

	/** Called at the start of each task attempt (tests fail an attempt on purpose). */
	interface TaskHook extends Serializable {

		void start(int task, int attempt);
	}

	/**
	 * The ranges {@code [from, to)} of {@code tasks} tasks over toys {@code first ..
	 * first + toys - 1}: equal, and whole blocks of {@link ToyEngine#BLOCK} toys where
	 * there are enough toys (a block is seeded once per task that touches it); fewer tasks
	 * when there are fewer blocks than tasks.
	 */
	public static List<long[]> split(final long first, final long toys, final int tasks) {
		return split(first, toys, tasks, ToyEngine.BLOCK);
	}

	/** As {@link #split(long, long, int)} with blocks of {@code block} toys. */
	static List<long[]> split(final long first, final long toys, final int tasks, final int block) {
		if (tasks < 1) throw new IllegalArgumentException("tasks must be a whole number >= 1, got " + tasks);
		long size = (toys + tasks - 1) / tasks;
		if (toys >= (long) tasks * block) size = (size + block - 1) / block * block;
		final List<long[]> r = new ArrayList<>();
		for (long from = first; from < first + toys; from += size) r.add(new long[] { from, Math.min(first + toys, from + size) });
		return r;
	}

	/**
	 * Throws the toys of {@code c} as {@code tasks} Spark tasks: the Spark entry point of
	 * the toy commands (keys {@code tasks}, {@code summary_dir}).
	 *
	 * @param summaryDir null, or a folder where each task also writes its summary
	 *          ({@code shard-<first_toy>.toys}, atomically), for Merge Toys later
	 * @throws IllegalArgumentException one line: a summary folder that cannot be written, a failed task
	 */
	public static ToySummaryFile.Merged run(final JavaSparkContext sc, final ToyConfig c, final int tasks, final Path summaryDir) {
		return run(sc, c, tasks, summaryDir, null);
	}

	static ToySummaryFile.Merged run(final JavaSparkContext sc, final ToyConfig c, final int tasks, final Path summaryDir,
		final TaskHook hook)
	{
		final String dir;
		if (summaryDir != null) {
			if (!Files.isDirectory(summaryDir) || !Files.isWritable(summaryDir)) {
				throw new IllegalArgumentException("summary_dir: " + summaryDir + " is not a folder this driver can write");
			}
			try {
				// NB: a real write: isWritable says yes to root, also in /proc
				Files.delete(Files.createTempFile(summaryDir, ".toycov-probe", ".tmp"));
			}
			catch (final IOException e) {
				throw new IllegalArgumentException("summary_dir: " + summaryDir + " is not a folder this driver can write (" +
					OutputSet.reason(e) + ")");
			}
			try (DirectoryStream<Path> old = Files.newDirectoryStream(summaryDir, "*" + ToySummaryFile.EXTENSION)) {
				for (final Path f : old) {
					throw new IllegalArgumentException("summary_dir: " + summaryDir + " already holds " + f.getFileName() +
						"; give an empty folder, so that Merge Toys finds no duplicates there");
				}
			}
			catch (final IOException e) {
				throw new IllegalArgumentException("summary_dir: cannot list " + summaryDir + " (" + OutputSet.reason(e) + ")");
			}
			dir = summaryDir.toAbsolutePath().toString();
		}
		else dir = null;
		final List<long[]> ranges = split(c.firstToy(), c.toys(), tasks);
		final List<String> texts;
		try {
			texts = sc.parallelize(ranges, ranges.size()).map(new Task(ToySummaryFile.configText(c), dir, hook)).collect();
		}
		catch (final Exception e) {
			// NB: Spark throws its (checked) SparkException from Scala without declaring it.
			throw new IllegalArgumentException("spark: the toys failed: " + rootMessage(e), e);
		}
		final List<ToySummaryFile.Shard> shards = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			final long[] r = ranges.get(i);
			shards.add(ToySummaryFile.parse(texts.get(i), "task " + i + " (toys " + r[0] + " .. " + (r[1] - 1) + ")"));
		}
		return ToySummaryFile.mergeShards(shards, false);
	}

	/** One task: a shard of the run, its summary back as text. */
	private static final class Task implements Function<long[], String> {

		private static final long serialVersionUID = 1L;
		private final String config;
		private final String dir;
		private final TaskHook hook;

		Task(final String config, final String dir, final TaskHook hook) {
			this.config = config;
			this.dir = dir;
			this.hook = hook;
		}

		@Override
		public String call(final long[] range) {
			final TaskContext tc = TaskContext.get();
			if (hook != null) hook.start(tc == null ? -1 : tc.partitionId(), tc == null ? 0 : tc.attemptNumber());
			// NB: as many threads as Spark gives the task cores (spark.task.cpus, default 1).
			final int cpus = tc == null ? 1 : Math.max(1, tc.cpus());
			final ToyConfig c = ToySummaryFile.parseConfig(config, "the run's inputs").toBuilder().firstToy(range[0])
				.toys(range[1] - range[0]).threads(cpus).build();
			final ToySummary s = new ToyEngine().run(c, null);
			if (dir != null) save("summary_dir", Paths.get(dir, "shard-" + range[0] + ToySummaryFile.EXTENSION), ToySummaryFile.format(c, s));
			return ToySummaryFile.format(c, s);
		}
	}

	/**
	 * Writes a summary file's text through the one all-or-nothing writer
	 * ({@link OutputSet}: staged beside it, then moved into place).
	 *
	 * @throws IllegalArgumentException one line naming {@code key} and the file
	 */
	static void save(final String key, final Path file, final String summary) {
		final byte[] text = summary.getBytes(StandardCharsets.UTF_8);
		try (OutputSet set = new OutputSet()) {
			set.write(key, file, out -> out.write(text));
			set.commit();
		}
		catch (final IllegalArgumentException | UncheckedIOException e) {
			// NB: no cause: on an executor, Spark reports the innermost message, which must be this line
			throw new IllegalArgumentException(e.getMessage());
		}
	}

	/**
	 * A Spark context for {@code master} (null: spark-submit's {@code --master}); a
	 * {@code spark://host:port} master that does not answer is refused in seconds, not
	 * after Spark's minute of retries.
	 *
	 * @throws IllegalArgumentException one line naming spark_master
	 */
	public static JavaSparkContext context(final String master, final String appName) {
		if (master != null && master.startsWith("spark://")) {
			for (final String hostPort : master.substring("spark://".length()).split(",")) {
				final URI u = URI.create("spark://" + hostPort);
				final int port = u.getPort() < 0 ? 7077 : u.getPort();
				try (Socket s = new Socket()) {
					s.connect(new InetSocketAddress(u.getHost(), port), 3000);
				}
				catch (final IOException | IllegalArgumentException e) {
					throw new IllegalArgumentException("spark_master: cannot reach " + master + " (" + e.getClass().getSimpleName() +
						(e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
				}
			}
		}
		final SparkConf conf = new SparkConf().setAppName(appName);
		if (master != null) conf.setMaster(master);
		if (!conf.contains("spark.master")) {
			throw new IllegalArgumentException("spark_master: none set; give spark_master=local[*] or run with spark-submit --master");
		}
		try {
			return new JavaSparkContext(conf);
		}
		catch (final Exception e) {
			throw new IllegalArgumentException("spark_master: cannot start Spark on " + conf.get("spark.master") + " (" + rootMessage(e) + ")", e);
		}
	}

	/** The keys of {@link #main}: a summary file's inputs, or the model and toy keys of Toy Experiments. */
	static final List<String> KEYS = modelKeys(new String[] { "inputs", "model" }, "slice_channel", "slice_center",
		"slice_halfwidth", "target_channel", "seed", "negative", "toys", "first_toy", "tasks", "spark_master", "summary_dir",
		"save_summary");

	/** An entry point's keys: {@code before}, the seed's ten model keys, then {@code after}. */
	static List<String> modelKeys(final String[] before, final String... after) {
		final List<String> k = new ArrayList<>(java.util.Arrays.asList(before));
		k.addAll(ModelDescription.SEED_KEYS);
		k.addAll(java.util.Arrays.asList(after));
		return java.util.Collections.unmodifiableList(k);
	}

	/**
	 * {@code spark-submit --class org.toycov.spark.SparkToys ... key=value ...}: the run is
	 * {@code inputs} (a toy summary file: the model, inputs and seed of a toy run), or the
	 * Toy Experiments keys ({@code model} or the seed's ten keys, {@code slice_channel},
	 * {@code slice_center}, {@code slice_halfwidth}, {@code target_channel}, {@code seed},
	 * {@code negative}); then {@code toys}, {@code first_toy} (default 0), {@code tasks}
	 * (default 4 per core), {@code spark_master} (default: spark-submit's),
	 * {@code summary_dir} and {@code save_summary} (optional). Prints {@code name = value}
	 * lines as {@code bin/toycov} does; exit 1 with one line on bad input.
	 */
	public static void main(final String[] args) {
		main(() -> runMain(args));
	}

	/**
	 * Runs a spark-submit entry point: its printed results on stdout, or one
	 * {@code toycov: error:} line and exit 1 on bad input or a jar missing from
	 * {@code --jars}.
	 */
	static void main(final java.util.function.Supplier<String> run) {
		try {
			System.out.print(run.get());
		}
		catch (final IllegalArgumentException | UncheckedIOException e) {
			System.err.println("toycov: error: " + e.getMessage());
			System.exit(1);
		}
		catch (final LinkageError e) {
			System.err.println("toycov: error: spark-submit's --jars lack " + String.valueOf(e.getMessage()).replace('/', '.') +
				" (" + e.getClass().getSimpleName() + "): give the --jars of the README's spark-submit line");
			System.exit(1);
		}
	}

	static String runMain(final String[] args) {
		return runMain(args, null);
	}

	/** As {@link #main}, on {@code given} (tests: one context per JVM), or null: a context of spark_master. */
	static String runMain(final String[] args, final JavaSparkContext given) {
		final java.util.Map<String, String> k = keys(args, KEYS);
		if (!k.containsKey("toys")) throw new IllegalArgumentException("toys must be a whole number > 0, got none");
		final long toys = whole(k, "toys"), first = k.containsKey("first_toy") ? whole(k, "first_toy") : 0;
		final ToyConfig c = config(k, toys, first);
		final Path dir = k.containsKey("summary_dir") ? Paths.get(k.get("summary_dir")) : null;
		final Path save = saveSummary(k);
		final JavaSparkContext sc = given != null ? given : context(k.get("spark_master"), "ToyCov toys");
		try {
			if (given == null) sc.setLogLevel("WARN");
			final int tasks = k.containsKey("tasks") ? (int) Math.min(Integer.MAX_VALUE, whole(k, "tasks")) : 4 * sc.defaultParallelism();
			final ToySummaryFile.Merged m = run(sc, c, tasks, dir);
			final StringBuilder out = new StringBuilder();
			line(out, "toys", m.summary().toys());
			line(out, "tasks", m.names().size());
			results(out, m.config(), m.summary());
			if (save != null) {
				save("save_summary", save, ToySummaryFile.format(m.config(), m.summary()));
				// NB: as bin/toycov: results on stdout, the files written on stderr
				System.err.println("toycov: wrote " + save);
			}
			return out.toString();
		}
		finally {
			if (given == null) sc.close();
		}
	}

	/** The run of the keys: a summary file's inputs, or the Toy Experiments keys. */
	private static ToyConfig config(final java.util.Map<String, String> k, final long toys, final long first) {
		if (k.containsKey("inputs")) {
			for (final String key : k.keySet()) {
				if (KEYS.indexOf(key) > 0 && KEYS.indexOf(key) < KEYS.indexOf("toys")) {
					throw new IllegalArgumentException("inputs gives the model, inputs and seed of the run; give inputs or " + key + ", not both");
				}
			}
			return ToySummaryFile.read(Paths.get(k.get("inputs"))).config().toBuilder().toys(toys).firstToy(first).build();
		}
		for (final String key : new String[] { "slice_channel", "slice_center", "slice_halfwidth", "target_channel", "seed" }) {
			if (!k.containsKey(key)) throw new IllegalArgumentException(key + ": give it, or inputs=<a summary file of the run>");
		}
		final org.toycov.model.Model model = model(k);
		final ToyOptions o = new ToyOptions(toys, first, whole(k, "seed"), 1, k.getOrDefault("negative", "truncate"));
		return ToyRuns.config(model, k.get("slice_channel"), k.get("target_channel"), number(k, "slice_center"),
			number(k, "slice_halfwidth"), o).fullSummaries(true).build();
	}

	/**
	 * The {@code save_summary} file of the keys, or null; checked before any toy.
	 *
	 * @throws IllegalArgumentException one line: a file in the way, or no such folder
	 */
	static Path saveSummary(final java.util.Map<String, String> k) {
		final Path save = k.containsKey("save_summary") ? Paths.get(k.get("save_summary")) : null;
		if (save != null) OutputSet.check("save_summary", save);
		if (save != null && (save.toAbsolutePath().getParent() == null || !Files.isDirectory(save.toAbsolutePath().getParent()))) {
			throw new IllegalArgumentException("save_summary: the folder of " + save + " does not exist");
		}
		return save;
	}

	/** The model of the keys: {@code model} (a model file) or the seed's ten keys. */
	static org.toycov.model.Model model(final java.util.Map<String, String> k) {
		final ModelDescription d;
		if (k.containsKey("model")) d = ModelDescription.file(new File(k.get("model")));
		else d = ModelDescription.seedKeys();
		for (final String key : ModelDescription.SEED_KEYS) if (k.containsKey(key)) d.set(key, number(k, key));
		return d.build();
	}

	/**
	 * The {@code key=value} arguments of a Spark entry point, each of {@code keys}.
	 *
	 * @throws IllegalArgumentException one line: an unknown key, listing the keys
	 */
	static java.util.Map<String, String> keys(final String[] args, final List<String> keys) {
		final java.util.Map<String, String> k = new java.util.LinkedHashMap<>();
		for (final String a : args) {
			final int eq = a.indexOf('=');
			final String key = eq < 0 ? a : a.substring(0, eq);
			if (eq < 0 || !keys.contains(key)) {
				throw new IllegalArgumentException("unknown key " + key + "; the keys are " + String.join(", ", keys));
			}
			k.put(key, a.substring(eq + 1));
		}
		return k;
	}

	/** The printed results: Toy Experiments' scalars for a full summary, the slice's otherwise. */
	static void results(final StringBuilder out, final ToyConfig c, final ToySummary s) {
		if (c.fullSummaries()) {
			final ToyExperiment.Result r = ToyExperiment.of(c, s);
			line(out, "slice_count", r.slice.count);
			line(out, "slice_mean", r.slice.mean);
			line(out, "slice_variance", r.slice.variance);
			line(out, "slice_mean_error", r.slice.meanError);
			line(out, "chi2", r.chi2);
			line(out, "p_value", r.pValue);
			line(out, "toy_p_value", r.toyPValue);
			line(out, "toy_p_value_error", r.toyPValueError);
			line(out, "negative_count", s.negativeCount());
			return;
		}
		line(out, "slice_count", s.sliceCount());
		line(out, "slice_mean", s.sliceMean());
		line(out, "slice_variance", s.sliceVariance());
		if (s.hasChi2()) line(out, "toy_p_value", s.toyPValue());
		line(out, "negative_count", s.negativeCount());
	}

	static void line(final StringBuilder out, final String name, final Object value) {
		if (value != null) out.append(name).append(" = ").append(value).append('\n');
	}

	static double number(final java.util.Map<String, String> k, final String key) {
		try {
			return Double.parseDouble(k.get(key));
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException(key + " must be a number, got " + k.get(key));
		}
	}

	static long whole(final java.util.Map<String, String> k, final String key) {
		try {
			final double d = Double.parseDouble(k.get(key));
			if (d != Math.rint(d) || d < 0 || d >= 0x1p63) throw new NumberFormatException();
			return (long) d;
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException(key + " must be a whole number >= 0, got " + k.get(key));
		}
	}

	/** The innermost message of a Spark failure, on one line. */
	static String rootMessage(final Throwable e) {
		Throwable t = e;
		String m = e.getMessage();
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
			if (t.getMessage() != null) m = t.getMessage();
		}
		if (m == null) m = t.getClass().getSimpleName();
		// NB: Spark's job-abort messages quote the task's exception with its stack trace; keep the cause's first line.
		final int cause = m.lastIndexOf("java.lang.IllegalArgumentException: ");
		if (cause >= 0) m = m.substring(cause + "java.lang.IllegalArgumentException: ".length());
		final int nl = m.indexOf('\n');
		return nl < 0 ? m : m.substring(0, nl);
	}
}
