package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;
import org.toycov.commands.ModelCommand;

/**
 * A command line that never loses work: failures are one line with the right
 * status, and a failed, blocked or interrupted run leaves nothing new behind.
 */
class LauncherFailuresTest {

	@TempDir
	File tmp;

	private String out;
	private String err;

	private int run(final String... args) {
		final Launch l = Launch.run(new File(tmp, "spill"), args);
		out = l.out;
		err = l.err;
		return l.status;
	}

	/** A test-only command with a bug: it throws what no input explains. */
	@Plugin(type = Command.class, label = "ToyCov Failing Test")
	public static class Failing extends ModelCommand {

		@Override
		protected void execute() {
			throw new IllegalStateException("a bug\nwith a second line");
		}

		@Override
		public java.util.List<String> outputNames() {
			return java.util.Collections.emptyList();
		}
	}

	@Test
	void anUnexpectedExceptionIsOneLineAndStatusTwo() {
		assertEquals(2, run("--run", "ToyCov Failing Test"));
		assertEquals("toycov: internal error in \"ToyCov Failing Test\": " +
			"IllegalStateException: a bug (rerun with TOYCOV_DEBUG=1 for the " +
			"stack trace)\n", err);
		assertEquals("", out);
	}

	@Test
	void aHugeObservedCountIsOneLine() {
		// NB: 1e308 overflows the chi-square; whatever the reason given, it is
		// one line and no number
		assertNotEquals(0, run("--run", "Covariance", "e_obs=1e308"));
		assertEquals(1, err.split("\n").length, err);
		assertTrue(err.startsWith("toycov: "), err);
		assertFalse(out.contains("chi2 ="), out);
	}

	@Test
	void aFolderInTheWayOfTheSecondTableLeavesNoFirstTable() throws Exception {
		final File dir = new File(tmp, "out");
		assertTrue(new File(dir, "covariance_sys.csv").mkdirs());
		assertEquals(1, run("--run", "Covariance", "output_dir=[" + dir + "]"));
		assertEquals("toycov: error: output_dir: " + new File(dir,
			"covariance_sys.csv").getAbsolutePath() + " is in the way: it is a " +
			"folder, not a file (move it away or choose another output_dir)\n", err);
		// nothing new: neither the first table, nor a temporary file
		assertEquals(Arrays.asList("covariance_sys.csv"), Arrays.asList(dir
			.list()));
		assertEquals(0, new File(dir, "covariance_sys.csv").list().length);
	}

	@Test
	void aFileAsOutputDirIsAnErrorBeforeTheToys() throws Exception {
		final File f = new File(tmp, "f");
		Files.write(f.toPath(), new byte[0]);
		assertEquals(1, run("--run", "Toy Experiments", "toys=1e12,output_dir=[" +
			f + "]"));
		assertEquals("toycov: error: output_dir: " + f + " is a file, not a " +
			"folder\n", err);
	}

	@Test
	void aBigTableGoesToAFileWithAWroteLine() throws Exception {
		// 72 x 100 bins of the 2D histogram (7200 rows): far more than a screenful
		assertEquals(0, run("--run", "Toy Experiments", "toys=1000,threads=1"));
		assertFalse(out.contains("# toy_histogram_2d"), out);
		final File csv = new File(new File(tmp, "spill"), "toy_histogram_2d.csv");
		assertTrue(err.contains("toycov: wrote " + csv.getAbsolutePath() + "\n"),
			err);
		final java.util.List<String> lines = Files.readAllLines(csv.toPath());
		assertEquals("e_obs,mu_obs,count", lines.get(0));
		assertTrue(lines.size() > 51, "" + lines.size());
		// the counts are all the toys the grid holds
		long sum = 0;
		for (final String l : lines.subList(1, lines.size()))
			sum += Long.parseLong(l.split(",")[2]);
		assertTrue(sum > 990 && sum <= 1000, "" + sum);
		// small tables are still printed
		assertTrue(out.contains("# toy_moments\nbin,expected,"), out);
	}

