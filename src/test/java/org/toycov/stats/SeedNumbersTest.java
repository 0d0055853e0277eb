package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.model.SeedModel;

/**
 * Every covariance, inverse, chi-square and scan minimum the seed notebook
 * ({@code shared/seed/000_cf24492a479aadcc.txt}) prints, cell by cell.
 * Channel 0 is e, channel 1 is mu, as in the seed's matrices.
 */
class SeedNumbersTest {

	private static Model seed(final double xsec, final double muReco,
		final double muObs, final double eObs)
	{
		return SeedModel.of(10000, 100, xsec, xsec, 1.0, muReco, 0.0, 0.0, muObs,
			eObs);
	}

	private static double chi2(final Model m) {
		return new ChiSquare(Covariances.total(m), m.channels()).chi2(m.expected(),
			m.observed());
	}

	private static void assertMatrix(final double[][] expected,
		final double[][] actual, final double relTol)
	{
		for (int i = 0; i < expected.length; i++)
			for (int j = 0; j < expected.length; j++)
				assertEquals(expected[i][j], actual[i][j], Math.abs(expected[i][j]) *
					relTol, "element " + i + "," + j);
	}

	@Test
	void cell5_statOnlyCovariance() {
		// seed cell 5: [[100. 0.] [0. 10000.]]
		final Model m = SeedModel.of(10000, 100, 0, 0, 0, 0, 0, 0, 10000, 100);
		assertMatrix(new double[][] { { 100, 0 }, { 0, 10000 } }, Covariances
			.total(m), 0);
	}

	@Test
	void cell6_statOnlyChi2() {
		// seed cell 6: chi2 = 0.000000, 1.000000, 2.000000
		assertEquals(0.0, chi2(SeedModel.of(10000, 100, 0, 0, 0, 0, 0, 0, 10000,
			100)), 5e-7);
		assertEquals(1.0, chi2(SeedModel.of(10000, 100, 0, 0, 0, 0, 0, 0, 10000,
			110)), 5e-7);
		assertEquals(2.0, chi2(SeedModel.of(10000, 100, 0, 0, 0, 0, 0, 0, 10100,
			110)), 5e-7);
	}

	@Test
	void cell8_correlatedXsecCovariance() {
		// seed cell 8: [[2.00e+02 1.00e+04] [1.00e+04 1.01e+06]]
		assertMatrix(new double[][] { { 200, 1e4 }, { 1e4, 1.01e6 } }, Covariances
			.total(seed(0.1, 0, 10000, 100)), 1e-15);
	}

	@Test
	void cell12_chi2AtTenAndFiftyPercent() {
		// seed cell 12: chi2(xsec_err=10%)=3.960784, chi2(xsec_err=50%)=0.159937
		assertEquals(3.960784, chi2(seed(0.1, 0, 8000, 80)), 5e-7);
		assertEquals(0.159937, chi2(seed(0.5, 0, 8000, 80)), 5e-7);
	}

	@Test
	void cell13_covarianceAndInverse() {
		final Model m10 = seed(0.1, 0, 8000, 80);
		final Model m50 = seed(0.5, 0, 8000, 80);
		assertMatrix(new double[][] { { 2.600e+03, 2.500e+05 }, { 2.500e+05,
			2.501e+07 } }, Covariances.total(m50), 1e-15);
		// seed cell 13 prints the inverses to 9 significant digits
		assertMatrix(new double[][] { { 9.90196078e-03, -9.80392157e-05 }, {
			-9.80392157e-05, 1.96078431e-06 } }, new ChiSquare(Covariances.total(m10),
				m10.channels()).inverse(), 1e-8);
		assertMatrix(new double[][] { { 9.90102930e-03, -9.89707047e-05 }, {
			-9.89707047e-05, 1.02929533e-06 } }, new ChiSquare(Covariances.total(m50),
				m50.channels()).inverse(), 1e-8);
	}

	@Test
	void cell15_recoCovariance() {
		// seed cell 15: [[2.00e+02 1.00e+04] [1.00e+04 2.01e+06]]
		assertMatrix(new double[][] { { 200, 1e4 }, { 1e4, 2.01e6 } }, Covariances
			.total(seed(0.1, 0.1, 10000, 100)), 1e-15);
	}

	@Test
	void cell17_scanMinima() {
		// seed cell 17: minimum for n_mu,obs=9000 at 90.0 without, 95.0 with reco error
		final Chi2Scan noReco = Chi2Scan.scan(seed(0.1, 0, 9000, 100), 0, 50, 150,
			1);
		final Chi2Scan reco = Chi2Scan.scan(seed(0.1, 0.1, 9000, 100), 0, 50, 150,
			1);
		assertEquals(100, reco.x().length); // np.arange(50,150,1.0)
		assertEquals(90.0, noReco.xAtMin(), 0);
		assertEquals(95.0, reco.xAtMin(), 0);
		// analytic continuous minimum: e_exp + C_emu / C_mumu (mu_obs - mu_exp)
		assertEquals(100 - 1e4 / 1.01e6 * 1000, noReco.xBest(), 1e-12);
		assertEquals(100 - 1e4 / 2.01e6 * 1000, reco.xBest(), 1e-12);
		// chi2 at the minimum = (mu_obs - mu_exp)^2 / C_mumu, the muon term alone
		assertEquals(1e6 / 2.01e6, reco.chi2Min(), 1e-12);
		assertEquals(1e6 / 1.01e6, noReco.chi2Min(), 1e-12);
	}

	@Test
	void cell21_systematicCovariances() {
		// seed cell 21: 'original' [[1.e+02 1.e+04] [1.e+04 2.e+06]],
		// 'tuned' [[8.10e+01 8.10e+03] [8.10e+03 1.62e+06]]
		final Model orig = seed(0.1, 0.1, 9000, 100);
		assertMatrix(new double[][] { { 100, 1e4 }, { 1e4, 2e6 } }, Covariances
			.systematic(orig), 1e-15);
		final Model tune = SeedModel.of(9000, 90, 0.1, 0.1, 1, 0.1, 0, 0, 9000,
			90);
		assertMatrix(new double[][] { { 81, 8100 }, { 8100, 1.62e6 } }, Covariances
			.systematic(tune), 1e-14);
	}

	@Test
	void correlationOfTheRecoCase() {
		// analytic: 1e4 / sqrt(200 * 2.01e6)
		final double[][] r = Covariances.correlation(Covariances.total(seed(0.1,
			0.1, 9000, 100)));
		assertArrayEquals(new double[] { 1, 1e4 / Math.sqrt(200 * 2.01e6) }, r[0],
			1e-15);
	}
}
