package org.toycov.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toycov.analysis.FeldmanCousins;
import org.toycov.analysis.FeldmanCousinsConfig;
import org.toycov.analysis.FeldmanCousinsResult;
import org.toycov.analysis.SignalFitGrid;
import org.toycov.analysis.SignalFitSummaryFile;
import org.toycov.analysis.SignalModel;
import org.toycov.bench.ToyBenchmark;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyEngine;
import org.toycov.toys.ToySummary;
import org.toycov.toys.ToySummaryFile;

/**
 * The Spark runner in local mode against the single-JVM engine: bit-identical summaries,
 * a task that fails once and is retried, no summary files needed, one-line refusals.
 */
class SparkToysTest {

	/** Attempts that the failing hook failed (local mode: tasks run in this JVM). */
	static final AtomicInteger FAILED = new AtomicInteger();

	private static JavaSparkContext sc;

	@TempDir
	Path dir;

	@BeforeAll
	static void start() {
		// NB: local[2, 2]: two threads, and a task may fail twice before the job does (local[2] allows no retry).
		sc = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("SparkToysTest").set("spark.ui.enabled", "false")
			.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"));
		sc.setLogLevel("ERROR");
	}

	@AfterAll
	static void stop() {
		if (sc != null) sc.stop();
	}

	/** The seed's 'tune' toys, every summary (2D histogram, per-toy chi-square with an observed value). */
	private static ToyConfig config(final long first, final long toys) {
		return ToyBenchmark.config("tune", toys, 2, 3, true).toBuilder().chi2Observed(2.5).firstToy(first).build();
	}

