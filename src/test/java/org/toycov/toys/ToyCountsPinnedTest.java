package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A toy's counts must not change when the engine gets faster (issue 13: "without changing
 * any toy's counts"): the SHA-256 of every counter of two fixed runs (the 2-channel loop,
 * and the N-channel loop on 3 channels), recorded with the engine of commit 0003c11, before
 * the speed work. A change here means toys changed: bump ToySummaryFile.ENGINE and say why.
 */
class ToyCountsPinnedTest {

	/** SHA-256 of the counter lines (negative_count .. chi2_at_least) of the summary file. */
	static String counters(final ToyConfig c) {
		final String text = ToySummaryFile.format(c, new ToyEngine().run(c, null));
		final String body = text.substring(text.indexOf("\nnegative_count = ") + 1, text.lastIndexOf("\nsha256 = ") + 1);
		return ToySummaryFile.sha256(body);
	}

	@Test
	void twoChannels() {
		for (final boolean full : new boolean[] { true, false }) {
			final ToyConfig c = ToyEngineTest.seedScenario(false).toys(3L * ToyEngine.BLOCK + 1001).firstToy(12_345).seed(42)
				.chi2Observed(2).fullSummaries(full).threads(2).build();
			assertEquals(full ? "873980d312520bbb7a70230ae4fe23acb9e8d650a3e5e7aa43de781f186a3b89" : "0092433daabeaa7387c760b578ec361bf5569e0eca53f6e8c24c05cf59537606", counters(c), "full=" + full);
		}
		// Redraws and small means (multiplication method): channel 0 negative in 16% of throws.
		final ToyConfig r = ToyConfig.builder().mean(5, 100).sysCov(new double[][] { { 25, 0 }, { 0, 100 } }).toys(100_000).seed(3)
			.negative(NegativePolicy.REDRAW).fullSummaries(true).threads(2).build();
		assertEquals("38ca5c2890f334d95d2b836010729eeccd299a9b6a457753b8d45ebf4e61b5b5", counters(r));
	}

	@Test
	void threeChannels() {
		final double[][] sys = { { 25, 30, 50 }, { 30, 400, 300 }, { 50, 300, 2500 } };
		final double[] mean = { 5, 200, 1000 };
		for (final boolean full : new boolean[] { true, false }) {
			final ToyConfig c = ToyConfig.builder().mean(mean).sysCov(sys).toys(2L * ToyEngine.BLOCK + 77).seed(9).threads(2)
				.sliceChannel(2).chi2(mean, new double[][] { { 0.02, 0, 0 }, { 0, 0.001, 0 }, { 0, 0, 0.0003 } }, 3)
				.fullSummaries(full).build();
			assertEquals(full ? "6cbfb23652808654340e10624bb7faf17bf99b80cba485f498c1deb86467da7a" : "e004c6cf86d4b07699fede221873e9e07675f3967c40709100c790e76603a34c", counters(c), "full=" + full);
		}
	}
}
