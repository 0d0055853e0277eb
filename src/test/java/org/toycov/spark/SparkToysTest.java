package org.toycov.spark;

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
		assertEquals(single, ToySummaryFile.merge(shards, false).summary());
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
