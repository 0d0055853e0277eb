package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.junit.jupiter.api.Test;
import org.toycov.toys.BlockSeeds;

/**
 * The table-and-thinning Poisson sampler against Commons Math's Poisson distribution
 * (an independent implementation): its tables, and the draws' histograms by a
 * chi-square goodness-of-fit test at means on and off the tables' grid, and above it.
 */
class SignalFitPoissonTest {

	@Test
	void tablesAreThePoissonDistributionFunction() {
		for (final double lam : new double[] { 0.25, 2, 9.75, 31.5, 63.75 }) {
			final double[] c = SignalFitPoisson.cdf(lam);
			final PoissonDistribution p = new PoissonDistribution(null, lam, 1e-15, 10_000_000);
			// NB: both sides round: about k relative errors of 1e-16 in a product of k factors
			for (int k = 0; k < c.length - 1; k++)
				assertEquals(p.cumulativeProbability(k), c[k], 1e-13, "lam " + lam + " k " + k);
			assertEquals(1, c[c.length - 1], 0);
			assertTrue(1 - p.cumulativeProbability(c.length - 2) < 1e-15, "the tail left out at lam " + lam);
		}
		assertEquals(1, SignalFitPoisson.cdf(0).length);
	}

	@Test
	void drawsFollowThePoissonDistribution() {
		final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(11, 0);
		final int draws = 400_000;
		for (final double lam : new double[] { 0, 0.1, 2, 3.7, 9.99, 25.3, 63.9, 64, 400.5 }) {
			final int max = (int) (lam + 10 * Math.sqrt(lam) + 20);
			final long[] hist = new long[max + 1];
			double sum = 0;
			for (int i = 0; i < draws; i++) {
				final long k = SignalFitPoisson.sample(rng, lam);
				sum += k;
				hist[(int) Math.min(k, max)]++;
			}
			// NB: 5 standard errors of the mean (sd sqrt(lam))
			assertEquals(lam, sum / draws, 5 * Math.sqrt(Math.max(lam, 1e-3) / draws), "mean at lam " + lam);
			if (lam == 0) {
				assertEquals(draws, hist[0]);
				continue;
			}
			// chi-square over the values, pooled from each side until 20 are expected
			final PoissonDistribution p = new PoissonDistribution(null, lam, 1e-15, 10_000_000);
			double chi2 = 0, expected = 0, observed = 0;
			int ndf = -1;
			for (int k = 0; k <= max; k++) {
				expected += draws * (k == max ? 1 - p.cumulativeProbability(max - 1) : p.probability(k));
				observed += hist[k];
				if (expected >= 20 || k == max) {
					chi2 += (observed - expected) * (observed - expected) / Math.max(expected, 1e-300);
					ndf++;
					expected = 0;
					observed = 0;
				}
			}
			// NB: above ndf + 6 sqrt(2 ndf) a right sampler fails about once in 10^6 runs
			assertTrue(chi2 < ndf + 6 * Math.sqrt(2 * ndf) + 6, "lam " + lam + ": chi2 " + chi2 + " for ndf " + ndf);
		}
	}
}
