package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.stats.StatTerm;
import org.toycov.toys.ToyProgress;

/**
 * {@link SignalModel#checkCovariance}: every command that evaluates {@code chi2(x)}
 * (Signal Fit, Feldman Cousins, Hypothesis Test, Goodness of Fit) refuses, before any
 * toy and in the one line of Signal Fit's fit, a covariance it cannot use, and names
 * the key whose strength makes the covariance overflow.
 */
class CovarianceCheckTest {

	/** The one line {@link org.toycov.stats.ChiSquare} gives a bin without variance. */
	private static final String NO_VARIANCE = "covariance is singular at channel bin 1: it has no variance (a " +
		"count expected to be 0 has no Poisson variance and no systematic error); give it an expected count > 0, " +
		"a systematic variance, or merge the bin";

	/** A progress that fails the test: no toy may be thrown. */
	private static final ToyProgress NO_TOY = (done, total) -> {
		if (done > 0) throw new AssertionError(done + " toys thrown");
	};

	private static final double[] OBSERVED = { 12, 7 };

	/** Bin 1 expects nothing at any x (no background, no signal, no systematic) but observes 7. */
	private static SignalModel emptyBin(final StatTerm stat) {
		return SignalModel.ofChannelBins(new double[] { 10, 0 }, new double[] { 5, 0 }, null, null, OBSERVED, stat);
	}

	/** Bin 1 holds signal only: it expects nothing at x = 0 alone. */
	private static SignalModel signalOnlyBin() {
		return SignalModel.ofChannelBins(new double[] { 10, 0 }, new double[] { 5, 3 }, null, null, OBSERVED,
			StatTerm.PEARSON);
	}

	private static String message(final Runnable r) {
		return assertThrows(ModelException.class, r::run).getMessage();
	}

	private static SignalFitGrid grid() {
		return new SignalFitGrid(0, 2, 0.5);
	}

	private static void feldmanCousins(final SignalModel m, final double asimovX) {
		FeldmanCousins.run(m, grid(), new FeldmanCousinsConfig(1000, 1, 1, new double[] { 0.9 }, asimovX), NO_TOY);
	}

	@Test
	void aBinWithoutVarianceIsSignalFitsOneLineInEveryCommand() {
		for (final StatTerm stat : new StatTerm[] { StatTerm.PEARSON, StatTerm.CNP }) {
			final SignalModel m = emptyBin(stat);
			assertEquals(NO_VARIANCE, message(() -> SignalFit.fit(m, grid())));
			assertEquals(NO_VARIANCE, message(() -> HypothesisTest.run(m, 0, 1, 1000, 1, 1, NO_TOY)));
			assertEquals(NO_VARIANCE, message(() -> HypothesisTest.counts(m, 0, 1, 0, 1000, 1, 1, NO_TOY)));
			assertEquals(NO_VARIANCE, message(() -> feldmanCousins(m, 0)));
			assertEquals(NO_VARIANCE, message(() -> FeldmanCousins.point(m, grid(), 2, 0, 1000, 1, 1,
				org.toycov.toys.NegativePolicy.TRUNCATE)));
			assertEquals(NO_VARIANCE, message(() -> GoodnessOfFit.of(m, 1)));
		}
	}

