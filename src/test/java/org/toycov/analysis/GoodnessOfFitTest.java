package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.toycov.model.ModelException;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.StatTerm;

/**
 * The decomposition against numpy: the numbers were printed by
 * {@code python3 bench/gof_numpy.py} (np.linalg.eigh, eigenvalues sorted decreasing).
 */
class GoodnessOfFitTest {

	private static final double[][] V = { { 40, 6, -3, 2, 0.5 }, { 6, 55, 8, -4, 1 }, { -3, 8, 30, 5, -2 }, { 2, -4,
		5, 25, 3 }, { 0.5, 1, -2, 3, 18 } };
	private static final double[] N = { 52, 31, 47, 20, 33 }, MU = { 40, 45, 35, 28, 20 };

	@Test
	void eigenComponentsMatchNumpyEigh() {
		final GoodnessOfFitResult r = GoodnessOfFit.of(V, N, MU);
		final double[] lambda = { 58.81636876298887, 40.32403014260161, 31.867788355761885, 22.05640626831585,
			14.935406470331781 };
		final double[] eps = { -0.8795452395657479, 1.4113673006398413, 1.4683206764897565, -1.4496164051291427,
			5.6461204720500735 };
		final double[] q0 = { 0.2574675765806905, 0.9382902021152953, 0.22219076050797104, -0.06195725073105662,
			0.01070087149919581 };
		final double[] q4 = { 0.10672625242324779, -0.15857121663517876, 0.37107784860577886, -0.49561120215222665,
			0.7616662279987606 };
		for (int i = 0; i < 5; i++) {
			assertEquals(lambda[i], r.lambda()[i], 1e-12 * lambda[0]);
			assertEquals(eps[i], r.epsilon()[i], 1e-12 * 10);
			// NB: both fix the sign by the largest entry; the comparison holds up to sign by construction
			assertEquals(q0[i], r.eigenvector(0)[i], 1e-12);
			assertEquals(q4[i], r.eigenvector(4)[i], 1e-12);
			assertEquals(eps[i] * Math.sqrt(lambda[i]), r.deltaLambda()[i], 1e-10);
			assertEquals(eps[i] * eps[i], r.contribution()[i], 1e-10);
		}
		assertEquals(38.90158720168797, r.chi2(), 1e-12 * 38.9);
		assertTrue(r.flagged(4));
		for (int i = 0; i < 4; i++) assertFalse(r.flagged(i));
	}

	@Test
	void contributionsSumToTheChiSquare() {
		final GoodnessOfFitResult r = GoodnessOfFit.of(V, N, MU);
		final double chi2 = new ChiSquare(V, new String[] { "a", "b", "c", "d", "e" }).chi2(MU, N);
		assertEquals(chi2, r.chi2(), 1e-12 * chi2);
		double perBin = 0;
		for (final double c : r.binContribution()) perBin += c;
		assertEquals(chi2, perBin, 1e-12 * chi2);
	}

	@Test
	void decompositionOfASignalModelSumsToItsChiSquare() {
		// a 12-component, 6-channel model (SignalFitTest's first) at x = 1.2
		final SignalModel m = new SignalModel(SignalFitTest.B1, SignalFitTest.S1, SignalFitTest.COLLAPSE1, 6,
			SignalFitTest.F1, SignalFitTest.CABS1, SignalFitTest.OBS1, StatTerm.PEARSON);
		final GoodnessOfFitResult r = GoodnessOfFit.of(m, 1.2);
		final double chi2 = m.chi2(1.2);
		assertEquals(chi2, r.chi2(), 1e-12 * chi2);
		double perBin = 0;
		for (final double c : r.binContribution()) perBin += c;
		assertEquals(chi2, perBin, 1e-12 * chi2);
	}

	@Test
	void notPositiveDefiniteIsOneLine() {
		final double[][] bad = { { 1, 2 }, { 2, 1 } };
		assertTrue(assertThrows(ModelException.class, () -> GoodnessOfFit.of(bad, new double[] { 1, 1 },
			new double[] { 0, 0 })).getMessage().startsWith("goodness of fit: the covariance is not positive definite"));
	}
}
