package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.stats.StatTerm;
import org.toycov.toys.BlockSeeds;
import org.toycov.toys.NegativePolicy;

/**
 * The toys' chi-square (precomputed {@code L^-1} for pearson, a factorisation per visit
 * for cnp, bins reordered X, Y after a constraint) against {@link SignalModel#chi2}
 * (EJML's Cholesky on the covariance rebuilt at x, whose numbers SignalFitTest and
 * SignalModelTest check against numpy), for thrown counts at every strength.
 */
class SignalFitToysTest {

	private static void sameChi2(final SignalModel m) {
		final double[] xs = { 0, 0.4, 0.8, 1.2, 1.6, 2.0 };
		final SignalFitToys fit = new SignalFitToys(m, xs);
		final SignalFitToys.Work w = fit.new Work();
		final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(17, 0);
		final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
		final SignalFitToys.Thrower thrower = new SignalFitToys.Thrower(m, 1.1);
		for (int t = 0; t < 50; t++) {
			thrower.toy(rng, g, w);
			for (int k = 0; k < xs.length; k++) {
				final double want = m.chi2(xs[k], w.counts);
				assertEquals(want, w.chi2(k), 1e-10 * Math.max(1, want), "toy " + t + " x " + xs[k]);
			}
		}
	}

	@Test
	void pearsonToysMatchTheModel() {
		sameChi2(SignalFitTestModels.withSystematics());
		sameChi2(SignalFitTestModels.withSystematics().constrained(new int[] { 0, 4 }));
	}

	@Test
	void cnpToysMatchTheModel() {
		sameChi2(SignalFitTestModels.cnp());
		sameChi2(SignalFitTestModels.cnp().constrained(new int[] { 2, 3, 5 }));
	}

	/** The mean count of {@code toys} toys of {@code m} thrown at x = 0 under {@code negative}. */
	private static double meanCount(final SignalModel m, final NegativePolicy negative, final int toys) {
		final SignalFitToys.Thrower thrower = new SignalFitToys.Thrower(m, 0, negative);
		final SignalFitToys.Work w = new SignalFitToys(m, new double[] { 0, 1 }).new Work();
		final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(5, 0);
		final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
		double sum = 0;
		for (int t = 0; t < toys; t++) {
			thrower.toy(rng, g, w);
			sum += w.counts[0];
		}
		return sum / toys;
	}

	@Test
	void negativeThrownMeansFollowThePolicy() {
		// one bin, mean 1, 100% systematic: lam = 1 + z. E[n] = E[lam]: truncate E[max(1 + z, 0)] =
		// Phi(1) + phi(1), redraw E[1 + z | z > -1] = 1 + phi(1) / Phi(1) (python3, math.erf)
		final SignalModel m = SignalModel.ofChannelBins(new double[] { 1 }, new double[] { 1 }, new double[][] { {
			1 } }, null, new double[] { 1 }, StatTerm.PEARSON);
		final int toys = 200_000;
		// NB: sd of a count below 1.4 (Var n = E lam + Var lam), so 5 standard errors are below 0.016
		final double tol = 5 * 1.4 / Math.sqrt(toys);
		assertEquals(1.0833154705876864, meanCount(m, NegativePolicy.TRUNCATE, toys), tol);
		assertEquals(1.2875999709391783, meanCount(m, NegativePolicy.REDRAW, toys), tol);
		final String error = assertThrows(ModelException.class, () -> meanCount(m, NegativePolicy.ERROR, toys))
			.getMessage();
		assertTrue(error.startsWith("negative: a toy at x = 0.0 threw a negative mean -") && error.endsWith(
			"use negative=truncate or negative=redraw"), error);
		// 30 independent bins each negative half the time: no non-negative throw in 10,000 tries
		final double[][] wide = new double[30][30];
		final double[] ones = new double[30];
		for (int i = 0; i < 30; i++) {
			wide[i][i] = 1e6;
			ones[i] = 1;
		}
		final SignalModel w = SignalModel.ofChannelBins(ones, ones, wide, null, ones, StatTerm.PEARSON);
		assertTrue(assertThrows(ModelException.class, () -> meanCount(w, NegativePolicy.REDRAW, 1)).getMessage()
			.startsWith("negative: redraw found no non-negative throw in 10000 tries at x = 0.0;"));
	}

	@Test
	void truncateAndRedrawThrowTheSameToysWhenNoMeanIsNegative() {
		final SignalModel m = SignalFitTestModels.withSystematics();
		final double[] xs = { 0, 1 };
		final SignalFitToys fit = new SignalFitToys(m, xs);
		final SignalFitToys.Work a = fit.new Work(), b = fit.new Work();
		final SignalFitToys.Thrower ta = new SignalFitToys.Thrower(m, 1, NegativePolicy.TRUNCATE);
		final SignalFitToys.Thrower tb = new SignalFitToys.Thrower(m, 1, NegativePolicy.REDRAW);
		final XoRoShiRo128PlusPlus ra = BlockSeeds.rng(3, 0), rb = BlockSeeds.rng(3, 0);
		final ZigguratSampler.NormalizedGaussian ga = ZigguratSampler.NormalizedGaussian.of(ra);
		final ZigguratSampler.NormalizedGaussian gb = ZigguratSampler.NormalizedGaussian.of(rb);
		for (int t = 0; t < 1000; t++) {
			ta.toy(ra, ga, a);
			tb.toy(rb, gb, b);
			org.junit.jupiter.api.Assertions.assertArrayEquals(a.counts, b.counts, 0, "toy " + t);
		}
	}
}
