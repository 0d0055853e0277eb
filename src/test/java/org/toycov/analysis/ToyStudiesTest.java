package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.toys.ToyProgress;

/**
 * The toy studies as plain Java, without a SciJava context: the seed's model
 * (cells 19-27), checked against the seed's printed slice statistics and the
 * analytic conditional constraint.
 */
class ToyStudiesTest {

	/** The seed's final scenario: 10% correlated cross-section, 10% muon reco, n_mu = 9000. */
	static Model seed() {
		return ModelDescription.seedKeys().set("mu_exp", 10000).set("e_exp", 100)
			.set("mu_xsec_frac_err", 0.1).set("e_xsec_frac_err", 0.1).set(
				"xsec_corr", 1).set("mu_reco_frac_err", 0.1).set("e_reco_frac_err", 0)
			.set("reco_corr", 0).set("mu_obs", 9000).set("e_obs", 100).build();
	}

	/** Analytic: 100 + C_e,mu / C_mu,mu (9000 - 10000), C = [[200, 1e4], [1e4, 2.01e6]]. */
	static final double CONSTRAINED_MEAN = 100 - 1e4 / 2.01e6 * 1000;

	@Test
	void tuneComparisonAgreesWithSeedAndConstraint() {
		final TuneComparison.Result r = TuneComparison.run(seed(),
			new TuneComparison.Settings(50, 150, 1, 10), new ToyOptions(2_000_000, 0,
				1, 2, "truncate", 2), label -> ToyProgress.NONE);
		final double no = r.originalSlice.count, nt = r.tunedSlice.count;
		final double vo = r.originalSlice.variance, vt = r.tunedSlice.variance;
		assertTrue(no > 5_000 && nt > 5_000, no + " " + nt);
		// seed cell 26 (1e8 toys): Original 95.050052 / 145.020530, Tuned
		// 90.025183 / 130.950758; 4 standard errors (mean sqrt(var/n), variance
		// var sqrt(2/n), near-Gaussian)
		assertEquals(95.050052, r.originalSlice.mean, 4 * Math.sqrt(vo / no));
		assertEquals(90.025183, r.tunedSlice.mean, 4 * Math.sqrt(vt / nt));
		assertEquals(145.020530, vo, 4 * vo * Math.sqrt(2 / no));
		assertEquals(130.950758, vt, 4 * vt * Math.sqrt(2 / nt));
		assertEquals(CONSTRAINED_MEAN, r.constrainedMean, 1e-12);
		// TLee's conditional variance 200 - 1e8 / 2.01e6; with the Poisson term
		// at the constrained mean instead of 100
		assertEquals(200 - 1e8 / 2.01e6, r.constrainedVarianceGauss, 1e-9);
		assertEquals(200 - 1e8 / 2.01e6 - 100 + CONSTRAINED_MEAN,
			r.constrainedVariance, 1e-9);
		// seed cell 19: the naive tune (e_exp 100 * 9000 / 10000) has its minimum at 90
		assertEquals(90, r.tunedScan.xBest(), 1e-12);
		assertEquals(100, r.originalScan.x().length); // np.arange(50, 150, 1.0)
		// one set of edges; every slice toy in a bin
		assertArrayEquals(r.originalHistogram.edges(), r.tunedHistogram.edges(), 0);
		assertEquals(r.originalSlice.count, r.originalHistogram.total());
		assertEquals(r.tunedSlice.count, r.tunedHistogram.total());
		assertEquals(100_000, r.mapToys);
	}

	@Test
	void toyExperimentMomentsAndPValues() {
		final ToyExperiment.Result r = ToyExperiment.run(seed(),
			new ToyExperiment.Slice("mu", 9000, 10, "e"), new ToyOptions(1_000_000, 0,
				7, 2, "truncate", 2), null, null);
		// thrown counts: mean N, variance sys + N (the total covariance), 4 standard errors
		assertEquals(100, r.toyMean[0], 4 * Math.sqrt(200 / 1e6));
		assertEquals(10000, r.toyMean[1], 4 * Math.sqrt(2.01e6 / 1e6));
		assertEquals(200, r.variance[0], 0);
		assertEquals(2.01e6, r.variance[1], 0);
		assertEquals(200, r.toyVariance[0], 4 * 200 * Math.sqrt(2 / 1e6));
		assertEquals(CONSTRAINED_MEAN, r.slice.mean, 4 * r.slice.meanError);
		// ndf 2: the chi-square survival function is exp(-chi2 / 2)
		assertEquals(2, r.ndf);
		assertEquals(Math.exp(-r.chi2 / 2), r.pValue, 1e-15);
		assertEquals(r.pValue, r.toyPValue, 0.005);
		assertEquals(r.slice.count, r.sliceHistogram.total());
	}

