package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.model.SeedModel;

/**
 * Pearson, Neyman and CNP statistical terms against hand-computed values on
 * the seed's cell 12 model (10% correlated cross section, observed 80, 8000).
 */
class StatTermTest {

	private static final Model M = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0, 0,
		0, 8000, 80);

	/** chi2 for d = (20, 2000) and C = sys + diag(ve, vm), sys = [[100, 1e4], [1e4, 1e6]]. */
	private static double byHand(final double ve, final double vm) {
		final double a = 100 + ve, b = 1e4, c = 1e6 + vm, de = 20, dm = 2000;
		return (c * de * de - 2 * b * de * dm + a * dm * dm) / (a * c - b * b);
	}

	private static double chi2(final StatTerm s) {
		return new ChiSquare(Covariances.total(M, s), M.channels()).chi2(M
			.expected(), M.observed());
	}

	@Test
	void pearsonIsTheSeed() {
		assertEquals(byHand(100, 10000), chi2(StatTerm.PEARSON), 1e-12);
		assertEquals(3.960784, chi2(StatTerm.PEARSON), 5e-7); // seed cell 12
	}

	@Test
	void neymanUsesObservedCounts() {
		assertEquals(byHand(80, 8000), chi2(StatTerm.NEYMAN), 1e-12);
	}

	@Test
	void cnpIsThreeOverOneOverObservedPlusTwoOverExpected() {
		// Ji et al. (2020) eq. 19: 3 / (1/80 + 2/100) = 92.307..., 3 / (1/8000 + 2/10000)
		assertEquals(byHand(3 / (1 / 80.0 + 2 / 100.0), 3 / (1 / 8000.0 + 2 /
			10000.0)), chi2(StatTerm.CNP), 1e-12);
		assertEquals(300.0 / 3.25, StatTerm.CNP.variances(M)[0], 1e-12);
	}

	@Test
	void cnpWithZeroObservedIsHalfTheExpectation() {
		// SBNfit's convention for n_obs = 0: N / 2
		final Model z = M.withObserved(new double[] { 0, 8000 });
		assertEquals(50, StatTerm.CNP.variances(z)[0], 0);
	}

	@Test
	void neymanWithZeroObservedHasNoStatisticalVariance() {
		// n = 0: Neyman's variance is 0; the 10% correlated xsec variance of e
		// (100) keeps C = [[100, 1e4], [1e4, 1e6 + 8000]] positive definite
		final Model z = M.withObserved(new double[] { 0, 8000 });
		assertEquals(0, StatTerm.NEYMAN.variances(z)[0], 0);
		// by hand, d = (100, 2000): (1.008e6 * 1e4 - 2 * 1e4 * 100 * 2000 + 100 * 4e6)
		// / (100 * 1.008e6 - 1e8) = 6.48e9 / 8e5 = 8100
		assertEquals(8100, new ChiSquare(Covariances.total(z,
			StatTerm.NEYMAN), z.channels()).chi2(z.expected(), new double[] { 0,
				8000 }), 1e-9);
		assertEquals("stat must be one of pearson, neyman, cnp, got chi", assertThrows(
			ModelException.class, () -> StatTerm.of("chi")).getMessage());
	}

	@Test
	void neymanScanFromZeroWithoutSystematicsNamesTheScanStart() {
		// statistics only: at e_obs = 0 Neyman leaves e without any variance
		final Model m = SeedModel.of(10000, 100, 0, 0, 0, 0, 0, 0, 9000, 100);
		final String msg = assertThrows(ModelException.class, () -> Chi2Scan.scan(
			m, 0, 0, 150, 1, StatTerm.NEYMAN)).getMessage();
		assertEquals("stat=neyman gives e no statistical variance at e_obs=0 and " +
			"it has no independent systematic one: set e_obs_min above 0 or use " +
			"stat=cnp", msg);
	}

	@Test
	void infiniteScanEndIsNotAnEmptyRange() {
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 100);
		assertEquals("e_obs_max must be a finite number, got Infinity", assertThrows(
			ModelException.class, () -> Chi2Scan.scan(m, 0, 50,
				Double.POSITIVE_INFINITY, 1)).getMessage());
	}

	@Test
	void cnpScanMinimumIsAStationaryPoint() {
		// the covariance moves with e_obs, so the minimum is numerical: check that
		// chi2 rises on both sides of it and that it lies near the Pearson one
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 100);
		final Chi2Scan s = Chi2Scan.scan(m, 0, 50, 150, 1, StatTerm.CNP);
		final Chi2Scan l = Chi2Scan.scan(m, 0, s.xBest() - 1e-3, s.xBest(), 1e-3,
			StatTerm.CNP);
		final Chi2Scan r = Chi2Scan.scan(m, 0, s.xBest() + 1e-3, s.xBest() + 2e-3,
			1e-3, StatTerm.CNP);
		assertEquals(true, l.chi2()[0] > s.chi2Min());
		assertEquals(true, r.chi2()[0] > s.chi2Min());
		assertEquals(95.0, s.xAtMin(), 1.0);
	}

	@Test
	void exactMinimumOutsideTheScannedRange() {
		// the minimum does not depend on the range scanned: 50..60 finds the same one
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000, 100);
		for (final StatTerm s : StatTerm.values()) {
			final Chi2Scan all = Chi2Scan.scan(m, 0, 50, 150, 1, s);
			final Chi2Scan edge = Chi2Scan.scan(m, 0, 50, 60, 1, s);
			assertEquals(59, edge.xAtMin(), 0);
			assertEquals(all.xBest(), edge.xBest(), 1e-6, s.key());
			assertEquals(all.chi2Min(), edge.chi2Min(), 1e-12, s.key());
		}
	}
}
