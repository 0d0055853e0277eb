package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's batch-array recipe: three shards thrown as separate
 * {@code bin/toycov} processes (the launcher's main in child JVMs) with
 * {@code save_summary}, then {@code Merge Toys}, give the printed results and
 * the tables of one run over all their toys, byte for byte.
 */
class LauncherShardsTest {

	private static final long N = 30_000;

	@TempDir
	File tmp;

	@Test
	void threeShardProcessesMergeToTheSingleRun() throws Exception {
		final File shards = new File(tmp, "shards");
		assertTrue(shards.mkdir());
		final String java = System.getProperty("java.home") + "/bin/java";
		final List<Process> jobs = new ArrayList<>();
		for (int i = 0; i < 3; i++)
			jobs.add(new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
				System.getProperty("java.class.path"), ToyCovMain.class.getName(),
				"--headless", "--run", "Toy Experiments", "toys=" + N + ",first_toy=" +
					i * N + ",seed=11,threads=1,save_summary=[" + new File(shards,
						"shard-" + i + ".toys") + "]").redirectErrorStream(true).start());
		for (final Process p : jobs) {
			final String log = new String(p.getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
			assertTrue(p.waitFor(60, TimeUnit.SECONDS), log);
			assertEquals(0, p.exitValue(), log);
			assertTrue(log.contains("toycov: wrote "), log);
		}
		final File one = new File(tmp, "one"), merged = new File(tmp, "merged");
		final Launch single = Launch.run(null, "--headless", "--run",
			"Toy Experiments", "toys=" + 3 * N + ",seed=11,output_dir=[" + one + "]");
		assertEquals(0, single.status, single.err);
		final Launch merge = Launch.run(null, "--headless", "--run", "Merge Toys",
			"summaries=[" + shards + "/*.toys],output_dir=[" + merged + "]");
		assertEquals(0, merge.status, merge.err);
		// every scalar Toy Experiments prints, the same line in the merge's output
		final List<String> lines = Arrays.asList(single.out.split("\n"));
		assertEquals(9, lines.size(), single.out);
		for (final String l : lines)
			assertTrue(merge.out.contains(l + "\n"), l + " not in\n" + merge.out);
		assertTrue(merge.out.contains("toys = " + 3 * N + "\n"), merge.out);
		for (final String csv : new String[] { "slice_histogram.csv",
			"toy_histogram_2d.csv", "toy_chi2_histogram.csv", "toy_moments.csv" })
			assertArrayEquals(Files.readAllBytes(new File(one, csv).toPath()), Files
				.readAllBytes(new File(merged, csv).toPath()), csv);
	}
}
