package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.toys.SummaryFile;

/**
 * Tune Comparison summaries of three shards merge into the study of one run over
 * their toys, bit for bit: both scenarios' slices, the curves, the constraint and the
 * density maps of the toys below 1e5 (the reference is the single run itself).
 */
class TuneComparisonSummaryFileTest {

	private static final long N = 40_000;

	@Test
	void threeShardsGiveTheSingleRunsStudyAndMaps() {
		final Model m = ToyStudiesTest.seed();
		final TuneComparison.Settings s = new TuneComparison.Settings(50, 150, 1, 10);
		final TuneComparison.Result one = TuneComparison.run(m, s, new ToyOptions(3 * N, 0, 9, 2, "truncate"), l -> null);
		final List<SummaryFile.Entries> shards = new ArrayList<>();
		for (int i = 2; i >= 0; i--) {
			final TuneComparison.Result r = TuneComparison.run(m, s, new ToyOptions(N, i * N, 9, 1 + i % 2, "truncate"),
				l -> null);
			if (i == 2) assertEquals(20_000, r.mapToys);
			shards.add(SummaryFile.parse(TuneComparisonSummaryFile.format(r), "shard-" + i));
		}
		final TuneComparison.Result merged = TuneComparisonSummaryFile.merge(shards, false).result();
		assertEquals(TuneComparisonSummaryFile.format(one), TuneComparisonSummaryFile.format(merged));
		assertEquals(100_000, merged.mapToys);
		assertEquals(one.originalMap, merged.originalMap);
		assertEquals(one.tunedMap, merged.tunedMap);
		assertEquals(one.originalSlice.mean, merged.originalSlice.mean);
		assertEquals(one.tunedSlice.variance, merged.tunedSlice.variance);
		assertArrayEquals(one.tunedScan.chi2(), merged.tunedScan.chi2());
		assertEquals(one.tunedScan.xBest(), merged.tunedScan.xBest());

		// a shard past the first 1e5 toys has no density map
		final TuneComparison.Result late = TuneComparison.run(m, s, new ToyOptions(1000, 200_000, 9, 1, "truncate"),
			l -> null);
		assertNull(late.originalMap);
		assertEquals(0, late.mapToys);
	}
}
