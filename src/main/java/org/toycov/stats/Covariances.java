package org.toycov.stats;

import org.toycov.model.Model;
import org.toycov.model.Systematic;

/**
 * The seed's covariance matrices (cell 3): Poisson statistics on the diagonal
 * ({@code mcov_stat_err}, the expected counts) plus the systematic sources
 * ({@code mcov_sysonly}: {@code C_ij = F_ij N_i N_j} summed over sources, with
 * {@code F_ij = rho_ij f_i f_j} for a source given as fractional errors).
 */
public final class Covariances {

	private Covariances() {}

	/** Systematic-only covariance, the seed's {@code mcov_sysonly}. */
	public static double[][] systematic(final Model m) {
		final int n = m.size();
		final double[][] c = new double[n][n];
		final double[] e = m.expected();
		for (final Systematic s : m.systematics()) {
			if (s.isMatrix()) {
				for (int i = 0; i < n; i++)
					for (int j = 0; j < n; j++)
						c[i][j] += s.fracCov(i, j) * e[i] * e[j];
				continue;
			}
			// NB: the seed's order of operations, so its numbers come out to the digit
			for (int i = 0; i < n; i++) {
				final double si = s.fracErr(i) * e[i];
				for (int j = 0; j < n; j++)
					c[i][j] += s.correlation(i, j) * si * (s.fracErr(j) * e[j]);
			}
		}
		return c;
	}

	/** Statistical covariance: the Poisson variances of {@code stat} on the diagonal. */
	public static double[][] statistical(final Model m, final StatTerm stat) {
		final double[] v = stat.variances(m);
		final double[][] c = new double[v.length][v.length];
		for (int i = 0; i < v.length; i++)
			c[i][i] = v[i];
		return c;
	}

	/** Total covariance, the seed's {@code mcov_total}. */
	public static double[][] total(final Model m) {
		return total(m, StatTerm.PEARSON);
	}

	/** Total covariance with the given statistical term on the diagonal. */
	public static double[][] total(final Model m, final StatTerm stat) {
		final double[][] c = systematic(m);
		final double[] v = stat.variances(m);
		for (int i = 0; i < c.length; i++)
			c[i][i] += v[i];
		return c;
	}

	/**
	 * Correlation matrix {@code C_ij / sqrt(C_ii C_jj)}; a row and column with
	 * zero variance are 0 off the diagonal and 1 on it.
	 */
	public static double[][] correlation(final double[][] cov) {
		final int n = cov.length;
		final double[][] r = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				final double d = Math.sqrt(cov[i][i] * cov[j][j]);
				r[i][j] = i == j ? 1 : d > 0 ? cov[i][j] / d : 0;
			}
		}
		return r;
	}
}
