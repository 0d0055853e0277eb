package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.stats.StatTerm;
import org.toycov.toys.BlockSeeds;
import org.toycov.toys.ToyProgress;

/**
 * Feldman-Cousins against the analytic construction for a Gaussian measurement with
 * the boundary mu >= 0 (Feldman and Cousins 1998, section IV.B and Table X), computed
 * here by integrating the Gaussian (closed form in the normal cdf) and solving for the
 * critical values by bisection.
 */
class FeldmanCousinsTest {

	/** One bin, background 1e8, signal 1e4 = one standard deviation: x measures the mean in sigma. */
	private static final double B = 1e8, S = 1e4;
	private static final double[] CL = { 0.6827, 0.9, 0.95 };

	private static double phi(final double z) {
		return 0.5 * (1 + Erf.erf(z / Math.sqrt(2)));
	}

	/**
	 * P(delta chi2 <= c | mu) for x ~ N(mu, 1), delta chi2 = (x - mu)^2 for x >= 0 and
	 * (x - mu)^2 - x^2 = mu^2 - 2 x mu for x < 0 (the best fit is max(0, x)).
	 */
	private static double coverage(final double c, final double mu) {
		final double r = Math.sqrt(c);
		if (mu == 0) return phi(r);
		double p = phi(r) - phi(Math.max(0, mu - r) - mu);
		if (c > mu * mu) p += phi(-mu) - phi((mu * mu - c) / (2 * mu) - mu);
		return p;
	}

	/** The analytic critical value at level {@code a}, by bisection. */
	static double analyticCritical(final double mu, final double a) {
		double lo = 0, hi = 60;
		for (int i = 0; i < 200; i++) {
			final double m = 0.5 * (lo + hi);
			if (coverage(m, mu) < a) lo = m;
			else hi = m;
		}
		return 0.5 * (lo + hi);
	}

	private static double analyticDelta(final double x0, final double mu) {
		final double best = Math.max(0, x0);
		return (x0 - mu) * (x0 - mu) - (x0 - best) * (x0 - best);
	}

	private static SignalModel gaussian(final double x0) {
		return SignalModel.ofChannelBins(new double[] { B }, new double[] { S }, null, null, new double[] { B + x0 *
			S }, StatTerm.PEARSON);
	}

	@Test
	void anIntervalBeyondTheGridIsSaidToBe() {
		// measured x0 = 3 in the Gaussian case: the 90% interval is about [1.36, 4.64]
		// (Feldman and Cousins 1998, Table X); a grid to 1 holds none of it, a grid to 5.5 all
		final FeldmanCousinsConfig config = new FeldmanCousinsConfig(2000, 5, 2, CL, 0);
		final FeldmanCousinsResult short_ = FeldmanCousins.run(gaussian(3), new SignalFitGrid(0, 1, 0.1), config,
			null);
		assertTrue(short_.intervalBeyondGrid());
		assertTrue(Double.isNaN(short_.interval(0)[0]) && Double.isNaN(short_.interval(0)[1]));
		assertFalse(FeldmanCousins.run(gaussian(3), new SignalFitGrid(0, 5.5, 0.1), config, null)
			.intervalBeyondGrid());
	}

	@Test
	void anAsimovIntervalBeyondTheGridIsSaidToBe() {
		// asimov_x = 3 in the Gaussian case is the data measured at 3: the 90% interval
		// [1.36, 4.64] (Feldman and Cousins 1998, Table X) lies beyond a grid to 1; the
		// data measured at 0 has its interval [0, 1.64] inside a grid to 2 (cl 0.9 only)
		final FeldmanCousinsConfig config = new FeldmanCousinsConfig(2000, 5, 2, new double[] { 0.9 }, 3);
		final FeldmanCousinsResult short_ = FeldmanCousins.run(gaussian(0), new SignalFitGrid(0, 1, 0.1), config,
			null);
		assertTrue(short_.asimovIntervalBeyondGrid());
		assertTrue(Double.isNaN(short_.asimovInterval(0)[0]) && Double.isNaN(short_.asimovInterval(0)[1]));
		final FeldmanCousinsResult wide = FeldmanCousins.run(gaussian(0), new SignalFitGrid(0, 5.5, 0.1), config,
			null);
		assertFalse(wide.asimovIntervalBeyondGrid());
		assertFalse(wide.intervalBeyondGrid());
		assertEquals(1.36, wide.asimovInterval(0)[0], 0.1);
		assertEquals(4.64, wide.asimovInterval(0)[1], 0.1);
	}