	@Test
	void aConstraintWithoutObservedCountsSaysWhereToGiveThem() throws Exception {
		final File f = new File(tmp, "noobs.json");
		Files.write(f.toPath(), ("{\"channels\": [{\"name\": \"e\", " +
			"\"expected\": 100}, {\"name\": \"mu\", \"expected\": 10000}]}")
				.getBytes(StandardCharsets.UTF_8));
		assertEquals(1, run("--run", "Constraint", "model=[" + f + "]"));
		assertEquals("toycov: error: Constraint needs the observed counts of the " +
			"constraining channels: give a model file with \"observed\" counts for " +
			"every channel\n", err);
	}

	@Test
	void toysAndOutAreForTheWalkThroughOnly() {
		assertEquals(1, run("--toys", "1e6", "--run", "Covariance"));
		assertTrue(err.startsWith("toycov: error: --toys is for the walk-through"),
			err);
		assertEquals(1, run("--run", "Toy Experiments", "toys=1e20"));
		assertEquals("toycov: error: toys must be within [1, 1000000000000000], " +
			"got 1e20\n", err);
	}

	@Test
	void aMinimumOnTheGridsEdgeIsAWarning() {
		// the exact minimum is at 100 - 1e4 / 2.01e6 * 1000 = 95.02: below the grid
		assertEquals(0, run("--run", "Chi2 Scan", "e_obs_min=96,e_obs_max=120"));
		assertTrue(out.contains("obs_at_min = 96\n"), out);
		assertTrue(err.startsWith("toycov: warning: the lowest chi2 of the grid " +
			"is at its first point, e_obs = 96: the minimum may lie below " +
			"e_obs_min (obs_best = 95.02487562189054)\n"), err);
		assertEquals(1, err.split("warning").length - 1, err);
		// inside the grid: no warning
		assertEquals(0, run("--run", "Chi2 Scan", "e_obs_min=90,e_obs_max=120"));
		assertFalse(err.contains("warning"), err);
	}

	@Test
	void threadsAboveTheCoresAreCappedWithOneWarning() {
		assertEquals(0, run("--run", "Toy Experiments", "toys=1000,threads=1024"));
		final int cores = Runtime.getRuntime().availableProcessors();
		assertTrue(err.contains("toycov: warning: threads=1024 is more than the " +
			cores + " available cores; using " + cores), err);
	}

	@Test
	void ctrlCStopsTheToysAndLeavesNothing() throws Exception {
		final File dir = new File(tmp, "out");
		assertTrue(dir.mkdir());
		final String java = System.getProperty("java.home") + "/bin/java";
		final Process p = new ProcessBuilder(java, "-Djava.awt.headless=true",
			"-cp", System.getProperty("java.class.path"), ToyCovMain.class.getName(),
			"--run", "Toy Experiments", "toys=1e9,threads=1,output_dir=[" + dir +
				"],save_toys=[" + new File(dir, "toys.npy") + "]").redirectErrorStream(
					false).start();
		// NB: wait for the first progress line: the toys are being thrown
		final java.io.BufferedReader e = new java.io.BufferedReader(
			new java.io.InputStreamReader(p.getErrorStream(),
				StandardCharsets.UTF_8));
		final String first = e.readLine();
		assertTrue(first != null && first.startsWith("toycov: Toy Experiments:"),
			first);
		Thread.sleep(300);
		// a staged .npy exists now, in a hidden folder of the output folder
		assertEquals(1, dir.list().length, Arrays.toString(dir.list()));
		final long t0 = System.nanoTime();
		new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start()
			.waitFor();
		assertTrue(p.waitFor(20, TimeUnit.SECONDS));
		final double seconds = (System.nanoTime() - t0) * 1e-9;
		assertEquals(130, p.exitValue());
		String last = null, line;
		while ((line = e.readLine()) != null)
			if (!line.startsWith("toycov: Toy Experiments:")) last = last == null
				? line : last + "\n" + line;
		assertEquals("toycov: interrupted; no output written", last);
		assertEquals(0, dir.list().length, "no new or temporary file: " + Arrays
			.toString(dir.list()));
		assertTrue(seconds < 5, seconds + " s");
	}

