package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.model.ModelFile;

/**
 * The toys' fit on a coarse grid: the error it makes on the Asimov data, against numpy
 * ({@code python3 bench/signal_model_numpy.py}, which prints the worst error and where).
 */
class FeldmanCousinsGridTest {

	static SignalModel binnedSignal() throws IOException {
		return SignalModel.of(ModelFile.read(new File("sample-data/binned-signal.json")), "pearson");
	}

	/** The fit errors on the fit grid of {@code x_max}, {@code x_step} (the grid plus a quarter, at least 3). */
	private static double[] errors(final SignalModel m, final double xMax, final double step) {
		final SignalFitGrid grid = new SignalFitGrid(0, xMax, step);
		final double[] x = new double[grid.size() + Math.max(3, grid.size() / 4)];
		for (int k = 0; k < x.length; k++) x[k] = grid.x(k);
		return new SignalFitToys(m, x).fitErrors();
	}

	private static double max(final double[] v) {
		double m = v[0];
		for (final double e : v) m = Math.max(m, e);
		return m;
	}

	@Test
	void fitErrorsAgreeWithNumpy() throws IOException {
		final SignalModel m = binnedSignal();
		// numpy: worst at x = 10, 5, 1, 0.1, 0.5 respectively
		assertEquals(79.86431202083351, errors(m, 100, 10)[1], 1e-9);
		assertEquals(15.511163319743336, errors(m, 50, 5)[1], 1e-9);
		assertEquals(0.1699450185410595, errors(m, 3, 1)[1], 1e-12);
		assertEquals(4.705411811436975e-05, max(errors(m, 3, 0.1)), 1e-12);
		assertEquals(0.017276867522722252, max(errors(m, 2, 0.5)), 1e-12);
	}

	@Test
	void aCoarseGridIsRefusedBeforeAnyToy() throws IOException {
		final SignalModel m = binnedSignal();
		assertEquals("x_step=10 is too coarse: at x = 10 the fit on the grid misses the minimum by 79.9 in " +
			"chi-square (at most 0.05); choose a smaller x_step", assertThrows(ModelException.class,
				() -> FeldmanCousins.counts(m, new SignalFitGrid(0, 100, 10), 0, 1, 1, 1, null)).getMessage());
		assertEquals("x_step=1 is too coarse: at x = 1 the fit on the grid misses the minimum by 0.170 in " +
			"chi-square (at most 0.05); choose a smaller x_step", assertThrows(ModelException.class,
				() -> FeldmanCousins.counts(m, new SignalFitGrid(0, 3, 1), 0, 1, 1, 1, null)).getMessage());
		// the README's grids pass (worst errors 4.7e-5 at x_step=0.1 and 0.017 at 0.5, numpy above)
		FeldmanCousins.counts(m, new SignalFitGrid(0, 2, 0.5), 0, 1, 1, 1, null);
		FeldmanCousins.counts(m, new SignalFitGrid(0, 3, 0.1), 0, 1, 1, 1, null);
	}

	/** 100 toys of each value in {@code values} in a histogram of the construction's bins. */
	private static SignalFitHistogram toys(final double... values) {
		final SignalFitHistogram h = new SignalFitHistogram(0, FeldmanCousins.HIST_MAX, FeldmanCousins.HIST_BINS);
		for (final double v : values)
			for (int i = 0; i < 100; i++) h.add(v);
		return h.trimmed();
	}

	@Test
	void aCriticalValueBeyondTheHistogramNeverMarksAPointInside() {
		// grid 0, 1, 2; at x = 1 and 2 half the toys beyond the histogram's top (50): the
		// 0.683-quantile is in the overflow, +inf
		final SignalFitHistogram[] h = { toys(0.5, 1.5), toys(0.5, 60), toys(0.5, 60) };
		final FeldmanCousinsCounts counts = new FeldmanCousinsCounts(1, 1, 1, SignalFitToyRanges.of(0, 200), h);
		// data: 0 at x = 0; 78 at x = 1 (at or above 50: unknown); 10 at x = 2 (below 50, so below +inf: inside)
		final FeldmanCousinsResult r = FeldmanCousins.result(counts, new double[] { 0, 1, 2 }, new double[] {
			0.683 }, 0, new double[] { 0, 78, 10 }, new double[] { 0, 0.2, 0.4 });
		assertEquals(Double.POSITIVE_INFINITY, r.criticalDeltaChi2(0)[1]);
		assertArrayEquals(new double[] { 1, Double.NaN, 1 }, r.inInterval(0));
		// the interval's upper end is next to the unknown point: unknown, not x = 0 or 1
		assertArrayEquals(new double[] { 0, Double.NaN }, r.interval(0));
		assertEquals(java.util.Arrays.asList("at x = 1 the critical delta chi2 at cl=0.683 lies beyond the toys' " +
			"histogram (>= 50) and the data's delta chi2 78.0000 is not below it: in_interval (and an interval end " +
			"next to it) is unknown there (NaN); the toys' fit is likely poor at this x: use a smaller x_step"), r
				.warnings());
		// the Asimov data is below the top everywhere: its interval is the whole grid (open at x_max)
		assertArrayEquals(new double[] { 0, Double.NaN }, r.asimovInterval(0));
	}
}
