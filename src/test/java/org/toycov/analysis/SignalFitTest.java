package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.stats.StatTerm;

/**
 * SignalFit against numpy: the model arrays and the numbers below were printed by
 * {@code python3 bench/signal_fit_numpy.py} (numpy 2.4; same formulas written from the
 * definitions, chi2 by np.linalg.solve, minimum by golden section, Wilks ends by bisection).
 */
class SignalFitTest {

	// seed 11 pearson channel bins 6
	static final double[] B1 = { 0.0, 0.0, 0.0, 6.578, 13.136, 56.052, 8.873, 12.138, 57.158, 39.204, 25.295, 33.126 };
	static final double[] S1 = { 8.628, 4.753, 3.38, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 };
	static final int[] COLLAPSE1 = { 0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5 };
	static final double[][] F1 = { { 0.006083, -0.000233, -0.00058, -0.000839, 9.2e-05, -0.001302, -0.001196, 0.001538, -0.001412, -0.000296, 0.00028, 0.000489 }, { -0.000233, 0.00258, 0.00152, -0.000456, -0.000664, 0.000872, 0.001975, -0.000138, 0.000396, -0.001076, -0.000975, -0.001275 }, { -0.00058, 0.00152, 0.005875, 0.00107, -0.002446, 0.002434, 0.001003, -0.000876, 0.00288, 0.001073, -0.004026, -0.001893 }, { -0.000839, -0.000456, 0.00107, 0.003394, 0.001217, -0.000489, 0.001264, 0.001259, 0.000322, -0.000343, -0.001137, -0.000491 }, { 9.2e-05, -0.000664, -0.002446, 0.001217, 0.006983, -0.001729, -0.000415, 0.003104, -0.003919, -0.002015, 0.00197, 0.000501 }, { -0.001302, 0.000872, 0.002434, -0.000489, -0.001729, 0.008282, 0.00053, 0.001974, -6e-05, 0.002237, -0.002314, -1e-05 }, { -0.001196, 0.001975, 0.001003, 0.001264, -0.000415, 0.00053, 0.00587, 0.0005, -0.000419, -0.000714, -0.001726, -0.001064 }, { 0.001538, -0.000138, -0.000876, 0.001259, 0.003104, 0.001974, 0.0005, 0.006508, -0.003538, -0.000581, -0.001595, 0.000623 }, { -0.001412, 0.000396, 0.00288, 0.000322, -0.003919, -6e-05, -0.000419, -0.003538, 0.006106, 0.00094, -0.000531, -0.000594 }, { -0.000296, -0.001076, 0.001073, -0.000343, -0.002015, 0.002237, -0.000714, -0.000581, 0.00094, 0.003996, -0.002816, 0.000359 }, { 0.00028, -0.000975, -0.004026, -0.001137, 0.00197, -0.002314, -0.001726, -0.001595, -0.000531, -0.002816, 0.007796, 0.001459 }, { 0.000489, -0.001275, -0.001893, -0.000491, 0.000501, -1e-05, -0.001064, 0.000623, -0.000594, 0.000359, 0.001459, 0.001929 } };
	static final double[][] CABS1 = { { 0.881313, 0.113677, 0.026116, -0.829342, 0.230782, -0.341674 }, { 0.113677, 1.978206, -0.925493, -0.305663, -0.180812, 1.505008 }, { 0.026116, -0.925493, 3.177133, 0.462469, -0.649617, -0.020395 }, { -0.829342, -0.305663, 0.462469, 1.640468, 0.203443, 0.495977 }, { 0.230782, -0.180812, -0.649617, 0.203443, 0.775275, -0.276927 }, { -0.341674, 1.505008, -0.020395, 0.495977, -0.276927, 2.113155 } };
	static final double[] OBS1 = { 21.0, 0.0, 70.0, 47.0, 27.0, 86.0 };
	// chi2 grid 42.8293422763023 22.830041303883288 30.5959912842832
	// x_best 1.2364160771500918 chi2_min 20.457353259161362
	// wilks 1 0.8698576009163363 1.68170163914177
	// wilks 2 0.5692920989994723 2.220044791508103
	// wilks 3 0.32351983726381983 2.8674995093315667
	// seed 12 cnp channel bins 6
	static final double[] B2 = { 0.0, 0.0, 15.413, 14.861, 24.244, 17.68, 41.875, 11.329, 54.297, 52.197, 5.155, 34.781 };
	static final double[] S2 = { 3.069, 4.58, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 };
	static final int[] COLLAPSE2 = { 0, 1, 0, 1, 2, 3, 2, 3, 4, 5, 4, 5 };
	static final double[][] F2 = { { 0.003741, -0.002317, -0.001474, 0.003236, 0.000175, -0.001809, -0.002098, 0.001403, -0.001572, -0.000675, -0.000208, 0.002282 }, { -0.002317, 0.004822, 0.00098, 7e-06, -0.000173, 0.00083, -0.001182, -0.003578, 0.003047, 0.000814, 0.000865, 0.001274 }, { -0.001474, 0.00098, 0.005347, -0.001148, 0.000535, 0.002717, 0.001607, -0.001677, 0.00159, 0.003006, -0.000234, -0.004186 }, { 0.003236, 7e-06, -0.001148, 0.008911, 0.001058, -0.000768, -0.004978, -0.000393, 0.002289, 0.000535, 0.003051, 0.006062 }, { 0.000175, -0.000173, 0.000535, 0.001058, 0.003246, 0.001116, 0.000875, 0.000383, -0.000335, 0.000264, 0.000407, -0.000243 }, { -0.001809, 0.00083, 0.002717, -0.000768, 0.001116, 0.005675, 0.001529, 0.000573, 0.002457, 0.0007, 0.000381, -0.004154 }, { -0.002098, -0.001182, 0.001607, -0.004978, 0.000875, 0.001529, 0.005599, 0.00144, -0.001368, 0.001539, -0.000821, -0.004976 }, { 0.001403, -0.003578, -0.001677, -0.000393, 0.000383, 0.000573, 0.00144, 0.005708, -0.00254, -0.001547, -0.000239, -0.000882 }, { -0.001572, 0.003047, 0.00159, 0.002289, -0.000335, 0.002457, -0.001368, -0.00254, 0.007658, 0.00273, 0.00167, 0.00019 }, { -0.000675, 0.000814, 0.003006, 0.000535, 0.000264, 0.0007, 0.001539, -0.001547, 0.00273, 0.004959, 0.001961, -0.002518 }, { -0.000208, 0.000865, -0.000234, 0.003051, 0.000407, 0.000381, -0.000821, -0.000239, 0.00167, 0.001961, 0.004039, 0.000879 }, { 0.002282, 0.001274, -0.004186, 0.006062, -0.000243, -0.004154, -0.004976, -0.000882, 0.00019, -0.002518, 0.000879, 0.011134 } };
	static final double[][] CABS2 = { { 1.088208, 0.211826, 0.309322, -0.586151, 0.186008, -0.013087 }, { 0.211826, 1.591102, 0.59412, -1.400984, 0.380801, 0.591587 }, { 0.309322, 0.59412, 0.870098, -1.10619, 0.144915, 0.516034 }, { -0.586151, -1.400984, -1.10619, 3.133316, -0.926184, 0.152489 }, { 0.186008, 0.380801, 0.144915, -0.926184, 0.50063, -0.415258 }, { -0.013087, 0.591587, 0.516034, 0.152489, -0.415258, 1.151181 } };
	static final double[] OBS2 = { 26.0, 0.0, 62.0, 28.0, 66.0, 99.0 };
	// chi2 grid 30.02139846488519 34.14504139516715 50.44045301010787
	// x_best 1.3574779340394925e-15 chi2_min 30.0213984648852
	// wilks 1 0.0 0.18099241697180968
	// wilks 2 0.0 0.6804243338001321
	// wilks 3 0.0 1.433167652884841