	@Test
	void anOptionGivenTwiceIsAnError() {
		assertEquals(1, run("--toys", "1e3", "--toys", "1e4"));
		assertEquals("toycov: error: --toys is given twice; give it once\n", err);
		assertEquals("", out);
		assertEquals(1, run("--help", "-h"));
		assertEquals("toycov: error: -h is given twice; give it once\n", err);
	}

	@Test
	void firstToyPlusToysOverflowingSaysSoWithTheTypedValue() {
		// 4611686018427387000 + 100000 > 2^62 = 4611686018427387904; both
		// values as typed (toys=1e5, not 100000: Inputs.asTyped)
		assertEquals(1, run("--run", "Toy Experiments",
			"toys=1e5 first_toy=4611686018427387000"));
		assertEquals("toycov: error: first_toy + toys must be at most " +
			"4611686018427387904 (2^62, the index after the last toy), got " +
			"first_toy=4611686018427387000 and toys=1e5\n", err);
		assertEquals("", out);
		// 2^63 does not fit a long: quoted as typed, not cut to 9223372036854775807
		assertEquals(1, run("--run", "Toy Experiments",
			"toys=1e5 first_toy=9223372036854775808"));
		assertEquals("toycov: error: first_toy must be a whole number of at most " +
			"9223372036854775807, got 9223372036854775808\n", err);
	}

	@Test
	void saveToysTooLargeForTheDiskIsOneLineBeforeAnyToy() throws Exception {
		final File npy = new File(tmp, "b.npy");
		final long t0 = System.nanoTime();
		// 1e15 toys x 2 channels x 4 bytes = 8e15 bytes = 8 PB
		assertEquals(1, run("--run", "Toy Experiments", "toys=1e15 save_toys=[" +
			npy + "]"));
		assertTrue((System.nanoTime() - t0) * 1e-9 < 30, "no toy was thrown");
		assertTrue(err.matches("toycov: error: save_toys: toys=1000000000000000 " +
			"x 2 channels x 4 bytes = 8.0 PB does not fit in the [0-9.]+ [kMGT]?B " +
			"free in " + java.util.regex.Pattern.quote(tmp.getAbsolutePath()) +
			" \\(fewer toys, or save_toys in another folder\\)\n"), err);
		assertEquals(Arrays.asList("spill").size() - 1, tmp.list().length, Arrays
			.toString(tmp.list()));
	}

	@Test
	void aOnePointGridWarnsItsMinimumIsOnItsEdge() {
		// e_obs_step=200 on [50, 150]: the grid is {50}; the minimum is 95.02
		assertEquals(0, run("--run", "Chi2 Scan", "e_obs_step=200"));
		assertTrue(out.contains("obs_at_min = 50\n"), out);
		assertTrue(err.startsWith("toycov: warning: the grid has one point, " +
			"e_obs = 50 (e_obs_step is wider than e_obs_max - e_obs_min): its " +
			"lowest chi2 is on its edge, and the minimum may lie elsewhere " +
			"(obs_best = 95.02487562189054)\n"), err);
	}

	@Test
	void oneToyHasNoBinomialError() {
		assertEquals(0, run("--run", "Toy Experiments", "toys=1"));
		assertTrue(out.contains("toy_p_value = "), out);
		assertFalse(out.contains("toy_p_value_error"), out);
		// two toys have one
		assertEquals(0, run("--run", "Toy Experiments", "toys=2"));
		assertTrue(out.contains("toy_p_value_error = "), out);
	}

	@Test
	void theExplorerSaysWhatItWrote() {
		final File dir = new File(tmp, "ex");
		assertEquals(0, run("--run", "Chi2 Explorer", "output_dir=[" + dir + "]"));
		assertEquals("toycov: wrote " + new File(dir, "chi2_explorer.png")
			.getAbsolutePath() + " and .svg\n", err);
	}