	@Test
	void anEmptySliceHasNoMean() {
		// 10 toys: P(8990 < n_mu < 9010) is about 0.4% per toy (seed 1: none)
		final ToyExperiment.Result r = ToyExperiment.run(seed(),
			new ToyExperiment.Slice("mu", 9000, 10, "e"), new ToyOptions(10, 0, 1, 1,
				"truncate", 2), null, null);
		assertEquals(0, r.slice.count);
		assertNull(r.slice.mean);
		assertNull(r.slice.variance);
	}

	@Test
	void unreachableSliceIsAnErrorBeforeAnyToy() {
		final int[] calls = new int[1];
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> ToyExperiment.run(seed(),
				new ToyExperiment.Slice("mu", 100000, 10, "e"), new ToyOptions(1000, 0, 1,
					1, "truncate", 2), (done, total) -> calls[0]++, null));
		// mu is thrown around 10000 +- sqrt(2.01e6) = 1418
		assertEquals("slice_center: no toy can reach the slice 99990 < mu < " +
			"100010: mu is thrown around 10000 +- 1418", e.getMessage());
		assertEquals(0, calls[0]);
	}

	@Test
	void cancelStopsTheStudy() {
		assertThrows(CancellationException.class, () -> ToyExperiment.run(seed(),
			new ToyExperiment.Slice("mu", 9000, 10, "e"), new ToyOptions(100_000_000,
				0, 1, 1, "truncate", 2), new ToyProgress() {

					@Override
					public void progress(final long done, final long total) {}

					@Override
					public boolean isCanceled() {
						return true;
					}
				}, null));
	}

	@Test
	void threadsAreCappedAtTheCores() {
		assertEquals(2, new ToyOptions(1, 0, 1, 64, "truncate", 2).threads());
		assertEquals("threads=64 is more than the 2 available cores; using 2 " +
			"(more threads than cores only slow the toys down)", new ToyOptions(1, 0,
				1, 64, "truncate", 2).warning());
		assertEquals(2, new ToyOptions(1, 0, 1, 0, "truncate", 2).threads());
		assertNull(new ToyOptions(1, 0, 1, 0, "truncate", 2).warning());
		assertEquals(1, new ToyOptions(1, 0, 1, 1, "error", 2).threads());
	}

	@Test
	void integerEdgesCoverWholeCountsInWholeBins() {
		// 95 to 134 is 40 values: 20 bins of 2 counts, edges at half-integers
		final double[] e = ToyRuns.integerEdges(20, 95, 134);
		assertEquals(21, e.length);
		assertEquals(94.5, e[0], 0);
		assertEquals(134.5, e[20], 0);
		// 10 values: one count a bin
		assertArrayEquals(new double[] { -0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5,
			7.5, 8.5, 9.5 }, ToyRuns.integerEdges(20, 0, 9), 0);
		// nothing to bin
		assertArrayEquals(new double[] { -0.5, 0.5 }, ToyRuns.integerEdges(20, 1,
			0), 0);
	}

	@Test
	void constraintOfTheSeedModel() {
		final ConstraintStudy.Result r = ConstraintStudy.of(seed(), "e");
		assertArrayEquals(new String[] { "e" }, r.bins);
		assertEquals(CONSTRAINED_MEAN, r.constrained[0], 1e-12);
		assertEquals(Math.sqrt(200 - 1e8 / 2.01e6), r.constrainedError[0], 1e-12);
		// the naive tune: 100 * 9000 / 10000
		assertEquals(90, r.tuned[0], 1e-12);
		assertEquals(Math.sqrt(200), r.expectedError[0], 1e-12);
		// (100 - 95.0249)^2 / 150.2488, one degree of freedom
		assertEquals(Math.pow(100 - CONSTRAINED_MEAN, 2) / (200 - 1e8 / 2.01e6),
			r.chi2, 1e-9);
		assertEquals(1, r.ndf);
	}

	@Test
	void modelDescriptionNamesItsKeys() {
		assertThrows(IllegalArgumentException.class, () -> ModelDescription
			.seedKeys().set("mu_expected", 1));
		// the first key not set, in the order of SEED_KEYS
		assertEquals("the seed's model needs e_exp, got none", assertThrows(
			IllegalArgumentException.class, () -> ModelDescription.seedKeys().set(
				"mu_exp", 1).build()).getMessage());
		assertEquals(10, ModelDescription.SEED_KEYS.size());
	}
}