	private static SignalModel model1() {
		return new SignalModel(B1, S1, COLLAPSE1, 6, F1, CABS1, OBS1, StatTerm.PEARSON);
	}

	private static SignalModel model2() {
		return new SignalModel(B2, S2, COLLAPSE2, 6, F2, CABS2, OBS2, StatTerm.CNP);
	}

	private static void close(final double expected, final double actual, final double rel) {
		assertEquals(expected, actual, rel * Math.max(1, Math.abs(expected)));
	}

	@Test
	void pearsonModelWithComponentsMatchesNumpy() {
		final SignalFitResult r = SignalFit.fit(model1(), new SignalFitGrid(0, 3, 0.1));
		assertEquals(31, r.x().length);
		close(42.8293422763023, r.chi2()[0], 1e-9);
		close(22.830041303883288, r.chi2()[7], 1e-9);
		close(30.5959912842832, r.chi2()[30], 1e-9);
		close(20.457353259161362, r.chi2Min(), 1e-9);
		// NB: function values fix a minimum's position only to about sqrt(machine epsilon)
		assertEquals(1.2364160771500918, r.xBest(), 1e-6);
		close(22.830041303883288 - 20.457353259161362, r.deltaChi2()[7], 1e-9);
		final double[][] wilks = { { 0.8698576009163363, 1.68170163914177 }, { 0.5692920989994723,
			2.220044791508103 }, { 0.32351983726381983, 2.8674995093315667 } };
		for (int k = 1; k <= 3; k++) {
			close(wilks[k - 1][0], r.wilks(k)[0], 1e-9);
			close(wilks[k - 1][1], r.wilks(k)[1], 1e-9);
		}
	}

