package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real ImageJ 1 interpreter runs ToyCov macros in batch mode, headless:
 * {@code run("Chi2 Scan", "...")} goes through {@code IJ.run} to
 * {@link ToyCovPlugIn}, which creates its SciJava context as it would in a
 * plain ImageJ.
 */
class MacroTest {

	@BeforeAll
	static void setUp() throws Exception {
		ImageJ1.installCommands();
	}

	@AfterAll
	static void tearDown() {
		ToyCovContext.dispose();
	}

	/** scripts/toycov_chain.ijm checks the seed's numbers itself. */
	@Test
	void chainMacroReproducesTheSeed() throws Exception {
		final String[] result = new String[1];
		final String out = ImageJ1.stdout(() -> result[0] = IJ.runMacro(ImageJ1
			.read("scripts/toycov_chain.ijm")));
		assertEquals("toycov-chain: ok", result[0], out);
		assertTrue(out.contains("chi2_scan chi2[45] = 0.497516556"), out);
	}

	@Test
	void boundsErrorIsOneLineAndStopsTheMacro() throws Exception {
		final String out = ImageJ1.stdout(() -> IJ.runMacro(
			"run(\"Covariance\", \"xsec_corr=1.5\");\nprint(\"NOT REACHED\");\n"));
		assertTrue(out.contains(
			"Covariance: xsec_corr must be within [-1, 1], got 1.5\n"), out);
		assertFalse(out.contains("NOT REACHED"), out);
		assertFalse(out.contains("Exception"), out);
	}

	@Test
	void unknownKeyIsOneLineAndStopsTheMacro() throws Exception {
		final String out = ImageJ1.stdout(() -> IJ.runMacro(
			"run(\"Chi2 Scan\", \"mu_obs=9000 bogus=3\");\nprint(\"NOT REACHED\");\n"));
		assertTrue(out.contains("Chi2 Scan: unknown key bogus for \"Chi2 Scan\" (keys: model, mu_exp"), out);
		assertFalse(out.contains("NOT REACHED"), out);
		assertFalse(out.contains("Exception"), out);
	}

	/** Headless, no dialog can open: run("Covariance") keeps the defaults. */
	@Test
	void withoutOptionsHeadlessKeepsTheDefaults() throws Exception {
		final String r = IJ.runMacro("run(\"Covariance\");\n" +
			"return call(\"org.toycov.ij.Macros.scalar\", \"ndf\");");
		assertEquals("2", r);
	}

	@Test
	void headlessMacroReadsTablesThroughCall() throws Exception {
		final String r = IJ.runMacro("run(\"Chi2 Scan\", \"e_obs_min=90 e_obs_max=100\");\n" +
			"return call(\"org.toycov.ij.Macros.get\", \"chi2_scan\", \"e_obs\", \"5\") + \" \" +" +
			" call(\"org.toycov.ij.Macros.scalar\", \"command\") + \" \" +" +
			" call(\"org.toycov.ij.Macros.rows\", \"chi2_scan\");");
		assertEquals("95 Chi2 Scan 10", r);
	}

	@Test
	void misspelledNamesStopTheMacro() throws Exception {
		final String[][] cases = {
			{ "call(\"org.toycov.ij.Macros.scalar\", \"bogus\")", "Macros.scalar: the latest command has no scalar \"bogus\" (scalars: " },
			{ "call(\"org.toycov.ij.Macros.get\", \"chi2_scan\", \"nocol\", \"0\")", "Macros.get: table chi2_scan has no column \"nocol\" (columns: e_obs, " },
			{ "call(\"org.toycov.ij.Macros.get\", \"chi2_scan\", \"chi2\", \"10\")", "Macros.get: row \"10\" is not a row of chi2_scan (rows 0 to 9)" },
			{ "call(\"org.toycov.ij.Macros.get\", \"chi2_scna\", \"chi2\", \"0\")", "Macros.get: no ToyCov table \"chi2_scna\" is open" } };
		for (final String[] c : cases) {
			final String out = ImageJ1.stdout(() -> IJ.runMacro("run(\"Chi2 Scan\", \"e_obs_min=90 e_obs_max=100\");\n" +
				"x = " + c[0] + ";\nprint(\"NOT REACHED\");\n"));
			assertTrue(out.contains(c[1]), out);
			assertFalse(out.contains("NOT REACHED"), out);
			assertFalse(out.contains("Exception"), out);
		}
	}
}
