package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Poisson sampler against the exact Poisson distribution: mean lam and variance
 * lam (analytic), and a chi-square goodness-of-fit against the pmf of Commons Math's
 * {@link PoissonDistribution}. Fixed seeds, so the test is deterministic; the
 * tolerances are 5 standard errors and a 1e-4 goodness-of-fit p-value.
 */
class PoissonPtrsTest {

	private static final int DRAWS = 1_000_000;

	@TestFactory
	Stream<DynamicTest> matchesPoissonMomentsAndPmf() {
		return Arrays.stream(new double[] { 0.5, 5, 9.99, 10, 30, 100, 1e4 })
			.mapToObj(lam -> DynamicTest.dynamicTest("lam=" + lam, () -> check(lam)));
	}

	private static void check(final double lam) {
		final XoRoShiRo128PlusPlus rng = new XoRoShiRo128PlusPlus(new long[] { 12345, Double.doubleToLongBits(lam) });
		final PoissonDistribution pmf = new PoissonDistribution(null, lam, 1e-12, 10_000_000);
		final int max = (int) (lam + 20 * Math.sqrt(lam) + 30);
		final long[] counts = new long[max + 1];
		double s = 0, s2 = 0;
		for (int i = 0; i < DRAWS; i++) {
			final long k = PoissonPtrs.sample(rng, lam);
			assertTrue(k >= 0 && k <= max, "draw " + k + " out of range for lam " + lam);
			counts[(int) k]++;
			s += k;
			s2 += (double) k * k;
		}
		final double mean = s / DRAWS, var = (s2 - s * s / DRAWS) / (DRAWS - 1);
		// Analytic: E = lam, Var = lam; SE(mean) = sqrt(lam / N), SE(var) = sqrt((mu4 - lam^2) / N), mu4 = lam + 3 lam^2.
		assertEquals(lam, mean, 5 * Math.sqrt(lam / DRAWS), "mean at lam " + lam);
		assertEquals(lam, var, 5 * Math.sqrt((lam + 2 * lam * lam) / DRAWS), "variance at lam " + lam);

		// Chi-square goodness of fit: merge neighbouring values until each cell expects >= 20.
		double chi2 = 0, expCell = 0, obsCell = 0, pTail = 1;
		int cells = 0;
		for (int k = 0; k <= max; k++) {
			final double p = pmf.probability(k);
			expCell += p * DRAWS;
			obsCell += counts[k];
			pTail -= p;
			if (expCell >= 20 && pTail * DRAWS >= 20) {
				chi2 += (obsCell - expCell) * (obsCell - expCell) / expCell;
				cells++;
				expCell = 0;
				obsCell = 0;
			}
		}
		expCell += Math.max(pTail, 0) * DRAWS; // the upper tail beyond max is in the last cell
		chi2 += (obsCell - expCell) * (obsCell - expCell) / expCell;
		cells++;
		final double pValue = 1 - new ChiSquaredDistribution(null, cells - 1).cumulativeProbability(chi2);
		assertTrue(pValue > 1e-4, "chi2 " + chi2 + " with " + (cells - 1) + " dof, p = " + pValue + " at lam " + lam);
	}

	@Test
	void zeroMeanGivesZero() {
		final XoRoShiRo128PlusPlus rng = new XoRoShiRo128PlusPlus(new long[] { 1, 2 });
		for (int i = 0; i < 100; i++) assertEquals(0, PoissonPtrs.sample(rng, 0));
	}

	@Test
	void logGammaMatchesCommonsMath() {
		for (double x = 1; x < 1e6; x = x * 1.37 + 1) {
			assertEquals(Gamma.logGamma(x), PoissonPtrs.logGamma(x), 1e-13 * Math.max(1, Math.abs(Gamma.logGamma(x))), "x=" + x);
		}
		for (int k = 0; k < 40_000; k += 997) {
			assertEquals(Gamma.logGamma(k + 1.0), PoissonPtrs.logFactorial(k), 1e-12 * Math.max(1, Gamma.logGamma(k + 1.0)));
		}
	}

	@Test
	void fastLogIsWithinItsBound() {
		// Against Math.log (the JDK's libm): the acceptance band relies on |error| < 1e-11.
		final XoRoShiRo128PlusPlus rng = new XoRoShiRo128PlusPlus(new long[] { 3, 4 });
		for (int i = 0; i < 1_000_000; i++) {
			final double x = Math.exp((rng.nextDouble() - 0.5) * 1400);
			assertEquals(Math.log(x), PoissonPtrs.fastLog(x), 1e-12, "x=" + x);
		}
		for (double x = 1; x < 2; x += 1.0 / 4096) assertEquals(Math.log(x), PoissonPtrs.fastLog(x), 1e-12);
	}

	@Test
	void fastAcceptanceGivesTheExactDraws() {
		// PTRS with the fastLog band must draw exactly what PTRS with exact logs draws, uniform for uniform.
		for (final double lam : new double[] { 10, 10.5, 37.2, 100, 1234.5, 1e4, 2.5e5, 1e8 }) {
			final XoRoShiRo128PlusPlus r1 = new XoRoShiRo128PlusPlus(new long[] { 5, 6 });
			final XoRoShiRo128PlusPlus r2 = new XoRoShiRo128PlusPlus(new long[] { 5, 6 });
			for (int i = 0; i < 300_000; i++) assertEquals(PoissonPtrs.ptrsExact(r2, lam), PoissonPtrs.sample(r1, lam), "lam=" + lam);
		}
	}
}
