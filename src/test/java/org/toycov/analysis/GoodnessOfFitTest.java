package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
	void afterTheConstraintMatchesNumpyAndSumsToTheConstrainedChiSquare() {
		// SignalFitTest's first model at x = 1.2, bins 0, 2, 4 constrained by 1, 3, 5; numbers printed by
		// python3 bench/gof_numpy.py (its "constrained" lines: np.linalg.eigh of C_YY - C_YX C_XX^-1 C_XY)
		final SignalModel m = new SignalModel(SignalFitTest.B1, SignalFitTest.S1, SignalFitTest.COLLAPSE1, 6,
			SignalFitTest.F1, SignalFitTest.CABS1, SignalFitTest.OBS1, StatTerm.PEARSON).constrained(new int[] { 0, 2,
				4 });
		final GoodnessOfFitResult r = GoodnessOfFit.of(m, 1.2);
		assertArrayEquals(new int[] { 0, 2, 4 }, r.bins());
		final double[] lambda = { 89.89797605035167, 42.79173688602537, 18.45558081842403 };
		final double[][] q = { { -0.01116246140937794, 0.9983450761882322, -0.05641372444712983 }, {
			0.011571391637104819, 0.05654242923979064, 0.9983331390829633 }, { 0.9998707428217233,
				0.010491069839431266, -0.01218339454993093 } };
		final double[] eps = { 0.9391052328402658, -1.4392042991988403, 1.0146651418251116 };
		for (int c = 0; c < 3; c++) {
			assertEquals(lambda[c], r.lambda()[c], 1e-12 * lambda[0]);
			// NB: an eigenvector is known up to sign: compare after aligning it with numpy's
			final double[] v = r.eigenvector(c);
			double dot = 0;
			for (int i = 0; i < 3; i++) dot += v[i] * q[c][i];
			final double sign = Math.signum(dot);
			assertEquals(1, Math.abs(dot), 1e-12);
			for (int i = 0; i < 3; i++) assertEquals(q[c][i], sign * v[i], 1e-12);
			assertEquals(eps[c], sign * r.epsilon()[c], 1e-11);
		}
		// the contributions sum to the constrained chi-square, computed by SignalModel as d^T C^-1 d - d_X^T C_XX^-1 d_X
		final double chi2 = m.chi2(1.2);
		assertEquals(3.9827730032153714, chi2, 1e-12 * chi2);
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