	@Test
	void analyticConstructionGivesTheKnownBoundaryInterval() {
		// at x0 = 0 the 90% interval is [0, 1.64] (Feldman and Cousins 1998, Table X); the
		// critical value at mu = 1.64 is where the data's delta chi2 (1.64^2) crosses it
		final double mu = 1.64;
		assertEquals(mu * mu, analyticCritical(mu, 0.9), 0.02);
		// at mu = 0, half the toys have delta chi2 = 0: P(delta <= c) = Phi(sqrt c), c(0.9) = 1.2816^2
		assertEquals(1.2816 * 1.2816, analyticCritical(0, 0.9), 1e-3);
	}

	@Test
	void gaussianWithBoundaryMatchesTheAnalyticConstruction() {
		final SignalFitGrid grid = new SignalFitGrid(0, 5.5, 0.05);
		final FeldmanCousinsConfig config = new FeldmanCousinsConfig(10_000, 20261130L, 2, CL, 0);
		final double[] measured = { -1, 0, 0.5, 1.5, 3 };
		FeldmanCousinsResult first = null, atZero = null;
		for (final double x0 : measured) {
			final FeldmanCousinsResult r = FeldmanCousins.run(gaussian(x0), grid, config, null);
			if (first == null) first = r;
			if (x0 == 0) atZero = r;
			for (int l = 0; l < CL.length; l++) {
				final double[] crit = r.criticalDeltaChi2(l), err = r.criticalError(l);
				final double[] in = r.inInterval(l);
				double lower = Double.NaN, upper = Double.NaN;
				for (int g = 0; g < crit.length; g++) {
					final double mu = grid.x(g);
					final double c = analyticCritical(mu, CL[l]);
					assertTrue(err[g] > 0 && err[g] < 0.3, "MC error " + err[g]);
					// NB: 5 sigma over 333 values; the bin width (0.002) is far below
					assertEquals(c, crit[g], 5 * err[g] + 0.002, "critical value at mu=" + mu + ", cl=" + CL[l]);
					final double d = analyticDelta(x0, mu);
					assertEquals(d, r.dataDeltaChi2()[g], 1e-3 * (1 + d));
					if (d <= c) {
						if (Double.isNaN(lower)) lower = mu;
						upper = mu;
					}
					// membership agrees wherever the analytic margin exceeds the MC error
					if (Math.abs(d - c) > 5 * err[g]) assertEquals(d <= c ? 1 : 0, in[g], "in_interval at mu=" + mu + ", x0=" +
						x0 + ", cl=" + CL[l]);
				}
				final double[] ends = r.interval(l);
				assertEquals(lower, ends[0], 0.1, "x_lower at x0=" + x0 + ", cl=" + CL[l]);
				assertEquals(upper, ends[1], 0.1, "x_upper at x0=" + x0 + ", cl=" + CL[l]);
			}
		}
		// the Asimov data at x = 0 is x0 = 0: its interval is that of the data measured at 0
		assertArrayEquals(atZero.interval(1), atZero.asimovInterval(1), 1e-9);
		assertEquals(1.64, first.asimovInterval(1)[1], 0.1);
	}

	@Test
	void bitIdenticalWhateverTheThreads() {
		bitIdentical(SignalFitTestModels.withSystematics());
		bitIdentical(SignalFitTestModels.cnp());
	}

