package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.scijava.command.CommandInfo;
import org.toycov.frontend.CommandRunner;

/** The time line of a toy command's dialog. */
class TimeEstimateTest {

	@AfterAll
	static void tearDown() {
		ToyCovContext.dispose();
	}

	@Test
	void estimateScalesWithToysAndScenarios() {
		final CommandRunner runner = new CommandRunner(ToyCovContext.get());
		final CommandInfo toys = runner.find("Toy Experiments");
		final double rate = TimeEstimate.rate(1);
		// NB: a seed toy costs tens of ns on one core: 1e5 to 1e9 toys per second
		assertTrue(rate > 1e5 && rate < 1e9, "rate " + rate);
		final String line = TimeEstimate.text(toys, "1e8", "1");
		assertTrue(line.matches("About (\\d+ s|\\d+ min|under a second) for " +
			"100000000 toys on 1 thread \\(measured here\\); Cancel stops a run\\."),
			line);
		assertTrue(TimeEstimate.text(runner.find("Tune Comparison"), "1e8", "1")
			.contains("toys per scenario"));
		assertEquals("Time: give a number of toys.", TimeEstimate.text(toys, "many",
			"0"));
	}
}