	@Test
	void cnpModelWithMinimumAtTheBoundaryMatchesNumpy() {
		final SignalFitResult r = SignalFit.fit(model2(), new SignalFitGrid(0, 3, 0.1));
		close(30.02139846488519, r.chi2()[0], 1e-9);
		close(34.14504139516715, r.chi2()[7], 1e-9);
		close(50.44045301010787, r.chi2()[30], 1e-9);
		close(30.0213984648852, r.chi2Min(), 1e-9);
		assertEquals(0, r.xBest(), 1e-6);
		final double[] upper = { 0.18099241697180968, 0.6804243338001321, 1.433167652884841 };
		for (int k = 1; k <= 3; k++) {
			assertEquals(0, r.wilks(k)[0], 0);
			close(upper[k - 1], r.wilks(k)[1], 1e-9);
		}
		assertTrue(r.caveat().contains("Feldman Cousins"));
	}

	@Test
	void intervalEndBeyondTheGridIsNaN() {
		// the 3 sigma upper end of model 1 is 2.87: a grid to 2 does not reach it
		final SignalFitResult r = SignalFit.fit(model1(), new SignalFitGrid(0, 2, 0.1));
		assertTrue(Double.isNaN(r.wilks(3)[1]));
		close(1.68170163914177, r.wilks(1)[1], 1e-9);
	}

	@Test
	void aGridThatStopsBeforeTheMinimumGivesItsLowerEndsAndNoUpperOnes() {
		// the fit's search goes on past the grid's last point to the minimum; no grid
		// point lies above it, so the upper ends are unknown, the lower ones as on a wide grid
		final SignalFitResult wide = SignalFit.fit(model1(), new SignalFitGrid(0, 4, 0.1));
		final SignalFitResult r = SignalFit.fit(model1(), new SignalFitGrid(0, 0.3, 0.1));
		assertTrue(wide.xBest() > 0.3, "" + wide.xBest());
		close(wide.xBest(), r.xBest(), 1e-6);
		for (int s = 1; s <= 3; s++) {
			assertTrue(Double.isNaN(r.wilks(s)[1]), s + " sigma");
			close(wide.wilks(s)[0], r.wilks(s)[0], 1e-9);
		}
	}