	private static void bitIdentical(final SignalModel m) {
		final SignalFitGrid grid = new SignalFitGrid(0, 2, 0.25);
		final FeldmanCousinsResult one = FeldmanCousins.run(m, grid, new FeldmanCousinsConfig(3000, 7, 1, CL, 0),
			null);
		final FeldmanCousinsResult two = FeldmanCousins.run(m, grid, new FeldmanCousinsConfig(3000, 7, 2, CL, 0),
			null);
		for (int l = 0; l < CL.length; l++) {
			assertArrayEquals(one.criticalDeltaChi2(l), two.criticalDeltaChi2(l), 0);
			assertArrayEquals(one.criticalError(l), two.criticalError(l), 0);
		}
		final FeldmanCousinsResult other = FeldmanCousins.run(m, grid, new FeldmanCousinsConfig(3000, 8, 2, CL, 0),
			null);
		assertTrue(other.criticalDeltaChi2(1)[3] != one.criticalDeltaChi2(1)[3], "another seed, other toys");
	}

	@Test
	void toyMinimumIsCloseToTheExactFit() {
		// the toys' minimum (downhill walk from the linearised fit, parabola through the lowest grid point)
		// against SignalFit's Brent minimum with the covariance rebuilt at every x; grid step 0.1
		for (final SignalModel m : new SignalModel[] { SignalFitTestModels.withSystematics(), SignalFitTestModels
			.cnp() })
		{
			final SignalFitGrid grid = new SignalFitGrid(0, 3, 0.1);
			final double[] xs = new double[38];
			for (int k = 0; k < xs.length; k++) xs[k] = grid.x(k);
			final SignalFitToys toys = new SignalFitToys(m, xs);
			final SignalFitToys.Thrower thrower = new SignalFitToys.Thrower(m, 1.0);
			final SignalFitToys.Work w = toys.new Work();
			final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(1, 0);
			final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
			for (int i = 0; i < 200; i++) {
				thrower.toy(rng, g, w);
				final double approx = w.minimum(w.guess(10));
				assertEquals(w.minimum(-1), approx, 1e-12, "the walk finds the grid's lowest point");
				final double exact = SignalFit.fit(m.withObserved(w.counts.clone()), grid).chi2Min();
				// NB: 0.005 is far below the critical values' Monte Carlo errors (0.02 and up at 10,000 toys)
				assertEquals(exact, approx, 0.005);
			}
		}
	}

	@Test
	void cancelStopsTheRun() {
		final ToyProgress cancel = new ToyProgress() {

			@Override
			public void progress(final long done, final long total) {}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CancellationException.class, () -> FeldmanCousins.run(gaussian(0), new SignalFitGrid(0, 5, 0.01),
			new FeldmanCousinsConfig(1_000_000, 1, 1, CL, 0), cancel));
	}

	@Test
	void badLevelsAndTooFewToysAreOneLineErrorsBeforeAnyToy() {
		assertEquals("cl must be within (0, 1), got 1", assertThrows(ModelException.class,
			() -> new FeldmanCousinsConfig(1000, 1, 1, new double[] { 0.9, 1 }, 0)).getMessage());
		assertEquals("cl must be within (0, 1), got 0", assertThrows(ModelException.class,
			() -> new FeldmanCousinsConfig(1000, 1, 1, new double[] { 0 }, 0)).getMessage());
		assertEquals("toys=1000 leave 5 toys beyond the critical value at cl=0.995; at least 10 are needed, so " +
			"toys >= 2000", assertThrows(ModelException.class, () -> new FeldmanCousinsConfig(1000, 1, 1,
				new double[] { 0.9, 0.995 }, 0)).getMessage());
		// 100 toys leave exactly 10 beyond cl=0.9 (100 x 0.1 is 9.999999999999998 in doubles)
		new FeldmanCousinsConfig(100, 1, 1, new double[] { 0.9 }, 0);
		assertEquals("toys=99 leave 9 toys beyond the critical value at cl=0.9; at least 10 are needed, so " +
			"toys >= 100", assertThrows(ModelException.class, () -> new FeldmanCousinsConfig(99, 1, 1,
				new double[] { 0.9 }, 0)).getMessage());
	}
}
