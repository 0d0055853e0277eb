package org.toycov.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Positive semi-definiteness checks of symmetric matrices. */
final class Psd {

	private Psd() {}

	/**
	 * 0 if the symmetric matrix is positive semi-definite (within rounding),
	 * else its most negative eigenvalue.
	 */
	static double smallestEigenvalueIfNegative(final double[][] a) {
		final int n = a.length;
		double scale = 0;
		for (int i = 0; i < n; i++)
			scale = Math.max(scale, Math.abs(a[i][i]));
		if (scale == 0) scale = 1;
		// NB: a Cholesky factor of A + eps I exists iff A's eigenvalues exceed -eps;
		// O(n^3 / 3), so a 1000-bin model is checked in well under a second.
		final DMatrixRMaj m = new DMatrixRMaj(a);
		for (int i = 0; i < n; i++)
			m.add(i, i, 1e-10 * scale);
		final CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM
			.chol(n, true);
		if (chol.decompose(m)) return 0;
		final EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM
			.eig(n, false, true);
		if (!eig.decompose(new DMatrixRMaj(a))) return Double.NaN;
		double min = Double.POSITIVE_INFINITY;
		for (int i = 0; i < n; i++)
			min = Math.min(min, eig.getEigenvalue(i).real);
		return min < 0 ? min : -Double.MIN_VALUE;
	}
}
