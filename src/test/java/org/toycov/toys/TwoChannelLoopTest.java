package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The 2-channel loop (state in registers, ziggurat and PTRS first attempts inline) against
 * the generic N-channel loop, which draws through the Commons RNG sampler and
 * {@link PoissonPtrs#sample}: the same summaries, counter for counter, on every draw path
 * (ziggurat edges, PTRS rejections, slice means below PTRS_MIN, negative means truncated
 * and redrawn, either channel sliced, a shard starting inside a block).
 */
class TwoChannelLoopTest {

	private static String run(final ToyConfig c, final boolean generic) {
		final BlockWorker w = new BlockWorker(c);
		w.forceGeneric = generic;
		final long first = c.firstToy(), end = first + c.toys();
		for (long b = first / ToyEngine.BLOCK; b * ToyEngine.BLOCK < end; b++) {
			w.runBlock(b, Math.max(first, b * ToyEngine.BLOCK), Math.min(end, (b + 1) * ToyEngine.BLOCK), null,
				new AtomicLong(Long.MAX_VALUE));
		}
		return ToySummaryFile.format(c, w.summary);
	}

	private static void check(final ToyConfig.Builder b) {
		for (final boolean full : new boolean[] { true, false }) {
			final ToyConfig c = b.fullSummaries(full).build();
			assertEquals(run(c, true), run(c, false), "full=" + full);
		}
	}

	@Test
	void seedStudy() {
		check(ToyEngineTest.seedScenario(false).toys(2L * ToyEngine.BLOCK + 333).firstToy(5000).seed(11).chi2Observed(2));
	}

	@Test
	void smallSliceMeanAndNegatives() {
		// Slice channel 0 at mean 4 (multiplication method), 25% of throws negative: truncated and redrawn.
		for (final NegativePolicy p : new NegativePolicy[] { NegativePolicy.TRUNCATE, NegativePolicy.REDRAW }) {
			check(ToyConfig.builder().mean(4, 60).sysCov(new double[][] { { 9, 6 }, { 6, 100 } }).toys(100_000).seed(5)
				.negative(p).sliceChannel(0).targetChannel(1).sliceCenter(4).sliceHalfwidth(1));
		}
	}

	@Test
	void sliceOnItsOwnTarget() {
		check(ToyConfig.builder().mean(30, 12).sysCov(new double[][] { { 9, 3 }, { 3, 4 } }).toys(80_000).seed(8)
			.sliceChannel(1).targetChannel(1).sliceCenter(12).sliceHalfwidth(2));
	}
}
