package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.model.ModelFile;

/**
 * The MiniBooNE 2018 release (sample-data/miniboone-2018) against the
 * numbers of its SOURCE.md (numpy, signal = 0, the first 9 bins = 200-1250
 * MeV), re-run by bench/numpy/miniboone.py.
 */
class MiniBooNETest {

	private static final Model M = ModelFile.read(new File(
		"sample-data/miniboone-2018/miniboone-2018.json"));

	@Test
	void thirtyComponentBinsCollapseToNineteen() {
		assertEquals(19, M.size());
		assertEquals(30, M.fullSize());
		assertEquals(11, M.binsOf("nue").length);
		assertEquals("E_QE (MeV)", M.binAxis("nue"));
		assertEquals(3000, M.binEdges("nue")[11], 0);
		// SOURCE.md: 12 edges 200 ... 3000 MeV; numu has none
		assertEquals(1500, M.binLows()[10], 0);
		assertEquals(3000, M.binHighs()[10], 0);
		assertEquals(true, Double.isNaN(M.binLows()[11]));
	}

	@Test
	void excessBeforeAndAfterTheNuMuConstraintMatchesSourceMd() {
		final ConstrainedExcess x = ConstrainedExcess.of(M, "nue", 1250,
			StatTerm.PEARSON);
		assertEquals(9, x.bins());
		// SOURCE.md: excess 368.43, sys 176.88, stat 39.88
		assertEquals(368.43, x.excess(), 0.005);
		assertEquals(176.88, x.sysError(), 0.005);
		assertEquals(39.88, x.statError(), 0.005);
		// SOURCE.md: constrained background 1609.87, excess 349.13 +- 97.09
		assertEquals(1609.87, x.constrainedPrediction(), 0.005);
		assertEquals(349.13, x.constrainedExcess(), 0.005);
		assertEquals(97.09, x.constrainedError(), 0.005);
		// SOURCE.md: background-only chi-square of all 19 bins 20.491
		assertEquals(20.491, x.chi2(), 0.0005);
		assertEquals(19, x.ndf());
		assertEquals("", x.constraint().warning());
	}

	@Test
	void constrainedPredictionPerBinMatchesNumpy() {
		// bench/numpy/miniboone.py: mu_Y' of the 11 nu_e bins, and
		// sqrt(sum of the 9 x 9 systematic-only constrained block) = 88.517922
		final Constraint c = ConstrainedExcess.of(M, "nue", 1250, StatTerm.PEARSON)
			.constraint();
		assertArrayEquals(new double[] { 377.1762204768, 218.1896759366,
			247.0020240464, 130.0609468704, 177.3823516719, 133.1804197221,
			136.6673689814, 109.9754651795, 80.2345934088, 96.0279284148,
			138.8233243698 }, c.mean(), 1e-8);
		double s = 0;
		final double[][] sys = c.covarianceSys();
		for (int a = 0; a < 9; a++)
			for (int b = 0; b < 9; b++)
				s += sys[a][b];
		assertEquals(88.517922, Math.sqrt(s), 1e-6);
		// numpy: constrained chi2 (Pearson at the original expectation) 18.6619472254
		assertEquals(18.6619472254, c.chi2(M), 1e-8);
	}

	@Test
	void cnpInTheConstrainingBinsMatchesNumpy() {
		// bench/numpy/miniboone.py, TLee's form: CNP in C_XX and in the constrained
		// chi2 (at n_Y and mu_Y'): background 1609.9327327613, chi2 18.3071942128
		final ConstrainedExcess x = ConstrainedExcess.of(M, "nue", 1250,
			StatTerm.CNP);
		assertEquals(1609.9327327613, x.constrainedPrediction(), 1e-8);
		assertEquals(18.3071942128, x.constraint().chi2(M), 1e-8);
	}

	@Test
	void negativeConstrainedPredictionIsWarnedNotClipped() {
		// e_exp = 1 with a 100% xsec error fully correlated with mu's 10%:
		// mu' = 1 + C_e,mu / C_mu,mu (5000 - 10000) = 1 - 1000 * 5000 / 1010000
		final Model m = org.toycov.model.SeedModel.of(10000, 1, 0.1, 1.0, 1, 0, 0,
			0, 5000, 1);
		final Constraint c = Constraint.of(m, new int[] { 0 }, new int[] { 1 });
		assertEquals(1 - 1000 * 5000 / 1010000.0, c.mean()[0], 1e-12);
		assertEquals("the constrained prediction is negative in e (-3.95050): the " +
			"Gaussian constraint pulls it below 0; shown as is, not clipped", c
				.warning());
	}
}
