package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The 2-channel loop (state in registers, ziggurat and PTRS first attempts inline) against
 * the generic N-channel loop, which draws through the Commons RNG sampler and
 * {@link PoissonPtrs#sample}: the same summaries, counter for counter, on every draw path
 * (ziggurat edges, PTRS rejections, slice means below PTRS_MIN, negative means truncated
 * and redrawn, either channel sliced, a shard starting inside a block, toys outside the 2D
 * grid on every side and beyond the chi-square histogram).
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

	@Test
	void toysOutsideTheHistograms() {
		// A 2D grid that cuts both axes on both sides (edges at fractions of a count) and a chi-square histogram
		// up to 1.5: many toys fall outside either; the edges themselves are hit too (integer counts, 0.5 steps).
		final double[] mean = { 100, 400 };
		final double[][] w = { { 0.01, 0 }, { 0, 0.0025 } };
		final ToyConfig.Builder b = ToyConfig.builder().mean(mean).sysCov(new double[][] { { 25, 10 }, { 10, 400 } }).toys(70_000)
			.seed(4).sliceChannel(1).targetChannel(0).sliceCenter(400).sliceHalfwidth(5).chi2(mean, w, 1)
			.hist2dTarget(90.25, 110, 39).hist2dSlice(380, 420.5, 81).chi2Histogram(1.5, 7);
		check(b);
		final ToySummary s = new ToyEngine().run(b.fullSummaries(true).build(), null);
		org.junit.jupiter.api.Assertions.assertTrue(s.hist2dOutside > 10_000 && s.chi2Overflow > 10_000,
			s.hist2dOutside + " " + s.chi2Overflow);
	}

	@Test
	void branchFreeBinsAreTheCompares() {
		// binOf/outside against the tests they replace: f >= 0 && f < bins, bin (int) f.
		final double[] special = { 0.0, -0.0, -Double.MIN_VALUE, Double.MIN_VALUE, -1e-300, Math.nextDown(1.0), 1.0, -1.0,
			Math.nextDown(39.0), 39.0, Math.nextUp(39.0), 1e10, -1e10, 3e9, -3e9, Double.MAX_VALUE, -Double.MAX_VALUE,
			Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY };
		final org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus rng = new org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus(1, 2);
		for (int n = 0; n < 200_000 + special.length; n++) {
			final double f = n < special.length ? special[n] : (rng.nextDouble() - 0.3) * 60;
			for (final int bins : new int[] { 1, 7, 39, 1 << 20 }) {
				final boolean in = f >= 0 && f < bins;
				final int bin = BlockWorker.binOf(f);
				assertEquals(in ? 0 : 1, BlockWorker.outside(bin, bins), "f=" + f + " bins=" + bins);
				if (in) assertEquals((int) f, bin, "f=" + f);
				else assertEquals(f < 0 ? 1 : 0, bin >>> 31, "under, f=" + f);
			}
		}
	}
}
