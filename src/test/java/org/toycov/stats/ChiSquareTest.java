package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.model.SeedModel;
import org.toycov.model.Systematic;

/** Analytic checks of the N-channel covariance, chi-square and constraint. */
class ChiSquareTest {

	@Test
	void diagonalThreeChannelsIsSumOfSquares() {
		// no systematics: chi2 = sum (n - N)^2 / N
		final Model m = new Model(new String[] { "a", "b", "c" }, new double[] { 4,
			9, 16 }, Collections.emptyList(), new double[] { 6, 6, 20 });
		final ChiSquare c = new ChiSquare(Covariances.total(m), m.channels());
		assertEquals(4.0 / 4 + 9.0 / 9 + 16.0 / 16, c.chi2(m.expected(), m
			.observed()), 1e-14);
	}

	@Test
	void uncorrelatedSourceAddsInQuadrature() {
		// one uncorrelated 50% source: variance N + (0.5 N)^2 per channel
		final Model m = new Model(new String[] { "a", "b", "c" }, new double[] {
			100, 200, 400 }, Collections.singletonList(Systematic.uniform("s",
				new double[] { 0.5, 0.5, 0.5 }, 0)), new double[] { 110, 180, 400 });
		final double expected = 100.0 / (100 + 2500) + 400.0 / (200 + 10000);
		assertEquals(expected, new ChiSquare(Covariances.total(m), m.channels())
			.chi2(m.expected(), m.observed()), 1e-14);
	}

	@Test
	void fullyCorrelatedNormalizationThreeChannels() {
		// Sherman-Morrison: C = D + s s^T, chi2 = d'D^-1 d - (d'D^-1 s)^2 / (1 + s'D^-1 s)
		final double[] n = { 50, 100, 150 };
		final double f = 0.2;
		final double[] obs = { 60, 90, 170 };
		final Model m = new Model(new String[] { "a", "b", "c" }, n, Collections
			.singletonList(Systematic.uniform("norm", new double[] { f, f, f }, 1)),
			obs);
		double dd = 0, ds = 0, ss = 0;
		for (int i = 0; i < 3; i++) {
			final double d = n[i] - obs[i], s = f * n[i];
			dd += d * d / n[i];
			ds += d * s / n[i];
			ss += s * s / n[i];
		}
		final double chi2 = new ChiSquare(Covariances.total(m), m.channels()).chi2(
			m.expected(), m.observed());
		assertEquals(dd - ds * ds / (1 + ss), chi2, 1e-12);
		assertEquals(3, ChiSquare.ndf(m.size()));
	}

	@Test
	void pValueMatchesClosedForms() {
		// ndf = 2: P(X >= x) = exp(-x/2); ndf = 1: erfc(sqrt(x/2)); 3.841459 is the 95% point
		assertEquals(Math.exp(-1.5), ChiSquare.pValue(3, 2), 1e-14);
		assertEquals(0.05, ChiSquare.pValue(3.841458820694124, 1), 1e-12);
		assertEquals(Math.exp(-500), ChiSquare.pValue(1000, 2), 1e-12 * Math.exp(
			-500));
		assertEquals(1.0, ChiSquare.pValue(0, 2), 0);
	}

	@Test
	void singularCovarianceIsAOneLineError() {
		// zero expected e count: no statistical nor systematic variance for e
		final Model m = SeedModel.of(10000, 0, 0.1, 0.1, 1, 0, 0, 0, 10000, 0);
		final ModelException e = assertThrows(ModelException.class,
			() -> new ChiSquare(Covariances.total(m), m.channels()));
		assertTrue(e.getMessage().contains("singular"), e.getMessage());
		assertTrue(e.getMessage().contains("e_exp"), e.getMessage());
		assertEquals(-1, e.getMessage().indexOf('\n'));
	}

