package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;

/**
 * Shards of Feldman-Cousins and hypothesis-test toys merge, in any order, into the same
 * counts as one run over their union, bit for bit (boundaries inside the toy blocks of
 * 1,024, different thread counts), and give the same critical values and p-values.
 */
class FeldmanCousinsCountsTest {

	private static final SignalFitGrid GRID = new SignalFitGrid(0, 2, 0.25);

	private static void sameCounts(final FeldmanCousinsCounts a, final FeldmanCousinsCounts b) {
		assertEquals(a.toys(), b.toys());
		assertEquals(a.toyRanges(), b.toyRanges());
		for (int g = 0; g < a.points(); g++) {
			assertArrayEquals(a.histogram(g), b.histogram(g), "grid point " + g);
			assertEquals(a.overflow(g), b.overflow(g));
		}
	}

	@Test
	void feldmanCousinsShardsMergeIntoTheSingleRun() {
		final SignalModel m = SignalFitTestModels.withSystematics();
		final FeldmanCousinsCounts one = FeldmanCousins.counts(m, GRID, 0, 5000, 7, 2, null);
		final FeldmanCousinsCounts a = FeldmanCousins.counts(m, GRID, 0, 1500, 7, 1, null);
		final FeldmanCousinsCounts b = FeldmanCousins.counts(m, GRID, 1500, 1500, 7, 2, null);
		final FeldmanCousinsCounts c = FeldmanCousins.counts(m, GRID, 3000, 2000, 7, 1, null);
		final FeldmanCousinsCounts merged = c.merge(a).merge(b);
		sameCounts(one, merged);
		sameCounts(one, a.merge(b.merge(c)));
		assertEquals("0..4999", merged.toyRanges());
		assertEquals(0, merged.missingToys());
		long total = 0;
		for (final long n : one.histogram(3)) total += n;
		assertEquals(5000, total + one.overflow(3));
		// the results read from them are the same to the bit, and the same as run()
		final double[] cl = { 0.683, 0.9 };
		final FeldmanCousinsResult r1 = FeldmanCousins.result(m, GRID, one, cl, 0);
		final FeldmanCousinsResult r2 = FeldmanCousins.result(m, GRID, merged, cl, 0);
		final FeldmanCousinsResult run = FeldmanCousins.run(m, GRID, new FeldmanCousinsConfig(5000, 7, 2, cl, 0),
			null);
		for (int l = 0; l < cl.length; l++) {
			assertArrayEquals(r1.criticalDeltaChi2(l), r2.criticalDeltaChi2(l), 0);
			assertArrayEquals(r1.criticalDeltaChi2(l), run.criticalDeltaChi2(l), 0);
			assertArrayEquals(r1.criticalError(l), r2.criticalError(l), 0);
		}
	}

	@Test
	void shardsThatDoNotMatchAreRefusedInOneLine() {
		final SignalModel m = SignalFitTestModels.withSystematics();
		final FeldmanCousinsCounts a = FeldmanCousins.counts(m, GRID, 0, 1500, 7, 1, null);
		assertEquals("the shards overlap: toys 1000..1499 are in both (give each shard its own first_toy .. " +
			"first_toy + toys - 1)", assertThrows(ModelException.class, () -> a.merge(FeldmanCousins.counts(m, GRID,
				1000, 600, 7, 1, null))).getMessage());
		assertEquals("the shards have different seeds, 7 and 8: they cannot be merged", assertThrows(
			ModelException.class, () -> a.merge(FeldmanCousins.counts(m, GRID, 1500, 100, 8, 1, null))).getMessage());
		assertThrows(ModelException.class, () -> a.merge(FeldmanCousins.counts(SignalFitTestModels.cnp(), GRID, 1500,
			100, 7, 1, null)));
		// NB: x_step=0.2, not 0.5: at 0.5 this model's fit misses by 0.056 and is refused before the merge
		assertTrue(assertThrows(ModelException.class, () -> a.merge(FeldmanCousins.counts(m, new SignalFitGrid(0, 2,
			0.2), 1500, 100, 7, 1, null))).getMessage().startsWith("the shards have different grids"));
		// a gap is allowed and counted
		final FeldmanCousinsCounts gap = a.merge(FeldmanCousins.counts(m, GRID, 2000, 500, 7, 1, null));
		assertEquals(500, gap.missingToys());
		assertEquals("0..1499, 2000..2499", gap.toyRanges());
		// too few toys for a level is checked on the merged total
		assertEquals("toys=1500 leave 1 toys beyond the critical value at cl=0.999; at least 10 are needed, so " +
			"toys >= 10000", assertThrows(ModelException.class, () -> FeldmanCousins.result(m, GRID, a, new double[] {
				0.999 }, 0)).getMessage());
	}

	@Test
	void hypothesisTestShardsMergeIntoTheSingleRun() {
		final SignalModel m = SignalFitTestModels.withSystematics();
		final HypothesisTestCounts one = HypothesisTest.counts(m, 0, 1, 0, 6000, 5, 2, null);
		final HypothesisTestCounts a = HypothesisTest.counts(m, 0, 1, 0, 2500, 5, 1, null);
		final HypothesisTestCounts b = HypothesisTest.counts(m, 0, 1, 2500, 3500, 5, 2, null);
		final HypothesisTestCounts merged = b.merge(a);
		for (int h = 0; h < 2; h++) assertArrayEquals(one.histogram(h), merged.histogram(h));
		assertEquals(one.atLeastDataUnderX0(), merged.atLeastDataUnderX0());
		assertEquals(one.atMostDataUnderX1(), merged.atMostDataUnderX1());
		final HypothesisTestResult r1 = HypothesisTest.result(one), r2 = HypothesisTest.result(merged);
		assertEquals(r1.pValueX0(), r2.pValueX0(), 0);
		assertEquals(r1.pValueX1(), r2.pValueX1(), 0);
		for (int k = -2; k <= 2; k++) assertEquals(r1.expectedSignificance(k), r2.expectedSignificance(k), 0);
		assertThrows(ModelException.class, () -> a.merge(HypothesisTest.counts(m, 0, 2, 2500, 500, 5, 1, null)));
		assertThrows(ModelException.class, () -> a.merge(HypothesisTest.counts(m.withObserved(new double[] { 1, 2, 3,
			4, 5, 6 }), 0, 1, 2500, 500, 5, 1, null)));
	}
}
