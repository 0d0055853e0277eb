package org.toycov.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.toycov.analysis.FeldmanCousins;
import org.toycov.analysis.FeldmanCousinsConfig;
import org.toycov.analysis.FeldmanCousinsCounts;
import org.toycov.analysis.FeldmanCousinsResult;
import org.toycov.analysis.SignalFitGrid;
import org.toycov.analysis.SignalFitSummaryFile;
import org.toycov.analysis.SignalModel;
import org.toycov.toys.NegativePolicy;

/**
 * Throws a Feldman-Cousins grid on Apache Spark: each task is one grid point over one
 * toy range ({@link FeldmanCousins#point}, the same seeded toys as one run), and the
 * driver puts the points' exact histograms together ({@link FeldmanCousinsCounts#of}),
 * so the belt and intervals are bit-identical to one {@link FeldmanCousins} run,
 * whatever the tasks, their order or their retries. No file is needed;
 * {@code save_summary} writes the run's summary for Merge Toys.
 */
public final class SparkFeldmanCousins {

	private SparkFeldmanCousins() {}

	/**
	 * The construction on the grid {@code 0 .. xMax} by {@code xStep}, toys
	 * {@code firstToy .. firstToy + config.toys() - 1} at each point, as about
	 * {@code tasks} tasks (each point's toys split into whole blocks of
	 * {@value FeldmanCousins#BLOCK}).
	 *
	 * @throws IllegalArgumentException one line: a bad grid, a failed task
	 */
	public static FeldmanCousinsResult run(final JavaSparkContext sc, final SignalModel model, final double xMax,
		final double xStep, final FeldmanCousinsConfig config, final long firstToy, final int tasks)
	{
		return run(sc, model, xMax, xStep, config, firstToy, tasks, null);
	}

	static FeldmanCousinsResult run(final JavaSparkContext sc, final SignalModel model, final double xMax,
		final double xStep, final FeldmanCousinsConfig config, final long firstToy, final int tasks,
		final SparkToys.TaskHook hook)
	{
		final SignalFitGrid grid = new SignalFitGrid(0, xMax, xStep);
		final int points = grid.size();
		final List<long[]> items = new ArrayList<>();
		for (final long[] r : SparkToys.split(firstToy, config.toys(), Math.max(1, (tasks + points - 1) / points),
			FeldmanCousins.BLOCK))
		{
			for (int g = 0; g < points; g++) items.add(new long[] { g, r[0], r[1] });
		}
		final List<FeldmanCousinsCounts.Point> got;
		try {
			got = sc.parallelize(items, items.size()).map(new Task(model, xMax, xStep, config.seed(), config.negative(),
				hook)).collect();
		}
		catch (final Exception e) {
			throw new IllegalArgumentException("spark: the toys failed: " + SparkToys.rootMessage(e), e);
		}
		return FeldmanCousins.result(model, grid, FeldmanCousinsCounts.of(model, config.seed(), grid, got), config.cl(),
			config.asimovX());
	}

	/** One task: grid point {@code item[0]}, toys {@code item[1] .. item[2] - 1}. */
	private static final class Task implements Function<long[], FeldmanCousinsCounts.Point> {

		private static final long serialVersionUID = 1L;
		private final SignalModel model;
		private final double xMax, xStep;
		private final long seed;
		private final NegativePolicy negative;
		private final SparkToys.TaskHook hook;

		Task(final SignalModel model, final double xMax, final double xStep, final long seed,
			final NegativePolicy negative, final SparkToys.TaskHook hook)
		{
			this.model = model;
			this.xMax = xMax;
			this.xStep = xStep;
			this.seed = seed;
			this.negative = negative;
			this.hook = hook;
		}

		@Override
		public FeldmanCousinsCounts.Point call(final long[] item) {
			final TaskContext tc = TaskContext.get();
			if (hook != null) hook.start(tc == null ? -1 : tc.partitionId(), tc == null ? 0 : tc.attemptNumber());
			final int cpus = tc == null ? 1 : Math.max(1, tc.cpus());
			return FeldmanCousins.point(model, new SignalFitGrid(0, xMax, xStep), (int) item[0], item[1], item[2] -
				item[1], seed, cpus, negative);
		}
	}

