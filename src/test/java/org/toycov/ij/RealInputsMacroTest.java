package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunArguments;

/** Issue 11's inputs from an ImageJ 1 macro, headless, as Fiji runs them. */
class RealInputsMacroTest {

	@BeforeAll
	static void setUp() throws Exception {
		ImageJ1.installCommands();
	}

	@AfterAll
	static void tearDown() {
		ToyCovContext.dispose();
	}

	@Test
	void universeCovarianceTablesAreReadByTheMacro() {
		final String r = IJ.runMacro("run(\"Universe Covariance\", " +
			"\"central_value=sample-data/universes/central_value.csv " +
			"universes=[sample-data/universes/flux.csv,sample-data/universes/xsec.csv] " +
			"mode=multisim\");\n" +
			"return call(\"org.toycov.ij.Macros.get\", \"covariance\", \"nue_0\", \"1\") + \" \" +" +
			" call(\"org.toycov.ij.Macros.scalar\", \"universes_read\");");
		final String[] v = r.split(" ");
		// sample-data/universes/make_universes.py (numpy): covariance[1][0]
		assertEquals(296.34322845937066, Double.parseDouble(v[0]), 1e-9);
		assertEquals("300", v[1]);
	}

	/** The recorder brackets the list of files, so the recorded line runs again. */
	@Test
	void recordedUniversesListRunsAgain() {
		try (Context context = new Context()) {
			final CommandInfo info = new CommandRunner(context).find(
				"Universe Covariance");
			final Map<String, String> values = new HashMap<>();
			values.put("central_value", "cv.csv");
			values.put("universes", "flux.csv,xsec.csv");
			final String options = MacroOptions.format(info, values);
			assertTrue(options.contains("universes=[flux.csv,xsec.csv]"), options);
			assertEquals("flux.csv,xsec.csv", RunArguments.parse(options).get("universes"));
		}
	}

	@Test
	void constraintTakesStatFromTheMacro() {
		final String r = IJ.runMacro("run(\"Constraint\", " +
			"\"model=sample-data/miniboone-2018/miniboone-2018.json constrained=nue stat=cnp\");\n" +
			"return call(\"org.toycov.ij.Macros.scalar\", \"constrained_chi2\");");
		// README's MiniBooNE numbers (bench/numpy/miniboone.py): 18.307 with CNP
		assertEquals(18.307, Double.parseDouble(r), 5e-4);
	}

	@Test
	void universeFileOfTheWrongWidthIsOneLineAndStopsTheMacro() throws Exception {
		final String out = ImageJ1.stdout(() -> IJ.runMacro(
			"run(\"Universe Covariance\", \"central_value=sample-data/universes/central_value.csv " +
				"universes=sample-data/miniboone-2018/miniboone_numu.txt\");\nprint(\"NOT REACHED\");\n"));
		assertTrue(out.contains("Universe Covariance: universes file " +
			"sample-data/miniboone-2018/miniboone_numu.txt has 8 bins per row but " +
			"the central_value has 6\n"), out);
		assertFalse(out.contains("NOT REACHED"), out);
		assertFalse(out.contains("Exception"), out);
	}
}
