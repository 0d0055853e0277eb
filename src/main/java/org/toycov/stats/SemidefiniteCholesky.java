package org.toycov.stats;

import org.toycov.model.PsdCholesky;

/**
 * Cholesky factor of a symmetric positive <em>semi</em>-definite matrix, as
 * needed to throw correlated Gaussians from a systematic covariance that may be
 * singular; kept for its callers, the work is done by
 * {@link PsdCholesky#semidefinite}.
 */
public final class SemidefiniteCholesky {

	/** Relative tolerance on pivots and on symmetry, relative to the diagonal scale. */
	public static final double RELATIVE_TOLERANCE = PsdCholesky.RELATIVE_TOLERANCE;

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
	public static double[][] factor(final double[][] c, final String[] names,
		final String what)
	{
		return PsdCholesky.semidefinite(c, names, what);
	}
}
