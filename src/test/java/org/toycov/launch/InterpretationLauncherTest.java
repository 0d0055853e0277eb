package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interpretation commands from {@code bin/toycov --run}, in-process. */
class InterpretationLauncherTest {

	private static final String SIGNAL = "model=sample-data/binned-signal.json";

	@TempDir
	File tmp;

	@Test
	void feldmanCousinsPrintsOneScalarLinePerLevelAndWritesItsFiles() {
		final Launch l = Launch.run(null, "--run", "Feldman Cousins", SIGNAL +
			" cl=[0.683 0.9] x_max=1 x_step=0.25 toys=2000 seed=5 output_dir=" + tmp
				.getPath());
		assertEquals(0, l.status, l.err);
		for (final String k : new String[] { "x_lower_68_3", "x_upper_68_3",
			"x_lower_90", "x_upper_90", "asimov_x_lower_90", "asimov_x_upper_90" })
			assertTrue(l.out.contains("\n" + k + " = ") || l.out.startsWith(k +
				" = "), k + " in " + l.out);
		for (final String f : new String[] { "fc_belt.csv", "fc_belt.png",
			"fc_belt.svg" })
			assertTrue(new File(tmp, f).isFile(), f);
		assertTrue(l.err.contains("toycov: Feldman Cousins: "), l.err);
	}

	@Test
	void signalFitPrintsTheFitAndTheCaveat() {
		final Launch l = Launch.run(null, "--run", "Signal Fit", SIGNAL);
		assertEquals(0, l.status, l.err);
		// bench/interpretation_commands_numpy.py: x_best = 0.8944871967774513
		assertTrue(l.out.contains("x_best = 0.89448719"), l.out);
		assertTrue(l.err.contains("toycov: warning: Wilks intervals assume"), l.err);
	}

	@Test
	void theSeedsKeysAreNeitherKeysNorHelpOfTheInterpretationCommands() {
		final Launch l = Launch.run(null, "--run", "Goodness of Fit", SIGNAL +
			" e_obs=3");
		assertEquals(1, l.status, l.err);
		assertTrue(l.err.startsWith("toycov: error: unknown key e_obs for " +
			"\"Goodness of Fit\" (keys: model, output_dir, show_charts, x, stat, " +
			"constrained)"), l.err);
		final Launch none = Launch.run(null, "--run", "Signal Fit", "x_max=2");
		assertEquals(1, none.status, none.err);
		assertEquals("toycov: error: model: give a model file whose components " +
			"mark the signal (\"signal\": true), e.g. sample-data/binned-signal.json;" +
			" \"Signal Fit\" has no seed model\n", none.err);
		final String help = Launch.run(null, "--help").out;
		for (final String title : new String[] { "Signal Fit", "Feldman Cousins",
			"Hypothesis Test", "Goodness of Fit", "Covariance" })
		{
			final int from = help.indexOf("Command \"" + title + "\"");
			final int to = help.indexOf("\nCommand \"", from + 1);
			final String section = help.substring(from, to < 0 ? help.length() : to);
			assertTrue(section.contains("\n  model "), section);
			assertEquals(title.equals("Covariance"), section.contains("\n  mu_exp "),
				section);
		}
	}

	@Test
	void badInputIsOneLineWithStatusOne() {
		final String[][] cases = { { "Feldman Cousins", "model=sample-data/binned.json",
			"no signal: mark one or more components" }, { "Feldman Cousins", SIGNAL +
				" x_min=0.5", "x_min must be 0" }, { "Feldman Cousins", SIGNAL +
					" cl=[0.9 1]", "cl must be within (0, 1), got 1" }, { "Feldman Cousins",
						SIGNAL + " cl=0.99 toys=100",
						"toys=100 leave 1 toys beyond the critical value at cl=0.99" }, {
							"Hypothesis Test", SIGNAL + " x0=1 x1=1", "x0 and x1 must differ" }, {
								"Hypothesis Test", SIGNAL + " negative=redraw save_summary=" + tmp.getPath() +
									"/ht.toys", "save_summary: the summaries of this command are of " +
										"negative=truncate toys, got negative=redraw" } };
		for (final String[] c : cases) {
			final Launch l = Launch.run(null, "--run", c[0], c[1] + " output_dir=" +
				tmp.getPath());
			assertEquals(1, l.status, l.err);
			assertTrue(l.err.startsWith("toycov: error: " + c[2]), l.err);
			assertEquals(1, l.err.split("\n").length, l.err);
			assertEquals(0, tmp.list().length, "nothing written");
		}
	}

	@Test
	void aGridThatStopsBeforeTheDataSaysSo() {
		// the best fit of the bundled example, from bench/interpretation_commands_numpy.py
		// (x_best 0.8944871967774513), lies beyond a grid that stops at 0.4
		Launch l = Launch.run(null, "--run", "Signal Fit", SIGNAL +
			" x_max=0.4 x_step=0.1");
		assertEquals(0, l.status, l.err);
		final java.util.regex.Matcher best = java.util.regex.Pattern.compile(
			"toycov: warning: x_best = (\\S+) lies beyond the grid \\(x_max = 0\\.4\\)")
			.matcher(l.err);
		assertTrue(best.find(), l.err);
		assertEquals(0.8944871967774513, Double.parseDouble(best.group(1)), 1e-6);
		l = Launch.run(null, "--run", "Feldman Cousins", SIGNAL +
			" x_max=0.4 x_step=0.1 toys=300");
		assertEquals(0, l.status, l.err);
		assertTrue(l.out.contains("x_lower_68_3 = NaN\nx_upper_68_3 = NaN"), l.out);
		assertTrue(l.err.contains("toycov: warning: the data's interval reaches or " +
			"lies beyond the grid's end (x_max = 0.4)"), l.err);
	}
}
