package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.model.ModelFile;

/**
 * The toys' fit on a coarse grid: the error it makes on the Asimov data, against numpy
 * ({@code python3 bench/fc_grid_numpy.py}, which prints the worst error and where).
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
}
