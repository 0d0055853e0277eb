package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Semidefinite Cholesky: factors checked by reconstruction (L L^T = C) and by hand-derived factors. */
class SemidefiniteCholeskyTest {

	private static double[][] reconstruct(final double[][] l) {
		final int n = l.length;
		final double[][] c = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				for (int k = 0; k < n; k++) c[i][j] += l[i][k] * l[j][k];
		return c;
	}

	@Test
	void seedOrigCovarianceIsPositiveDefinite() {
		// The seed's 'orig' systematic covariance (cell 21): [[1e2, 1e4], [1e4, 2e6]].
		// By hand: L00 = 10, L10 = 1e4 / 10 = 1000, L11 = sqrt(2e6 - 1e6) = 1000.
		final double[][] l = SemidefiniteCholesky.factor(new double[][] { { 100, 1e4 }, { 1e4, 2e6 } });
		assertArrayEquals(new double[] { 10, 0 }, l[0], 1e-12);
		assertArrayEquals(new double[] { 1000, 1000 }, l[1], 1e-9);
	}

	@Test
	void singularXsecOnlyCovarianceGivesZeroColumn() {
		// The seed's xsec-only covariance (cell 8, 10% fully correlated): rank 1, so L = [[10, 0], [1000, 0]].
		final double[][] l = SemidefiniteCholesky.factor(new double[][] { { 100, 1e4 }, { 1e4, 1e6 } });
		assertArrayEquals(new double[] { 10, 0 }, l[0], 0);
		assertArrayEquals(new double[] { 1000, 0 }, l[1], 0);
	}

	@Test
	void singularThreeByThreeReconstructs() {
		// C = v v^T + w w^T with v = (1, 2, 3), w = (0, 1, 1): rank 2, the third pivot is zero.
		final double[][] c = { { 1, 2, 3 }, { 2, 5, 7 }, { 3, 7, 10 } };
		final double[][] l = SemidefiniteCholesky.factor(c);
		final double[][] r = reconstruct(l);
		for (int i = 0; i < 3; i++) assertArrayEquals(c[i], r[i], 1e-12);
		assertEquals(0, l[2][2], 0);
	}

	@Test
	void zeroMatrixGivesZeroFactor() {
		final double[][] l = SemidefiniteCholesky.factor(new double[][] { { 0, 0 }, { 0, 0 } });
		assertArrayEquals(new double[] { 0, 0 }, l[1], 0);
	}

	@Test
	void indefiniteIsRejectedWithPivot() {
		// det = 100 * 100 - 200^2 < 0: the second pivot is 100 - 200^2 / 100 = -300.
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SemidefiniteCholesky.factor(new double[][] { { 100, 200 }, { 200, 100 } }, new String[] { "e", "mu" },
				"systematic covariance"));
		assertEquals("systematic covariance is not positive semi-definite (pivot -300.0 at channel mu)", e.getMessage());
	}

	@Test
	void indefiniteWithoutNamesUsesIndex() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SemidefiniteCholesky.factor(new double[][] { { 1, 0 }, { 0, -3.2 } }));
		assertEquals("covariance is not positive semi-definite (variance -3.2 at channel 1)", e.getMessage());
	}

	@Test
	void zeroPivotWithResidualIsIndefinite() {
		// [[0, 1], [1, 0]] has eigenvalues +-1: zero first pivot but a non-zero off-diagonal.
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SemidefiniteCholesky.factor(new double[][] { { 0, 1 }, { 1, 0 } }));
		assertEquals(true, e.getMessage().startsWith("covariance is not positive semi-definite (zero pivot at channel 0"),
			e.getMessage());
	}

	@Test
	void asymmetricIsRejected() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SemidefiniteCholesky.factor(new double[][] { { 100, 1 }, { 2, 100 } }));
		assertEquals("covariance is not symmetric ([1][0]=2.0 but [0][1]=1.0)", e.getMessage());
	}

	@Test
	void nonFiniteIsRejected() {
		assertThrows(IllegalArgumentException.class,
			() -> SemidefiniteCholesky.factor(new double[][] { { Double.NaN } }));
	}
}