	@Test
	void aFileAsOutIsAnErrorBeforeAnyOutput() throws Exception {
		final File f = new File(tmp, "file.txt");
		Files.write(f.toPath(), new byte[0]);
		assertEquals(1, run("--out", f.getPath()));
		assertEquals("toycov: error: --out: " + f.getPath() + " is a file, not a " +
			"folder\n", err);
		assertEquals("", out);
	}

	@Test
	void anUnwritableDefaultFolderIsNamedWithHowToChooseAnother() throws Exception {
		// NB: a file where the folder's parent should be (root ignores permissions)
		final File f = new File(tmp, "f");
		Files.write(f.toPath(), new byte[0]);
		final File spill = new File(f, "toycov-out");
		final Launch l = Launch.run(spill, "--run", "Chi2 Scan");
		assertEquals(1, l.status);
		assertEquals("toycov: error: cannot write " + new File(spill,
			"chi2_scan.csv") + ": " + f.getAbsolutePath() + " is a file, not a " +
			"folder; without output_dir, large tables go to " + spill + "/: give " +
			"output_dir=DIR to write them elsewhere\n", l.err);
	}

	@Test
	void aToyRunChecksTheDefaultFolderBeforeAnyToy() throws Exception {
		// NB: 1e12 toys would run for hours if the folder were checked at the end
		final File f = new File(tmp, "f");
		Files.write(f.toPath(), new byte[0]);
		final File spill = new File(f, "toycov-out");
		final Launch l = Launch.run(spill, "--run", "Toy Experiments", "toys=1e12");
		assertEquals(1, l.status);
		assertTrue(l.err.startsWith("toycov: error: cannot create " + spill + " ("),
			l.err);
		assertTrue(l.err.endsWith("; without output_dir, large tables go to " +
			spill + "/: give output_dir=DIR to write them elsewhere\n"), l.err);
	}

	@Test
	void aFolderInTheWayOfAWalkThroughFigureIsKept() throws Exception {
		final File dir = new File(tmp, "wc");
		final File inTheWay = new File(dir, "seed-cell16.png");
		assertTrue(inTheWay.mkdirs());
		final File precious = new File(inTheWay, "data.txt");
		Files.write(precious.toPath(), "precious".getBytes(
			java.nio.charset.StandardCharsets.UTF_8));
		assertEquals(1, run("--toys", "1e3", "--out", dir.getPath()));
		assertEquals("toycov: error: --out: " + inTheWay.getPath() + " is in the " +
			"way: it is a folder, not a file (move it away or choose another --out)\n",
			err);
		assertEquals("precious", new String(Files.readAllBytes(precious.toPath()),
			java.nio.charset.StandardCharsets.UTF_8));
		assertEquals(1, dir.list().length, "nothing else written");
	}

	@Test
	void aFileInTheWayOfAStepFolderIsAnErrorBeforeTheFirstStep() throws Exception {
		// NB: each step's folder, the first, one in the middle and the last two
		for (final String step : new String[] { "1-stat-only", "7-toy-experiments",
			"8-miniboone", "9-interpretation" })
		{
			final File dir = new File(tmp, "steps-" + step);
			assertTrue(dir.mkdirs());
			final File inTheWay = new File(dir, step);
			Files.write(inTheWay.toPath(), "mine".getBytes(
				java.nio.charset.StandardCharsets.UTF_8));
			assertEquals(1, run("--toys", "1e3", "--out", dir.getPath()), step);
			assertEquals("toycov: error: --out: " + inTheWay.getPath() + " is in " +
				"the way: it is a file, not a folder (move it away or choose " +
				"another --out)\n", err, step);
			assertEquals("", out, "no step ran: " + step);
			assertEquals("mine", new String(Files.readAllBytes(inTheWay.toPath()),
				java.nio.charset.StandardCharsets.UTF_8));
			assertEquals(1, dir.list().length, "nothing else written");
		}
	}
}
