package org.toycov.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.BaseDecomposition_DDRB_to_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The one Cholesky factorization {@code C = L L^T} of ToyCov, for symmetric
 * positive (semi-)definite matrices: {@link #definite} for a covariance that is
 * solved with (the chi-square), {@link #semidefinite} for one that is only
 * sampled from (toys: a fully correlated source is singular), and
 * {@link #smallestEigenvalueIfNegative} to check the sources of a model. A bad
 * matrix is reported by the index of its first failing pivot (a bin).
 */
public final class PsdCholesky {

	/** Relative tolerance on semidefinite pivots and on symmetry. */
	public static final double RELATIVE_TOLERANCE = 1e-10;

	/**
	 * Relative pivot below which a covariance is singular: the squared pivot of a
	 * bin against that bin's own variance, i.e. the fraction of its variance the
	 * bins before it do not explain (scale-free: a 1-event bin beside a 1e7-event
	 * one is fine).
	 */
	public static final double SINGULAR = 1e-12;

	private PsdCholesky() {}

	/** A positive definite factorization, or the first bin whose pivot fails. */
	public static final class Factor {

		private final DMatrixRMaj lower;
		private final int badPivot;

		Factor(final DMatrixRMaj lower, final int badPivot) {
			this.lower = lower;
			this.badPivot = badPivot;
		}

		/** Whether the matrix is positive definite (every pivot above {@link #SINGULAR} of its bin's variance). */
		public boolean ok() {
			return badPivot < 0;
		}

		/**
		 * The lower factor, row-major (only the lower triangle is the factor: the
		 * upper one holds what the decomposition left); null unless {@link #ok()}.
		 */
		public DMatrixRMaj lower() {
			return lower;
		}

		/** Index of the first failing pivot, or -1. */
		public int badPivot() {
			return badPivot;
		}
	}

	/**
	 * Factors a symmetric matrix that must be positive definite: each pivot
	 * {@code p_i} with {@code p_i^2 > SINGULAR C_ii}. EJML's (blocked)
	 * Cholesky does the work; only on failure is the first bad pivot searched.
	 */
	public static Factor definite(final double[][] c) {
		final int n = c.length;
		final DMatrixRMaj m = new DMatrixRMaj(c);
		double maxDiag = 0;
		for (int i = 0; i < n; i++)
			maxDiag = Math.max(maxDiag, Math.abs(c[i][i]));
		final CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM
			.chol(n, true);
		if (maxDiag > 0 && Double.isFinite(maxDiag) && chol.decompose(m)) {
			// NB: the factor stays in m (its lower triangle, all the solvers read):
			// no second n x n matrix; the blocked form is turned back in place
			if (chol instanceof BaseDecomposition_DDRB_to_DDRM)
				((BaseDecomposition_DDRB_to_DDRM) chol).convertBlockToRow(n, n, m.data);
			final DMatrixRMaj l = m;
			int bad = -1;
			for (int i = 0; i < n && bad < 0; i++) {
				final double p = l.get(i, i);
				if (!(p * p > SINGULAR * c[i][i])) bad = i;
			}
			if (bad < 0) return new Factor(l, -1);
			return new Factor(null, bad);
		}
		return new Factor(null, firstBadPivot(c));
	}

	/** Index of the first pivot {@code p_j} with {@code p_j^2} at or below {@code SINGULAR C_jj}. */
	private static int firstBadPivot(final double[][] a) {
		final int n = a.length;
		final double[][] l = new double[n][n];
		for (int j = 0; j < n; j++) {
			double d = a[j][j];
			for (int k = 0; k < j; k++)
				d -= l[j][k] * l[j][k];
			if (!(d > SINGULAR * a[j][j]) || !Double.isFinite(d)) return j;
			l[j][j] = Math.sqrt(d);
			for (int i = j + 1; i < n; i++) {
				double s = a[i][j];
				for (int k = 0; k < j; k++)
					s -= l[i][k] * l[j][k];
				l[i][j] = s / l[j][j];
			}
		}
		return 0;
	}

	/**
	 * Factor {@code L} (lower triangular, {@code L L^T = C}) of a symmetric
	 * positive <em>semi</em>-definite matrix. A pivot that is zero within a
	 * relative tolerance gives a zero column; a clearly negative pivot, an
	 * asymmetric or a non-finite matrix is a {@link ModelException} naming the
	 * bin ({@code names}, or its index) and calling the matrix {@code what}.
	 */
	public static double[][] semidefinite(final double[][] c,
		final String[] names, final String what)
	{
		if (c == null || c.length == 0) throw new ModelException(what +
			" must be a non-empty square matrix");
		final int n = c.length;
		for (int i = 0; i < n; i++) {
			if (c[i] == null || c[i].length != n) {
				throw new ModelException(what + " must be " + n + "x" + n +
					", got row " + i + " of length " + (c[i] == null ? 0 : c[i].length));
			}
			for (int j = 0; j < n; j++) {
				if (!Double.isFinite(c[i][j])) {
					throw new ModelException(what + " must be finite, got " + c[i][j] +
						" at [" + i + "][" + j + "]");
				}
			}
		}
		for (int i = 0; i < n; i++) {
			if (c[i][i] < 0) {
				throw new ModelException(what +
					" is not positive semi-definite (variance " + c[i][i] +
					" at channel " + name(names, i) + ")");
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < i; j++) {
				// NB: relative to the geometric scale of the two variances, so units do not matter.
				final double scale = Math.max(Math.sqrt(c[i][i] * c[j][j]), Math.max(
					Math.abs(c[i][j]), Math.abs(c[j][i])));
				if (Math.abs(c[i][j] - c[j][i]) > RELATIVE_TOLERANCE * scale) {
					throw new ModelException(what + " is not symmetric ([" + i + "][" +
						j + "]=" + c[i][j] + " but [" + j + "][" + i + "]=" + c[j][i] + ")");
				}
			}
		}
		final double[][] l = new double[n][n];
		for (int j = 0; j < n; j++) {
			double pivot = c[j][j];
			for (int k = 0; k < j; k++)
				pivot -= l[j][k] * l[j][k];
			// NB: the pivot is a difference of numbers of size c[j][j]; its rounding error scales with it.
			final double tol = RELATIVE_TOLERANCE * Math.max(c[j][j],
				Double.MIN_NORMAL) * n;
			if (pivot < -tol) {
				throw new ModelException(what +
					" is not positive semi-definite (pivot " + pivot + " at channel " +
					name(names, j) + ")");
			}
			if (pivot <= tol) {
				// Zero pivot: the column is a linear combination of earlier ones.
				// Its off-diagonal residuals must vanish too, or C is indefinite.
				for (int i = j + 1; i < n; i++) {
					double r = c[i][j];
					for (int k = 0; k < j; k++)
						r -= l[i][k] * l[j][k];
					final double rtol = RELATIVE_TOLERANCE * n * Math.sqrt(Math.max(
						c[i][i], 0) * Math.max(c[j][j], 0)) + Math.sqrt(Math.max(c[i][i],
							0) * tol);
					if (Math.abs(r) > rtol) {
						throw new ModelException(what +
							" is not positive semi-definite (zero pivot at channel " + name(
								names, j) + " but residual covariance " + r + " with channel " +
							name(names, i) + ")");
					}
				}
				continue; // zero column
			}
			final double d = Math.sqrt(pivot);
			l[j][j] = d;
			for (int i = j + 1; i < n; i++) {
				double r = c[i][j];
				for (int k = 0; k < j; k++)
					r -= l[i][k] * l[j][k];
				l[i][j] = r / d;
			}
		}
		return l;
	}

	/**
	 * 0 if the symmetric matrix is positive semi-definite (within rounding),
	 * else its most negative eigenvalue. A Cholesky factor of
	 * {@code A + 1e-10 max|A_ii| I} exists iff A's eigenvalues exceed that
	 * shift: O(n^3 / 3); the eigen-decomposition runs only on failure.
	 */
	public static double smallestEigenvalueIfNegative(final double[][] a) {
		final int n = a.length;
		double scale = 0;
		for (int i = 0; i < n; i++)
			scale = Math.max(scale, Math.abs(a[i][i]));
		if (scale == 0) scale = 1;
		final DMatrixRMaj m = new DMatrixRMaj(a);
		for (int i = 0; i < n; i++)
			m.add(i, i, RELATIVE_TOLERANCE * scale);
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

	private static String name(final String[] names, final int i) {
		return names != null && i < names.length && names[i] != null ? names[i]
			: Integer.toString(i);
	}
}
