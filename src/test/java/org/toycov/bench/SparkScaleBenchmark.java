package org.toycov.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.toycov.spark.SparkToys;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyEngine;
import org.toycov.toys.ToySummary;
import org.toycov.toys.ToySummaryFile;

/**
 * Issue 13 item 5 ({@code bench/spark-scale.sh}): Spark local mode at 1 and 2 executor
 * threads against the single-JVM engine on the same toys (the seed's Toy Experiments,
 * every summary), the overhead per task and the task size at which it is below 5 %, the
 * size of a summary file and the time to merge 1,000 of them, and from these the wall
 * time of large runs on 100 cores. Each measurement runs once (a shared machine: the load
 * average is printed with them).
 */
public final class SparkScaleBenchmark {

	private SparkScaleBenchmark() {}

	public static void main(final String[] args) throws IOException {
		final long toys = args.length > 0 ? (long) Double.parseDouble(args[0]) : 256L * ToyEngine.BLOCK;
		final Path tmp = Files.createTempDirectory("toycov-scale");
		final ToyConfig c = ToyBenchmark.config("tune", toys, 1, 1, true);
		load("start");
		// NB: warm the engine's code (a cold first run was 1.4x slower), then time it on one and two threads
		new ToyEngine().run(c.toBuilder().toys(Math.min(toys, 64L * ToyEngine.BLOCK)).build(), null);
		final double[] engine = new double[3];
		ToySummary single = null;
		for (int t = 1; t <= 2; t++) {
			final long t0 = System.nanoTime();
			single = new ToyEngine().run(c.toBuilder().threads(t).build(), null);
			engine[t] = (System.nanoTime() - t0) * 1e-9;
			System.out.printf(Locale.ROOT, "engine, %d thread(s): %d toys in %.3f s (%.1f ns per toy-thread)%n", t, toys,
				engine[t], engine[t] * t / toys * 1e9);
		}
		final double perToy = engine[1] / toys;
		final long blocks = toys / ToyEngine.BLOCK;
		double overheadPerTask = 0;
		for (int threads = 1; threads <= 2; threads++) {
			try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[" + threads + "]").setAppName(
				"scale").set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress",
					"127.0.0.1")))
			{
				sc.setLogLevel("ERROR");
				SparkToys.run(sc, c.toBuilder().toys(8L * ToyEngine.BLOCK).build(), 8, null); // NB: warm-up job
				for (final long tasks : new long[] { blocks / 16, blocks }) {
					final long t0 = System.nanoTime();
					final ToySummaryFile.Merged m = SparkToys.run(sc, c, (int) tasks, null);
					final double s = (System.nanoTime() - t0) * 1e-9;
					if (!m.summary().equals(single)) throw new IllegalStateException("Spark differs from the engine");
					final double per = (s - engine[threads]) * threads / m.names().size();
					if (threads == 1 && tasks == blocks) overheadPerTask = per;
					System.out.printf(Locale.ROOT,
						"spark local[%d], %d tasks of %d toys: %.3f s, %.2fx the engine on %d thread(s); overhead %.1f ms per task%n",
						threads, m.names().size(), toys / m.names().size(), s, s / engine[threads], threads, per * 1e3);
				}
			}
		}
		final double size5 = overheadPerTask / (0.05 * perToy);
		System.out.printf(Locale.ROOT, "task size for overhead < 5 %%: %.3g toys (%.1f ms overhead / %.1f ns per toy)%n", size5,
			overheadPerTask * 1e3, perToy * 1e9);
		load("after Spark");

		// 1,000 shard files of one run split by first_toy (small shards: a file's size does not depend on its toys)
		final int shards = 1000;
		final long each = 1000;
		final List<Path> files = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < shards; i++) {
			final ToyConfig s = c.toBuilder().firstToy(i * each).toys(each).build();
			final Path f = tmp.resolve(String.format(Locale.ROOT, "shard-%04d.toys", i));
			Files.write(f, ToySummaryFile.format(s, new ToyEngine().run(s, null)).getBytes(StandardCharsets.UTF_8));
			bytes += Files.size(f);
			files.add(f);
		}
		final long t0 = System.nanoTime();
		final ToySummaryFile.Merged m = ToySummaryFile.merge(ToySummaryFile.resolve(tmp.toString()), false);
		final double merge = (System.nanoTime() - t0) * 1e-9;
		if (m.summary().toys() != shards * each) throw new IllegalStateException("merged " + m.summary().toys());
		System.out.printf(Locale.ROOT, "summary files: %d, %.1f kB each on average, %.1f MB in all; read, checked and merged in %.2f s%n",
			shards, bytes / 1e3 / shards, bytes / 1e6, merge);
		for (final Path f : files) Files.delete(f);
		Files.delete(tmp);

		// extrapolation to 100 cores
		final int cores = 100;
		final double n = 1e11, tasksBig = 4000;
		final double wall = n * perToy / cores + tasksBig * overheadPerTask / cores + merge * tasksBig / shards;
		System.out.printf(Locale.ROOT,
			"1e11 toys, seed model, %d cores, %.0f tasks: %.0f s (%.2f h; toys %.0f s, task overhead %.1f s, merge %.1f s)%n", cores,
			tasksBig, wall, wall / 3600, n * perToy / cores, tasksBig * overheadPerTask / cores, merge * tasksBig / shards);
		// Feldman-Cousins, 137 bins: 7.1 s of CPU for 21 x 10,000 toys (README, "other cases"), split the same way
		final double fcPerToy = 7.1 / (21 * 10_000), fcToys = 21 * 1e5, fcTasks = cores;
		final double fcWall = fcToys * fcPerToy / cores + overheadPerTask;
		System.out.printf(Locale.ROOT,
			"Feldman-Cousins 21 x 1e5 toys, 137 bins, %d cores, %.0f tasks of %.0f toys: %.2f s (%.1f CPU s of toys, %.0f us per toy)%n",
			cores, fcTasks, fcToys / fcTasks, fcWall, fcToys * fcPerToy, fcPerToy * 1e6);
		load("end");
	}

	private static void load(final String when) {
		System.out.printf(Locale.ROOT, "load average (%s): %.2f%n", when, ManagementFactory.getOperatingSystemMXBean()
			.getSystemLoadAverage());
	}
}