	@Test
	void bitIdenticalToTheSingleJvmEngineWithoutFiles() throws IOException {
		final ToyConfig c = config(1000, 5L * ToyEngine.BLOCK + 4321);
		final ToySummary single = new ToyEngine().run(c, null);
		final ToySummaryFile.Merged m = SparkToys.run(sc, c, 4, null);
		assertEquals(single, m.summary());
		assertEquals(single.sliceMean(), m.summary().sliceMean());
		assertEquals(ToySummaryFile.format(c, single), ToySummaryFile.format(m.config(), m.summary()));
		assertEquals(3, m.names().size(), "4 tasks of whole blocks cover 5 blocks and a bit in 3");
		// More tasks than blocks: still exact.
		assertEquals(single, SparkToys.run(sc, c, 7, null).summary());
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(0, files.count(), "no summary files unless asked");
		}
		// Asked: one file per task, and Merge Toys on them gives the same summary.
		SparkToys.run(sc, c, 3, dir);
		final List<Path> shards = ToySummaryFile.resolve(dir.toString());
		assertEquals(3, shards.size());
		// (this run starts at first_toy 1000: files cannot tell that from a lost shard 0, so allow_gaps)
		final ToySummaryFile.Merged files = ToySummaryFile.merge(shards, true);
		assertEquals(single, files.summary());
		assertEquals(1000, files.missingToys());
	}

	@Test
	void aTaskThatFailsOnceIsRetriedAndTheResultIsStillExact() {
		final ToyConfig c = config(0, 3L * ToyEngine.BLOCK + 17);
		FAILED.set(0);
		final ToySummaryFile.Merged m = SparkToys.run(sc, c, 3, null, (task, attempt) -> {
			if (task == 1 && attempt == 0) {
				FAILED.incrementAndGet();
				throw new IllegalStateException("task 1 fails on its first attempt");
			}
		});
		assertEquals(1, FAILED.get());
		assertEquals(new ToyEngine().run(c, null), m.summary());
	}

	@Test
	void badInputIsOneLine() {
		final ToyConfig c = config(0, 1000);
		String m = assertThrows(IllegalArgumentException.class, () -> SparkToys.run(sc, c, 2, null, (task, attempt) -> {
			throw new IllegalArgumentException("always");
		})).getMessage();
		assertEquals("spark: the toys failed: always", m);
		m = assertThrows(IllegalArgumentException.class, () -> SparkToys.run(sc, c, 2, dir.resolve("none"))).getMessage();
		assertTrue(m.startsWith("summary_dir: ") && m.endsWith("is not a folder this driver can write"), m);
		m = assertThrows(IllegalArgumentException.class, () -> SparkToys.context("spark://127.0.0.1:1", "x")).getMessage();
		assertTrue(m.startsWith("spark_master: cannot reach spark://127.0.0.1:1 ") && !m.contains("\n"), m);
	}

	/**
	 * spark-submit's entry point with the model keys of Toy Experiments: the printed
	 * scalars and the saved summary are those of the single-JVM analysis of the same toys.
	 */
	@Test
	void mainTakesTheModelKeysAndPrintsLikeTheLauncher() throws IOException {
		final long toys = 2L * ToyEngine.BLOCK + 99;
		final Path save = dir.resolve("run.toys");
		final String[] args = { "mu_exp=10000", "e_exp=100", "mu_xsec_frac_err=0.1", "e_xsec_frac_err=0.1", "xsec_corr=1",
			"mu_reco_frac_err=0.1", "e_reco_frac_err=0", "reco_corr=0", "mu_obs=9000", "e_obs=100", "slice_channel=mu",
			"slice_center=9000", "slice_halfwidth=10", "target_channel=e", "seed=5", "toys=" + toys, "tasks=3",
			"save_summary=" + save };
		final String out = SparkToys.runMain(args, sc);
		final org.toycov.analysis.ToyExperiment.Result r = org.toycov.analysis.ToyExperiment.run(
			org.toycov.analysis.ModelDescription.seedKeys().set("mu_exp", 10000).set("e_exp", 100).set("mu_xsec_frac_err", 0.1)
				.set("e_xsec_frac_err", 0.1).set("xsec_corr", 1).set("mu_reco_frac_err", 0.1).set("e_reco_frac_err", 0)
				.set("reco_corr", 0).set("mu_obs", 9000).set("e_obs", 100).build(),
			new org.toycov.analysis.ToyExperiment.Slice("mu", 9000, 10, "e"),
			new org.toycov.analysis.ToyOptions(toys, 0, 5, 2, "truncate"), null, null);
		assertEquals("toys = " + toys + "\ntasks = 3\nslice_count = " + r.slice.count + "\nslice_mean = " + r.slice.mean +
			"\nslice_variance = " + r.slice.variance + "\nslice_mean_error = " + r.slice.meanError + "\nchi2 = " + r.chi2 +
			"\np_value = " + r.pValue + "\ntoy_p_value = " + r.toyPValue + "\ntoy_p_value_error = " + r.toyPValueError +
			"\nnegative_count = " + r.summary.negativeCount() + "\n", out);
		assertEquals(ToySummaryFile.format(r.config, r.summary), new String(Files.readAllBytes(save),
			java.nio.charset.StandardCharsets.UTF_8));
		// the saved summary as inputs: the same run again
		assertEquals(out, SparkToys.runMain(new String[] { "inputs=" + save, "toys=" + toys, "tasks=2" }, sc)
			.replace("tasks = 2", "tasks = 3"));

		// bad input: one line naming the key
		String m = assertThrows(IllegalArgumentException.class, () -> SparkToys.runMain(new String[] { "inputs=" + save,
			"seed=3", "toys=10" }, sc)).getMessage();
		assertEquals("inputs gives the model, inputs and seed of the run; give inputs or seed, not both", m);
		m = assertThrows(IllegalArgumentException.class, () -> SparkToys.runMain(new String[] { "toys=10", "seed=1" }, sc))
			.getMessage();
		assertEquals("slice_channel: give it, or inputs=<a summary file of the run>", m);
		// a summary_dir that already holds shards: Merge Toys would find duplicates there
		final Path shards = Files.createDirectory(dir.resolve("shards"));
		SparkToys.runMain(new String[] { "inputs=" + save, "toys=100", "tasks=2", "summary_dir=" + shards }, sc);
		m = assertThrows(IllegalArgumentException.class, () -> SparkToys.runMain(new String[] { "inputs=" + save,
			"toys=100", "summary_dir=" + shards }, sc)).getMessage();
		assertTrue(m.startsWith("summary_dir: " + shards + " already holds shard-"), m);
	}

	/**
	 * The Feldman-Cousins grid as (grid point, toy range) tasks, one failing once: the run's
	 * summary (every point's histogram, the data's and the Asimov curves) and intervals are
	 * those of the single-JVM run, byte for byte; spark-submit's entry point saves the same.
	 */
	@Test
	void feldmanCousinsGridIsBitIdenticalToTheSingleJvmRun() throws IOException {
		final org.toycov.model.Model model = org.toycov.analysis.ModelDescription.file(new java.io.File(
			"sample-data/binned-signal.json")).build();
		final SignalModel m = SignalModel.of(model, "pearson");
		final FeldmanCousinsConfig config = new FeldmanCousinsConfig(1500, 7, 2, new double[] { 0.683, 0.9 }, 0.5);
		final FeldmanCousinsResult one = FeldmanCousins.run(m, new SignalFitGrid(0, 1, 0.25), config, 100, null);
		FAILED.set(0);
		final FeldmanCousinsResult spark = SparkFeldmanCousins.run(sc, m, 1, 0.25, config, 100, 8, (task, attempt) -> {
			if (task == 3 && attempt == 0) {
				FAILED.incrementAndGet();
				throw new IllegalStateException("task 3 fails on its first attempt");
			}
		});
		assertEquals(1, FAILED.get());
		assertEquals(SignalFitSummaryFile.format(one), SignalFitSummaryFile.format(spark));
		for (int l = 0; l < 2; l++) {
			assertArrayEquals(one.interval(l), spark.interval(l));
			assertArrayEquals(one.criticalDeltaChi2(l), spark.criticalDeltaChi2(l));
		}

		final Path save = dir.resolve("fc.toys");
		final String out = SparkFeldmanCousins.runMain(new String[] { "model=sample-data/binned-signal.json",
			"cl=0.683,0.9", "x_max=1", "x_step=0.25", "asimov_x=0.5", "seed=7", "toys=1500", "first_toy=100", "tasks=10",
			"save_summary=" + save }, sc);
		assertEquals("toys = 1500\npoints = 5\ntasks = 10\n", out);
		assertEquals(SignalFitSummaryFile.format(one), new String(Files.readAllBytes(save),
			java.nio.charset.StandardCharsets.UTF_8));
		final String m2 = assertThrows(IllegalArgumentException.class, () -> SparkFeldmanCousins.runMain(new String[] {
			"model=sample-data/binned-signal.json", "x_max=1" }, sc)).getMessage();
		assertEquals("cl: give it (the keys are those of Feldman Cousins)", m2);
	}

	@Test
	void splitCoversTheRangeInWholeBlocks() {
		final long b = ToyEngine.BLOCK;
		final List<long[]> r = SparkToys.split(5, 10 * b, 4);
		assertEquals(4, r.size());
		assertEquals(5, r.get(0)[0]);
		assertEquals(5 + 3 * b, r.get(0)[1]);
		for (int i = 1; i < r.size(); i++) assertEquals(r.get(i - 1)[1], r.get(i)[0]);
		assertEquals(5 + 10 * b, r.get(3)[1]);
		assertEquals(3, SparkToys.split(0, 10, 3).size());
		assertEquals(10, SparkToys.split(0, 10, 30).size());
	}
}
