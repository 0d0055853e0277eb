package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.stats.StatTerm;

/**
 * The hypothesis test against its asymptotic distribution: one bin with large counts
 * and no systematics, where n is Gaussian and {@code delta chi2 = chi2(0) - chi2(1)} is
 * linear in n, so under strength x it is Gaussian with mean {@code (2x - 1) D} and
 * width {@code 2 sqrt(D)}, {@code D = s^2 / b} (equivalently {@code (delta -+ D)^2 / 4D}
 * follows a chi-square with one degree of freedom).
 */
class HypothesisTestTest {

	private static final double B = 1e6, S = 2000, D = S * S / B; // D = 4: the median expected z is 2

	private static double phi(final double z) {
		return 0.5 * (1 + Erf.erf(z / Math.sqrt(2)));
	}

	@Test
	void pValuesAndExpectedSignificanceMatchTheAsymptoticDistribution() {
		final double[] fraction = { 0.5, 1.3 };
		for (final double f : fraction) {
			final SignalModel m = SignalModel.ofChannelBins(new double[] { B }, new double[] { S }, null, null,
				new double[] { B + f * S }, StatTerm.PEARSON);
			final long toys = 200_000;
			final HypothesisTestResult r = HypothesisTest.run(m, 0, 1, toys, 99, 2, null);
			final double t = r.deltaChi2();
			assertEquals(m.chi2(0) - m.chi2(1), t, 1e-12);
			final double w = 2 * Math.sqrt(D);
			final double p0 = 1 - phi((t + D) / w), p1 = phi((t - D) / w);
			// NB: 5 binomial sigma, plus 1e-3 of p for the Gaussian and linear approximations
			assertEquals(p0, r.pValueX0(), 5 * r.pValueError(p0) + 1e-3 * p0, "p_x0 at " + f);
			assertEquals(p1, r.pValueX1(), 5 * r.pValueError(p1) + 1e-3 * p1, "p_x1 at " + f);
			assertEquals(r.pValueX1() / (1 - r.pValueX0()), r.cls(), 1e-15);
			assertEquals(-inverse(r.pValueX0()), r.significanceX0(), 1e-9);
			// median expected z = sqrt(D) = 2, the bands 2 -+ 1 and 2 -+ 2
			for (int k = -2; k <= 2; k++) {
				final double z = Math.sqrt(D) + k;
				final double pz = 1 - phi(z);
				// the error of z from the error of p at that z, 5 sigma, plus the quantile's bin
				final double dz = 5 * r.pValueError(pz) / Math.exp(-z * z / 2) * Math.sqrt(2 * Math.PI) + 0.02;
				assertEquals(z, r.expectedSignificance(k), dz, "expected z at band " + k);
			}
			assertEquals(r.expectedSignificance(0), r.medianSignificance(), 0);
			long n0 = 0, n1 = 0;
			for (final long c : r.histogramX0()) n0 += c;
			for (final long c : r.histogramX1()) n1 += c;
			assertEquals(toys, n0);
			assertEquals(toys, n1);
			// both p-values rest on hundreds of toys: nothing to warn of
			assertEquals(java.util.Collections.emptyList(), r.warnings(), "at " + f);
		}
	}

	@Test
	void aPValueOnFewerThanTenToysBeyondTheDataIsWarnedOf() {
		// n = B + 1.29 S: delta ~ (2 f - 1) D = 6.3, p_x0 = 1 - Phi((6.3 + 4) / 4) = 0.005, about 5 of 1000 toys
		final SignalModel m = SignalModel.ofChannelBins(new double[] { B }, new double[] { S }, null, null,
			new double[] { B + 1.29 * S }, StatTerm.PEARSON);
		final HypothesisTestResult r = HypothesisTest.run(m, 0, 1, 1000, 7, 1, null);
		final long beyond = Math.round(r.pValueX0() * 1000);
		assertTrue(beyond > 0 && beyond < 10, "" + beyond);
		assertEquals(java.util.Collections.singletonList("p_x0 = " + r.pValueX0() + " rests on " + beyond +
			" toys beyond the data (of 1000 under x0), fewer than 10: p_x0 and p_x0_error are rough (p is known to " +
			"about 1/toys = 0.001); raise toys"), r.warnings());
		// too few toys for the expected significances' 2 sigma bands: refused before any toy
		assertEquals("toys=439 leave 9 toys beyond the 2.3% and 97.7% quantiles of delta_chi2 under x1 (the 2 " +
			"sigma bands of median_significance); at least 10 are needed, so toys >= 440", assertThrows(
				ModelException.class, () -> HypothesisTest.run(m, 0, 1, 439, 7, 1, (done, total) -> {
					throw new AssertionError("a toy was thrown");
				})).getMessage());
	}

	private static double inverse(final double p) {
		return new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1).inverseCumulativeProbability(
			p);
	}

	@Test
	void bitIdenticalWhateverTheThreads() {
		final SignalModel m = SignalFitTestModels.withSystematics();
		final HypothesisTestResult a = HypothesisTest.run(m, 0, 1, 5000, 3, 1, null);
		final HypothesisTestResult b = HypothesisTest.run(m, 0, 1, 5000, 3, 2, null);
		assertEquals(a.pValueX0(), b.pValueX0(), 0);
		assertEquals(a.pValueX1(), b.pValueX1(), 0);
		assertEquals(a.medianSignificance(), b.medianSignificance(), 0);
		assertTrue(java.util.Arrays.equals(a.histogramX0(), b.histogramX0()));
		assertTrue(java.util.Arrays.equals(a.histogramX1(), b.histogramX1()));
		assertTrue(Double.isFinite(a.medianSignificance()));
	}

	@Test
	void regroupedKeepsEveryToyAndTheDataCount() {
		final HypothesisTestResult r = HypothesisTest.run(SignalFitTestModels
			.withSystematics(), 0, 1, 5000, 3, 1, null);
		final HypothesisTestResult.Regrouped g = r.regrouped(100);
		assertTrue(g.x0.length <= 101 && g.x0.length > 1, "" + g.x0.length);
		assertEquals(g.x0.length + 1, g.edges.length);
		long n0 = 0, n1 = 0, beyond = 0;
		for (int b = 0; b < g.x0.length; b++) {
			assertTrue(g.edges[b + 1] > g.edges[b]);
			n0 += g.x0[b];
			n1 += g.x1[b];
			if (g.edges[b] >= r.deltaChi2()) beyond += g.x0[b];
		}
		// every toy thrown is in a bin: 5000 under each strength
		assertEquals(5000, n0);
		assertEquals(5000, n1);
		// whole fine bins are kept together, so toys beyond the data's bin edge
		// are at most the exact count p_x0 is made of
		final long atLeast = Math.round(r.pValueX0() * 5000);
		assertTrue(beyond <= atLeast, beyond + " > " + atLeast);
	}

	@Test
	void badStrengthsAreOneLineErrors() {
		final SignalModel m = SignalFitTestModels.withSystematics();
		assertEquals("x0 and x1 must differ, both are 1", assertThrows(ModelException.class, () -> HypothesisTest.run(
			m, 1, 1, 10, 1, 1, null)).getMessage());
		assertEquals("x1 must be >= 0, got -1", assertThrows(ModelException.class, () -> HypothesisTest.run(m, 0, -1,
			10, 1, 1, null)).getMessage());
	}
}
