package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interpretation commands from an ImageJ 1 macro, headless: run(...) then the tables. */
class InterpretationMacroTest {

	@BeforeAll
	static void setUp() throws Exception {
		ImageJ1.installCommands();
	}

	@AfterAll
	static void tearDown() {
		ToyCovContext.dispose();
	}

	@Test
	void feldmanCousinsLevelsAreScalarsAndColumns() throws Exception {
		final String r = IJ.runMacro("run(\"Feldman Cousins\", \"model=" +
			"[sample-data/binned-signal.json] cl=[0.683 0.9] x_max=1 x_step=0.25 " +
			"toys=2000 seed=3 show_charts=false\");\n" +
			"return call(\"org.toycov.ij.Macros.scalar\", \"x_upper_90\") + \" \" + " +
			"call(\"org.toycov.ij.Macros.get\", \"fc_belt\", \"critical_delta_chi2_68_3\", \"0\") + \" \" + " +
			"call(\"org.toycov.ij.Macros.rows\", \"fc_belt\");");
		final String[] parts = r.split(" ");
		assertEquals(3, parts.length, r);
		// the data's 90% interval reaches beyond x_max = 1 (Signal Fit: x_upper_2sigma = 1.95)
		assertTrue(Double.isNaN(Double.parseDouble(parts[0])) || Double.parseDouble(
			parts[0]) > 0.89, r);
		final double crit = Double.parseDouble(parts[1]);
		assertTrue(crit > 0.2 && crit < 2, r);
		assertEquals("5", parts[2], r);
	}

	@Test
	void signalFitScalarAndBadLevelStopTheMacro() throws Exception {
		final String r = IJ.runMacro("run(\"Signal Fit\", \"model=" +
			"[sample-data/binned-signal.json] show_charts=false\");\n" +
			"return call(\"org.toycov.ij.Macros.scalar\", \"x_best\");");
		// bench/interpretation_commands_numpy.py
		assertEquals(0.8944871967774513, Double.parseDouble(r), 1e-6);
		final String out = ImageJ1.stdout(() -> IJ.runMacro("run(\"Feldman Cousins\", " +
			"\"model=[sample-data/binned-signal.json] cl=1.5\");\nprint(\"NOT REACHED\");\n"));
		assertTrue(out.contains("Feldman Cousins: cl must be within (0, 1), got 1.5\n"),
			out);
		assertFalse(out.contains("NOT REACHED"), out);
	}

	@Test
	void aScalarTheRunCouldNotGiveIsNaN() throws Exception {
		// 500 toys per strength: the +2 sigma expected significance lies beyond every toy (a warning, no value)
		final String r = IJ.runMacro("run(\"Hypothesis Test\", \"model=" +
			"[sample-data/binned-signal.json] toys=500 show_charts=false\");\n" +
			"return call(\"org.toycov.ij.Macros.scalar\", \"median_significance_plus_2sigma\") + \" \" + " +
			"call(\"org.toycov.ij.Macros.scalar\", \"median_significance_minus_2sigma\");");
		final String[] parts = r.split(" ");
		assertEquals("NaN", parts[0], r);
		assertTrue(Double.parseDouble(parts[1]) > 0, r);
	}
}
