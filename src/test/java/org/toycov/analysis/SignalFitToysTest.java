package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.toycov.toys.BlockSeeds;

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
}