	@Test
	void aBinWithoutVarianceAtOneStrengthIsRefusedWhereverThatStrengthIsUsed() {
		final SignalModel m = signalOnlyBin();
		// x = 0 is on every grid, and x0, x1 or asimov_x when they are 0: the line names x = 0 and the key
		final String onGrid = "covariance is singular at channel bin 1 at x = 0 (the grid's start): it holds " +
			"signal only, so at x = 0 it expects 0 counts and has no variance; give bin 1 a background or a " +
			"systematic variance (the grid starts at x = 0)";
		assertEquals(onGrid, message(() -> SignalFit.fit(m, grid())));
		assertEquals(onGrid, message(() -> feldmanCousins(m, 0)));
		assertEquals(onGrid, message(() -> feldmanCousins(m, 1)));
		final String atKey = "covariance is singular at channel bin 1 at x = 0 (%s): it holds signal only, so at " +
			"x = 0 it expects 0 counts and has no variance; give bin 1 a background or a systematic variance, or " +
			"use %s > 0";
		assertEquals(String.format(atKey, "x0", "x0"), message(() -> HypothesisTest.run(m, 0, 1, 1000, 1, 1,
			NO_TOY)));
		assertEquals(String.format(atKey, "x1", "x1"), message(() -> HypothesisTest.run(m, 1, 0, 1000, 1, 1,
			NO_TOY)));
		assertEquals(String.format(atKey, "x", "x"), message(() -> GoodnessOfFit.of(m, 0)));
		// away from x = 0 the covariance is diag(10 + 5x, 3x): chi2(1) = 9/15 + 16/3
		assertEquals(9.0 / 15 + 16.0 / 3, GoodnessOfFit.of(m, 1).chi2(), 1e-12);
		final HypothesisTestResult r = HypothesisTest.run(m, 0.5, 1, 1000, 1, 1, null);
		assertEquals(m.chi2(0.5) - m.chi2(1), r.deltaChi2(), 1e-12);
	}

	@Test
	void aStrengthThatOverflowsTheCovarianceNamesItsKey() {
		// a 10% fractional error: C_sys(x) = 0.01 (b + x s)^2 overflows a double near x = 1e154
		final double[][] frac = { { 0.01, 0 }, { 0, 0.01 } };
		final SignalModel m = SignalModel.ofChannelBins(new double[] { 10, 20 }, new double[] { 5, 3 }, frac, null,
			OBSERVED, StatTerm.PEARSON);
		assertEquals("x1 is too large: at x = 1.0E200 the covariance of bin 0 overflows a double; give a smaller x1",
			message(() -> HypothesisTest.run(m, 0, 1e200, 1000, 1, 1, NO_TOY)));
		assertEquals("x0 is too large: at x = 1.0E200 the covariance of bin 0 overflows a double; give a smaller x0",
			message(() -> HypothesisTest.run(m, 1e200, 0, 1000, 1, 1, NO_TOY)));
		assertEquals("x_max is too large: at x = 1.0E299 the covariance of bin 0 overflows a double; give a " +
			"smaller x_max", message(() -> SignalFit.fit(m, new SignalFitGrid(0, 1e300, 1e299))));
		assertEquals("x_max is too large: at x = 1.0E299 the covariance of bin 0 overflows a double; give a " +
			"smaller x_max", message(() -> FeldmanCousins.run(m, new SignalFitGrid(0, 1e300, 1e299),
				new FeldmanCousinsConfig(1000, 1, 1, new double[] { 0.9 }, 0), NO_TOY)));
		assertEquals("asimov_x is too large: at x = 1.0E200 the covariance of bin 0 overflows a double; give a " +
			"smaller asimov_x", message(() -> FeldmanCousins.run(m, grid(), new FeldmanCousinsConfig(1000, 1, 1,
				new double[] { 0.9 }, 1e200), NO_TOY)));
		assertEquals("x is too large: at x = 1.0E200 the covariance of bin 0 overflows a double; give a smaller x",
			message(() -> GoodnessOfFit.of(m, 1e200)));
	}

	@Test
	void aModelWhoseCovarianceOverflowsIsNamedByItsBinNotByAStrength() {
		// a signal of 1e300 with a 10% error: D = 0.01 s^2 overflows whatever x
		final double[][] frac = { { 0.01, 0 }, { 0, 0.01 } };
		final SignalModel m = SignalModel.ofChannelBins(new double[] { 10, 20 }, new double[] { 1e300, 3 }, frac,
			null, OBSERVED, StatTerm.PEARSON);
		final String want = "covariance is not finite at channel bin 0: its variance overflows (NaN); give its " +
			"expected count and fractional errors values whose squares fit a double";
		assertEquals(want, message(() -> SignalFit.fit(m, grid())));
		assertEquals(want, message(() -> GoodnessOfFit.of(m, 0)));
		assertEquals(want, message(() -> HypothesisTest.run(m, 0, 1, 1000, 1, 1, NO_TOY)));
		assertEquals(want, message(() -> feldmanCousins(m, 0)));
	}