	/** The keys of {@link #main}. */
	static final List<String> KEYS = SparkToys.modelKeys(new String[] { "model" }, "stat", "constrained", "cl", "x_max",
		"x_step", "asimov_x", "seed", "toys", "first_toy", "tasks", "spark_master", "save_summary");

	/**
	 * {@code spark-submit --class org.toycov.spark.SparkFeldmanCousins ... key=value ...}:
	 * the keys of Feldman Cousins ({@code model} or the seed's ten keys, {@code stat}
	 * (default pearson), {@code constrained} (default none), {@code cl}, {@code x_max},
	 * {@code x_step}, {@code asimov_x} (default 0), {@code seed}, {@code toys},
	 * {@code first_toy} (default 0)), then {@code tasks} (default 4 per core),
	 * {@code spark_master} and {@code save_summary} (the run's summary: Merge Toys on it
	 * gives the belt, the intervals and the charts). Prints {@code toys}, {@code points},
	 * {@code tasks}; exit 1 with one line on bad input.
	 */
	public static void main(final String[] args) {
		SparkToys.main(() -> runMain(args, null));
	}

	/** As {@link #main}, on {@code given} (tests), or null: a context of spark_master. */
	static String runMain(final String[] args, final JavaSparkContext given) {
		final Map<String, String> k = SparkToys.keys(args, KEYS);
		for (final String key : new String[] { "cl", "x_max", "x_step", "seed", "toys" }) {
			if (!k.containsKey(key)) throw new IllegalArgumentException(key + ": give it (the keys are those of Feldman Cousins)");
		}
		final String[] parts = k.get("cl").trim().split("[,;\\s]+");
		final double[] cl = new double[parts.length];
		for (int i = 0; i < cl.length; i++) {
			try {
				cl[i] = Double.parseDouble(parts[i]);
			}
			catch (final NumberFormatException e) {
				throw new IllegalArgumentException("cl must be confidence levels separated by spaces or commas, got " + k.get("cl"));
			}
		}
		// NB: a negative thrown mean is set to 0 (truncate): the summaries' toys
		final FeldmanCousinsConfig config = new FeldmanCousinsConfig(SparkToys.whole(k, "toys"), SparkToys.whole(k, "seed"),
			1, cl, k.containsKey("asimov_x") ? SparkToys.number(k, "asimov_x") : 0);
		final long first = k.containsKey("first_toy") ? SparkToys.whole(k, "first_toy") : 0;
		final org.toycov.model.Model m = SparkToys.model(k);
		final SignalModel s0 = SignalModel.of(m, k.getOrDefault("stat", "pearson"));
		final String constrained = k.getOrDefault("constrained", "none").trim();
		final SignalModel s = constrained.isEmpty() || constrained.equals("none") ? s0 : s0.constrained(m.binsOf(
			"constrained", constrained));
		final double xMax = SparkToys.number(k, "x_max"), xStep = SparkToys.number(k, "x_step");
		final int points = new SignalFitGrid(0, xMax, xStep).size();
		final Path save = SparkToys.saveSummary(k);
		final JavaSparkContext sc = given != null ? given : SparkToys.context(k.get("spark_master"), "ToyCov Feldman-Cousins");
		try {
			if (given == null) sc.setLogLevel("WARN");
			final int tasks = k.containsKey("tasks") ? (int) Math.min(Integer.MAX_VALUE, SparkToys.whole(k, "tasks")) : 4 * sc
				.defaultParallelism();
			final FeldmanCousinsResult r = run(sc, s, xMax, xStep, config, first, tasks);
			final StringBuilder out = new StringBuilder();
			SparkToys.line(out, "toys", r.toys());
			SparkToys.line(out, "points", points);
			SparkToys.line(out, "tasks", points * SparkToys.split(first, config.toys(), Math.max(1, (tasks + points - 1) /
				points), FeldmanCousins.BLOCK).size());
			if (save != null) {
				SparkToys.save("save_summary", save, SignalFitSummaryFile.format(r));
				System.err.println("toycov: wrote " + save);
			}
			return out.toString();
		}
		finally {
			if (given == null) sc.close();
		}
	}
}