	@Test
	void badGridAndSignalAreOneLineErrors() {
		assertEquals("x_min must be 0 (the grid starts at the boundary x = 0), got 0.5",
			assertThrows(ModelException.class, () -> new SignalFitGrid(0.5, 3, 0.1)).getMessage());
		assertTrue(assertThrows(ModelException.class, () -> new SignalFitGrid(0, 0, 0.1)).getMessage().startsWith(
			"x_max must be > x_min"));
		assertTrue(assertThrows(ModelException.class, () -> new SignalFitGrid(0, 3, 0)).getMessage().startsWith(
			"x_step must be > 0"));
		assertTrue(assertThrows(ModelException.class, () -> new SignalFitGrid(0, 3, 0.7)).getMessage().startsWith(
			"x_max must be x_min plus a whole number of x_step"));
		final double[] zero = new double[S1.length];
		assertTrue(assertThrows(ModelException.class, () -> new SignalModel(B1, zero, COLLAPSE1, 6, F1, CABS1, OBS1,
			StatTerm.PEARSON)).getMessage().startsWith("signal is all zero"));
		assertTrue(assertThrows(ModelException.class, () -> new SignalModel(B1, new double[0], new int[0], 6, null,
			null, OBS1, StatTerm.PEARSON)).getMessage().startsWith("no signal"));
		assertTrue(assertThrows(ModelException.class, () -> new SignalModel(B1, S1, COLLAPSE1, 6, F1, CABS1, OBS1,
			StatTerm.NEYMAN)).getMessage().startsWith("stat must be pearson or cnp"));
	}

	@Test
	void gridStrengthsAreTheDecimalsTheStepNames() {
		// numpy: np.round(np.arange(31) * 0.1, 12) prints 0.3 and 0.6 where 3 * 0.1 and 6 * 0.1 do not
		final double[] x = new SignalFitGrid(0, 3, 0.1).values();
		assertEquals(31, x.length);
		for (int i = 0; i < x.length; i++) assertEquals(Double.toString(i / 10.0), Double.toString(x[i]), "x[" + i + "]");
		assertEquals("0.3", Double.toString(new SignalFitGrid(0, 3, 0.1).x(3)));
		assertEquals("0.6000000000000001", Double.toString(6 * 0.1), "the noise the grid avoids");
		// beyond x_max (the fit grid of Feldman Cousins) and with a step that is no short decimal
		assertEquals(3.7, new SignalFitGrid(0, 3, 0.1).x(37), 0);
		assertEquals(0.7, new SignalFitGrid(0, 1.4, 0.7).x(1), 0);
		assertEquals(2.0 / 3, new SignalFitGrid(0, 2, 1.0 / 3).x(2), Math.ulp(2.0 / 3));
	}

	@Test
	void singularCovarianceNamesTheBin() {
		// one bin with no background, no systematics: at x = 0 its pearson variance is 0
		final SignalModel m = SignalModel.ofChannelBins(new double[] { 0, 10 }, new double[] { 5, 0 }, null, null,
			new double[] { 3, 12 }, StatTerm.PEARSON).withNames(new String[] { "e_0", "e_1" });
		assertTrue(assertThrows(ModelException.class, () -> m.chi2(0)).getMessage().contains("e_0"));
		assertEquals(4.0 / 5 + 4.0 / 10, m.chi2(1), 1e-12);
	}

	@Test
	void covarianceIsQuadraticInX() {
		// C_sys(x) = A + x B + x^2 D against the direct P (F o m m^T) P^T + C_abs at x = 1.7
		final SignalModel m = model1();
		final double x = 1.7;
		final double[][] c = m.systematic(x);
		final double[][] direct = new double[6][6];
		for (int i = 0; i < B1.length; i++)
			for (int j = 0; j < B1.length; j++)
				direct[COLLAPSE1[i]][COLLAPSE1[j]] += F1[i][j] * (B1[i] + x * S1[i]) * (B1[j] + x * S1[j]);
		for (int i = 0; i < 6; i++)
			for (int j = 0; j < 6; j++) assertEquals(direct[i][j] + CABS1[i][j], c[i][j], 1e-12);
	}
}
