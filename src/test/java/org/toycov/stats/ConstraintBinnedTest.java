package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.model.ModelFile;
import org.toycov.model.SeedModel;

/** The conditional constraint's chi-square, analytic and on the binned sample. */
class ConstraintBinnedTest {

	@Test
	void seedConstrainedChi2() {
		// (n_e - mu_e')^2 / C_ee' with mu_e' = 100 - 1e4/2.01e6 * 1000, C_ee' = 200 - 1e8/2.01e6
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 100);
		final Constraint k = Constraint.of(m, new int[] { 0 }, new int[] { 1 });
		final double mean = 100 - 1e4 / 2.01e6 * 1000, var = 200 - 1e8 / 2.01e6;
		assertEquals((100 - mean) * (100 - mean) / var, k.chi2(m), 1e-12);
	}

	@Test
	void binnedConstraintKeepsTheTotalChi2Decomposition() {
		// chi2(all) = chi2(X alone) + chi2(Y | X): the Schur complement identity
		final Model m = ModelFile.read(new File("sample-data/binned.json"));
		final int[] y = m.binsOf("e"), x = m.binsOf("mu");
		final Constraint k = Constraint.of(m, y, x);
		final double all = new ChiSquare(Covariances.total(m), m.channels()).chi2(m
			.expected(), m.observed());
		final double[][] c = Covariances.total(m);
		final double[][] cxx = new double[x.length][x.length];
		final double[] ex = new double[x.length], ox = new double[x.length];
		final String[] nx = new String[x.length];
		for (int i = 0; i < x.length; i++) {
			ex[i] = m.expected(x[i]);
			ox[i] = m.observed()[x[i]];
			nx[i] = m.channel(x[i]);
			for (int j = 0; j < x.length; j++)
				cxx[i][j] = c[x[i]][x[j]];
		}
		final double xOnly = new ChiSquare(cxx, nx).chi2(ex, ox);
		assertEquals(all, xOnly + k.chi2(m), 1e-10 * all);
	}

	@Test
	void naiveTuneOfTheSeed() {
		// seed cell 19: config_tune mu_exp = 9000, e_exp = 0.9 * 100
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 100);
		final Model t = NaiveTune.of(m, 1);
		assertEquals(90, t.expected(0), 1e-13);
		assertEquals(9000, t.expected(1), 0);
	}

	@Test
	void unconstrainedChi2UsesTheOriginalPredictionAlone() {
		// e_obs = 110 against e_exp = 100 with C_ee = 200 (seed cell 15): 100 / 200
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 110);
		assertEquals(0.5, Constraint.of(m, new int[] { 0 }, new int[] { 1 })
			.unconstrainedChi2(m), 1e-15);
	}

	@Test
	void chiSquareDensityPerBin() {
		// ndf = 2: F(x) = 1 - exp(-x/2), so the mean density over [0, 2] is (1 - e^-1) / 2
		final double[] d = ChiSquare.densityPerBin(new double[] { 0, 2, 4 }, 2);
		assertEquals((1 - Math.exp(-1)) / 2, d[0], 1e-15);
		assertEquals((Math.exp(-1) - Math.exp(-2)) / 2, d[1], 1e-15);
	}
}
