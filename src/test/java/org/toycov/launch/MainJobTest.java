package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/toycov} with no command: the walk-through is all or nothing, as
 * a single run, and section 1 prints the seed's numbers in the seed's order.
 */
class MainJobTest {

	@TempDir
	File tmp;

	/** A folder from an earlier run: an old step folder and a file of the user's. */
	private File earlierRun() throws IOException {
		final File dir = new File(tmp, "out");
		assertTrue(new File(dir, "1-stat-only").mkdirs());
		Files.write(new File(dir, "1-stat-only/old.csv").toPath(), "old\n"
			.getBytes(StandardCharsets.UTF_8));
		Files.write(new File(dir, "keep.txt").toPath(), "mine\n".getBytes(
			StandardCharsets.UTF_8));
		return dir;
	}

	private static List<String> tree(final File dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir.toPath())) {
			return s.map(p -> dir.toPath().relativize(p).toString()).sorted().collect(
				Collectors.toList());
		}
	}

	@Test
	void ctrlCDuringTheToysLeavesTheEarlierRunAsItWas() throws Exception {
		final File dir = earlierRun();
		final List<String> before = tree(dir);
		final File errFile = new File(tmp, "stderr.txt");
		final String java = System.getProperty("java.home") + "/bin/java";
		final Process p = new ProcessBuilder(java, "-Djava.awt.headless=true",
			"-cp", System.getProperty("java.class.path"), ToyCovMain.class.getName(),
			"--toys", "1e9", "--out", dir.getPath()).redirectError(errFile).start();
		// NB: sections 1-5 have written their tables and figures (staged) when
		// section 6 starts its toys
		final BufferedReader o = new BufferedReader(new InputStreamReader(p
			.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = o.readLine()) != null && !line.startsWith("== 6."))
			continue;
		assertTrue(line != null, "section 6 never started: " + new String(Files
			.readAllBytes(errFile.toPath()), StandardCharsets.UTF_8));
		Thread.sleep(500);
		new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start()
			.waitFor();
		assertTrue(p.waitFor(20, TimeUnit.SECONDS));
		assertEquals(130, p.exitValue());
		final List<String> err = Files.readAllLines(errFile.toPath());
		assertEquals("toycov: interrupted; no output written", err.get(err.size() -
			1));
		// nothing new, nothing hidden, the earlier run's files untouched
		assertEquals(before, tree(dir));
		assertEquals("old", Files.readAllLines(new File(dir, "1-stat-only/old.csv")
			.toPath()).get(0));
	}

	@Test
	void aFinishedWalkThroughReplacesEachStepFolderWhole() throws Exception {
		final File dir = earlierRun();
		final Launch l = Launch.run(null, "--toys", "2000", "--out", dir.getPath());
		assertEquals(0, l.status, l.err);
		// the step folder is this run's only; the user's file stays
		assertFalse(new File(dir, "1-stat-only/old.csv").exists());
		assertTrue(new File(dir, "1-stat-only/covariance.csv").isFile());
		assertTrue(new File(dir, "keep.txt").isFile());
		assertTrue(new File(dir, "seed-cell07.png").isFile());
		for (final String f : tree(dir))
			assertFalse(f.startsWith(".") || f.contains("/."), f);
		assertTrue(l.out.contains("figure: " + new File(dir, "seed-cell07.png")
			.getPath() + "\n"), l.out);
		assertTrue(l.out.endsWith("Done: tables in " + dir.getPath() + "/\n"),
			l.out);
		// seed cell 6 prints n_e=100/n_mu=10000, 110/10000, then 110/10100
		final int a = l.out.indexOf("chi2 at n_e=100, n_mu=10000: chi2 = 0   " +
			"(seed printed 0.000000)");
		final int b = l.out.indexOf("chi2 at n_e=110, n_mu=10000: chi2 = 1   " +
			"(seed printed 1.000000)");
		final int c = l.out.indexOf("chi2 at n_e=110, n_mu=10100: chi2 = 2   " +
			"(seed printed 2.000000)");
		assertTrue(a > 0 && a < b && b < c, l.out);
	}
}
