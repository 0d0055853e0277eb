package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/toycov} with no command, in-process: its MiniBooNE step. */
class MainJobMiniBooNETest {

	@TempDir
	File tmp;

	@Test
	void mainJobPrintsMiniBooNENumbersBesideSourceMd() throws Exception {
		final ByteArrayOutputStream o = new ByteArrayOutputStream();
		final int status = new ToyCovMain(new PrintStream(o, true), new PrintStream(
			new ByteArrayOutputStream(), true)).execute(new String[] { "--toys", "2000", "--out",
				tmp.getPath() });
		final String out = new String(o.toByteArray(), StandardCharsets.UTF_8);
		assertEquals(0, status, out);
		// sample-data/miniboone-2018/SOURCE.md, computed with numpy
		assertTrue(out.contains("excess = 368.43   (SOURCE.md: 368.43)"), out);
		assertTrue(out.contains("excess_sys_error = 176.88   (SOURCE.md: 176.88)"),
			out);
		assertTrue(out.contains("excess_stat_error = 39.88   (SOURCE.md: 39.88)"),
			out);
		assertTrue(out.contains(
			"constrained_prediction = 1609.87   (SOURCE.md: 1609.87)"), out);
		assertTrue(out.contains("constrained_excess = 349.13   (SOURCE.md: 349.13)"),
			out);
		assertTrue(out.contains(
			"constrained_excess_error = 97.09   (SOURCE.md: 97.09)"), out);
		assertTrue(out.contains("chi2 = 20.491   (SOURCE.md: 20.491)"), out);
		final File dir = new File(tmp, "8-miniboone");
		for (final String f : new String[] { "constraint.csv",
			"constrained_covariance_sys.csv", "constraint.png", "components.png",
			"miniboone_excess.csv" })
			assertTrue(new File(dir, f).isFile(), f);
		final List<String> csv = Files.readAllLines(new File(dir,
			"constraint.csv").toPath());
		assertTrue(csv.get(0).startsWith("bin,low,high,observed"), csv.get(0));
		assertTrue(csv.get(1).startsWith("nue_0,200,300,497,"), csv.get(1));
	}
}