	@Test
	void aStrengthWhoseExpectedCountsTheToysCannotCountNamesItsKey() {
		// mu(x) = (10 + 5x, 20 + 3x); 2^31-1 = 2147483647 is passed by bin 0 from x = 429496727.4 on
		final SignalModel m = SignalModel.ofChannelBins(new double[] { 10, 20 }, new double[] { 5, 3 }, null, null,
			OBSERVED, StatTerm.PEARSON);
		final String tail = ", above 2^31-1 (toys cannot count that high); give a smaller ";
		assertEquals("x1 is too large: at x = 1000000000 the expected count of bin 0 is 5000000010" + tail + "x1",
			message(() -> HypothesisTest.run(m, 0, 1e9, 1000, 1, 1, NO_TOY)));
		assertEquals("x0 is too large: at x = 1000000000 the expected count of bin 0 is 5000000010" + tail + "x0",
			message(() -> HypothesisTest.counts(m, 1e9, 0, 0, 1000, 1, 1, NO_TOY)));
		assertEquals("x is too large: at x = 1000000000 the expected count of bin 0 is 5000000010" + tail + "x",
			message(() -> GoodnessOfFit.of(m, 1e9)));
		assertEquals("asimov_x is too large: at x = 1000000000 the expected count of bin 0 is 5000000010" + tail +
			"asimov_x", message(() -> FeldmanCousins.run(m, grid(), new FeldmanCousinsConfig(1000, 1, 1,
				new double[] { 0.9 }, 1e9), NO_TOY)));
		assertEquals("x_max is too large: at x = 100000000000 the expected count of bin 0 is 500000000010" + tail +
			"x_max", message(() -> SignalFit.fit(m, new SignalFitGrid(0, 1e12, 1e11))));
		assertEquals("x_max is too large: at x = 100000000000 the expected count of bin 0 is 500000000010" + tail +
			"x_max", message(() -> FeldmanCousins.run(m, new SignalFitGrid(0, 1e12, 1e11), new FeldmanCousinsConfig(
				1000, 1, 1, new double[] { 0.9 }, 0), NO_TOY)));
		// the grid up to 4e8 passes (mu_0 = 2000000010), its fit extension to 7e8 does not
		SignalFit.fit(m, new SignalFitGrid(0, 4e8, 1e8));
		assertEquals("x_max is too large: at x = 500000000 the expected count of bin 0 is 2500000010" + tail +
			"x_max", message(() -> FeldmanCousins.run(m, new SignalFitGrid(0, 4e8, 1e8), new FeldmanCousinsConfig(
				1000, 1, 1, new double[] { 0.9 }, 0), NO_TOY)));
	}

	@Test
	void aToyRangeBeyondTheLastToyIndexIsTheToyEnginesLine() {
		final SignalModel m = signalOnlyBin();
		// first_toy + toys = 9223372036854775940 > 2^62 = 4611686018427387904
		final String want = "first_toy + toys must be at most 4611686018427387904 (2^62, the index after the last toy), " +
			"got first_toy=9223372036854775500 and toys=440";
		assertEquals(want, message(() -> HypothesisTest.counts(m, 0.5, 1, 9223372036854775500L, 440, 1, 1, NO_TOY)));
		assertEquals(want, message(() -> FeldmanCousins.counts(m, new SignalFitGrid(0, 2, 0.5),
			9223372036854775500L, 440, 1, 1, NO_TOY)));
		assertEquals("first_toy must be a whole number >= 0, got -1", message(() -> HypothesisTest.counts(m, 0.5, 1,
			-1, 440, 1, 1, NO_TOY)));
	}
}