	/**
	 * Scale-free singularity: a 1-event bin beside an uncorrelated bin of variance
	 * 1e12 + 1e7 is a diagonal covariance, positive definite (numpy's Cholesky
	 * factors it); its chi-square is the sum of the squared pulls.
	 */
	@Test
	void aSmallBinBesideAHugeOneIsNotSingular() {
		final double[][] c = { { 1, 0 }, { 0, 1e12 + 1e7 } };
		final ChiSquare chi = new ChiSquare(c, new String[] { "e", "mu" });
		assertEquals(4 + 1e6 * 1e6 / (1e12 + 1e7), chi.chi2(new double[] { 1, 1e7 },
			new double[] { 3, 1e7 + 1e6 }), 1e-12);
		// but a bin that the others explain to 1 part in 1e13 is still singular
		final double v = 1e12;
		final double[][] d = { { v, v * (1 - 1e-14) }, { v * (1 - 1e-14), v } };
		final ModelException e = assertThrows(ModelException.class,
			() -> new ChiSquare(d, new String[] { "a", "b" }));
		assertTrue(e.getMessage().contains("singular") && e.getMessage().contains(
			"b"), e.getMessage());
	}

	@Test
	void constraintMatchesTwoChannelFormula() {
		// seed cell 15 model at mu_obs = 9000: C = [[200, 1e4], [1e4, 2.01e6]]
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000,
			100);
		final Constraint c = Constraint.of(m, new int[] { 0 }, new int[] { 1 });
		assertEquals(100 + 1e4 / 2.01e6 * -1000, c.mean()[0], 1e-12);
		assertEquals(200 - 1e8 / 2.01e6, c.covariance()[0][0], 1e-12);
		assertEquals(200 - 1e8 / 2.01e6 - 100 + c.mean()[0], c
			.covarianceAtConstrainedMean()[0][0], 1e-12);
		// the constrained mean is the exact scan minimum
		assertEquals(Chi2Scan.scan(m, 0, 50, 150, 1).xBest(), c.mean()[0], 1e-12);
	}

	@Test
	void constraintThreeChannelsAgainstBlockFormula() {
		// Y = {a}, X = {b, c}: compare with the explicit 2x2 inverse of C_XX
		final Model m = new Model(new String[] { "a", "b", "c" }, new double[] {
			100, 1000, 500 }, Arrays.asList(Systematic.uniform("x", new double[] {
				0.1, 0.1, 0.1 }, 0.8)), new double[] { 100, 900, 550 });
		final double[][] c = Covariances.total(m);
		final double det = c[1][1] * c[2][2] - c[1][2] * c[2][1];
		final double[][] inv = { { c[2][2] / det, -c[1][2] / det }, { -c[2][1] /
			det, c[1][1] / det } };
		final double[] d = { 900 - 1000, 550 - 500 };
		final double[] g = { c[0][1] * inv[0][0] + c[0][2] * inv[1][0], c[0][1] *
			inv[0][1] + c[0][2] * inv[1][1] };
		final Constraint k = Constraint.of(m, new int[] { 0 }, new int[] { 1, 2 });
		assertEquals(100 + g[0] * d[0] + g[1] * d[1], k.mean()[0], 1e-9);
		assertEquals(c[0][0] - g[0] * c[1][0] - g[1] * c[2][0], k.covariance()[0][0],
			1e-9);
	}

	@Test
	void emptyConstraintSetIsRejected() {
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 100);
		assertThrows(ModelException.class, () -> Constraint.of(m, new int[0],
			new int[] { 1 }));
	}

	@Test
	void emptyScanRangeIsRejected() {
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 100);
		final ModelException e = assertThrows(ModelException.class, () -> Chi2Scan
			.scan(m, 0, 150, 150, 1));
		assertTrue(e.getMessage().startsWith("e_obs_max must be > e_obs_min"), e
			.getMessage());
		assertThrows(ModelException.class, () -> Chi2Scan.scan(m, 0, 50, 150, 0));
	}
}
