package org.toycov.stats;

/**
 * Cholesky factor {@code L} (lower triangular, {@code L L^T = C}) of a symmetric
 * positive <em>semi</em>-definite matrix, as needed to throw correlated Gaussians
 * from a systematic covariance that may be singular (e.g. a fully correlated
 * cross-section uncertainty gives {@code [[100,1e4],[1e4,1e6]]}).
 * <p>
 * A pivot that is zero within a relative tolerance gives a zero column; a clearly
 * negative pivot, an asymmetric or a non-finite matrix is an
 * {@link IllegalArgumentException} with a one-line message.
 */
public final class SemidefiniteCholesky {

	/** Relative tolerance on pivots and on symmetry, relative to the diagonal scale. */
	public static final double RELATIVE_TOLERANCE = 1e-10;

	private SemidefiniteCholesky() {}

	/** Factor {@code c}; messages name channels by index. */
	public static double[][] factor(final double[][] c) {
		return factor(c, null, "covariance");
	}

	/** Factor {@code c}; messages name channels by {@code names} when given. */
	public static double[][] factor(final double[][] c, final String[] names) {
		return factor(c, names, "covariance");
	}

	/**
	 * Factor {@code c}.
	 *
	 * @param what how messages call the matrix, e.g. "systematic covariance"
	 */
	public static double[][] factor(final double[][] c, final String[] names, final String what) {
		if (c == null || c.length == 0) throw new IllegalArgumentException(what + " must be a non-empty square matrix");
		final int n = c.length;
		for (int i = 0; i < n; i++) {
			if (c[i] == null || c[i].length != n) {
				throw new IllegalArgumentException(what + " must be " + n + "x" + n + ", got row " + i + " of length " +
					(c[i] == null ? 0 : c[i].length));
			}
			for (int j = 0; j < n; j++) {
				if (!Double.isFinite(c[i][j])) {
					throw new IllegalArgumentException(what + " must be finite, got " + c[i][j] + " at [" + i + "][" + j + "]");
				}
			}
		}
		for (int i = 0; i < n; i++) {
			if (c[i][i] < 0) {
				throw new IllegalArgumentException(what + " is not positive semi-definite (variance " + c[i][i] +
					" at channel " + name(names, i) + ")");
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < i; j++) {
				// NB: relative to the geometric scale of the two variances, so units do not matter.
				final double scale = Math.max(Math.sqrt(c[i][i] * c[j][j]), Math.max(Math.abs(c[i][j]), Math.abs(c[j][i])));
				if (Math.abs(c[i][j] - c[j][i]) > RELATIVE_TOLERANCE * scale) {
					throw new IllegalArgumentException(what + " is not symmetric ([" + i + "][" + j + "]=" + c[i][j] + " but [" +
						j + "][" + i + "]=" + c[j][i] + ")");
				}
			}
		}
		final double[][] l = new double[n][n];
		for (int j = 0; j < n; j++) {
			double pivot = c[j][j];
			for (int k = 0; k < j; k++) pivot -= l[j][k] * l[j][k];
			// NB: the pivot is a difference of numbers of size c[j][j]; its rounding error scales with it.
			final double tol = RELATIVE_TOLERANCE * Math.max(c[j][j], Double.MIN_NORMAL) * n;
			if (pivot < -tol) {
				throw new IllegalArgumentException(what + " is not positive semi-definite (pivot " + pivot + " at channel " +
					name(names, j) + ")");
			}
			if (pivot <= tol) {
				// Zero pivot: the column is a linear combination of earlier ones.
				// Its off-diagonal residuals must vanish too, or C is indefinite.
				for (int i = j + 1; i < n; i++) {
					double r = c[i][j];
					for (int k = 0; k < j; k++) r -= l[i][k] * l[j][k];
					final double rtol = RELATIVE_TOLERANCE * n * Math.sqrt(Math.max(c[i][i], 0) * Math.max(c[j][j], 0)) +
						Math.sqrt(Math.max(c[i][i], 0) * tol);
					if (Math.abs(r) > rtol) {
						throw new IllegalArgumentException(what + " is not positive semi-definite (zero pivot at channel " +
							name(names, j) + " but residual covariance " + r + " with channel " + name(names, i) + ")");
					}
				}
				continue; // zero column
			}
			final double d = Math.sqrt(pivot);
			l[j][j] = d;
			for (int i = j + 1; i < n; i++) {
				double r = c[i][j];
				for (int k = 0; k < j; k++) r -= l[i][k] * l[j][k];
				l[i][j] = r / d;
			}
		}
		return l;
	}

	private static String name(final String[] names, final int i) {
		return names != null && i < names.length && names[i] != null ? names[i] : Integer.toString(i);
	}
}
