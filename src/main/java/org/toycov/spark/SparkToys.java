package org.toycov.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
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
		if (tasks < 1) throw new IllegalArgumentException("tasks must be a whole number >= 1, got " + tasks);
		long size = (toys + tasks - 1) / tasks;
		if (toys >= (long) tasks * ToyEngine.BLOCK) size = (size + ToyEngine.BLOCK - 1) / ToyEngine.BLOCK * ToyEngine.BLOCK;
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
			if (dir != null) ToySummaryFile.write(Paths.get(dir, "shard-" + range[0] + ToySummaryFile.EXTENSION), c, s);
			return ToySummaryFile.format(c, s);
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

	/**
	 * {@code spark-submit --class org.toycov.spark.SparkToys ... key=value ...}: keys
	 * {@code inputs} (a toy summary file: the model, inputs and seed of the run),
	 * {@code toys}, {@code first_toy} (default 0), {@code tasks} (default 4 per core),
	 * {@code spark_master} (default: spark-submit's), {@code summary_dir} and
	 * {@code save_summary} (optional). Prints {@code name = value} lines; exit 1 with one
	 * line on bad input.
	 */
	public static void main(final String[] args) {
		try {
			System.out.print(runMain(args));
		}
		catch (final IllegalArgumentException e) {
			System.err.println("toycov: " + e.getMessage());
			System.exit(1);
		}
	}

	static String runMain(final String[] args) {
		final java.util.Map<String, String> k = new java.util.LinkedHashMap<>();
		final List<String> known = java.util.Arrays.asList("inputs", "toys", "first_toy", "tasks", "spark_master", "summary_dir",
			"save_summary");
		for (final String a : args) {
			final int eq = a.indexOf('=');
			final String key = eq < 0 ? a : a.substring(0, eq);
			if (eq < 0 || !known.contains(key)) {
				throw new IllegalArgumentException("unknown key " + key + "; the keys are " + String.join(", ", known));
			}
			k.put(key, a.substring(eq + 1));
		}
		if (!k.containsKey("inputs")) throw new IllegalArgumentException("inputs must name a toy summary file (save_summary of a toy run)");
		if (!k.containsKey("toys")) throw new IllegalArgumentException("toys must be a whole number > 0, got none");
		final ToyConfig base = ToySummaryFile.read(Paths.get(k.get("inputs"))).config();
		final ToyConfig c = base.toBuilder().toys(whole(k, "toys")).firstToy(k.containsKey("first_toy") ? whole(k, "first_toy") : 0)
			.build();
		final Path dir = k.containsKey("summary_dir") ? Paths.get(k.get("summary_dir")) : null;
		final Path save = k.containsKey("save_summary") ? Paths.get(k.get("save_summary")) : null;
		if (save != null && (save.toAbsolutePath().getParent() == null || !Files.isDirectory(save.toAbsolutePath().getParent()))) {
			throw new IllegalArgumentException("save_summary: the folder of " + save + " does not exist");
		}
		try (JavaSparkContext sc = context(k.get("spark_master"), "ToyCov toys")) {
			sc.setLogLevel("WARN");
			final int tasks = k.containsKey("tasks") ? (int) Math.min(Integer.MAX_VALUE, whole(k, "tasks")) : 4 * sc.defaultParallelism();
			final ToySummaryFile.Merged m = run(sc, c, tasks, dir);
			final ToySummary s = m.summary();
			final StringBuilder out = new StringBuilder();
			out.append("toys = ").append(s.toys()).append('\n');
			out.append("tasks = ").append(m.names().size()).append('\n');
			out.append("negative_count = ").append(s.negativeCount()).append('\n');
			out.append("slice_count = ").append(s.sliceCount()).append('\n');
			out.append("slice_mean = ").append(s.sliceMean()).append('\n');
			out.append("slice_variance = ").append(s.sliceVariance()).append('\n');
			if (s.hasChi2()) out.append("toy_p_value = ").append(s.toyPValue()).append('\n');
			if (save != null) {
				ToySummaryFile.write(save, m.config(), s);
				out.append("wrote ").append(save).append('\n');
			}
			return out.toString();
		}
	}

	private static long whole(final java.util.Map<String, String> k, final String key) {
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
