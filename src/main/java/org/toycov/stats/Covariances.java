package org.toycov.stats;

import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.model.Systematic;

/**
 * The seed's covariance matrices (cell 3): Poisson statistics on the diagonal
 * ({@code mcov_stat_err}, the expected counts) plus the systematic sources
 * ({@code mcov_sysonly}: {@code C_ij = F_ij N_i N_j} summed over sources, with
 * {@code F_ij = rho_ij f_i f_j} for a source given as fractional errors).
 */
public final class Covariances {

	private Covariances() {}

	/**
	 * Systematic-only covariance over the model's bins, the seed's
	 * {@code mcov_sysonly}: the sources over component bins are summed into the
	 * component covariance {@code M}, collapsed to the channel bins,
	 * {@code C = P M P^T} (SBNfit's CollapseModes, TLee's Set_Collapse), then
	 * the sources over channel bins are added.
	 *
	 * @throws ModelException naming the bin and the key whose variance overflows
	 */
	public static double[][] systematic(final Model m) {
		final int n = m.size();
		double[][] c = null;
		final double[] e = m.expected();
		double[][] full = null;
		for (final Systematic s : m.systematics()) {
			if (!m.overComponents(s)) {
				// NB: the first source's fresh matrix is the sum: one n x n less at 5000 bins
				if (c == null) c = s.covariance(e);
				else add(c, s.covariance(e));
				continue;
			}
			final double[][] sc = s.covariance(m.fullExpected());
			if (full == null) full = sc;
			else add(full, sc);
		}
		if (c == null) c = new double[n][n];
		if (full != null) {
			final int[] p = m.collapse();
			for (int a = 0; a < p.length; a++)
				for (int b = 0; b < p.length; b++)
					c[p[a]][p[b]] += full[a][b];
		}
		checkFinite(m, c);
		return c;
	}

	private static void add(final double[][] c, final double[][] s) {
		for (int i = 0; i < c.length; i++)
			for (int j = 0; j < c.length; j++)
				c[i][j] += s[i][j];
	}

	/** A variance that overflows is named by its bin and the key that makes it. */
	private static void checkFinite(final Model m, final double[][] c) {
		for (int i = 0; i < c.length; i++) {
			if (Double.isFinite(c[i][i])) continue;
			final String bin = m.channel(i);
			final double n = m.expected(i);
			String key = m.expectedKey(i) + "=" + ModelException.show(n);
			for (int k = 0; k < m.systematics().size(); k++) {
				final Systematic s = m.systematics().get(k);
				if (m.overComponents(s) || s.isAbsolute()) continue;
				final double f = s.isMatrix() ? Math.sqrt(Math.abs(s.fracCov(i, i)))
					: s.fracErr(i);
				// NB: blame the factor that is out of scale: a count or a fraction
				if (!(f * n * f * n <= Double.MAX_VALUE) && (f > 1e3 || n < 1e150))
					key = (s.isMatrix() ? "the " + m.sourceKey(k, "frac_cov") +
						" entry of " + bin : m.fracErrKey(k, i)) + "=" + ModelException.show(
							s.isMatrix() ? s.fracCov(i, i) : f);
			}
			throw new ModelException("the variance of " + bin +
				" is not finite (it overflows a double): " + key +
				" is too large; give a smaller value");
		}
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
		for (int i = 0; i < c.length; i++) {
			c[i][i] += v[i];
			if (!Double.isFinite(c[i][i])) throw new ModelException(
				"the variance of " + m.channel(i) + " is not finite (it overflows a " +
					"double): " + m.expectedKey(i) + "=" + ModelException.show(m
						.expected(i)) + " is too large; give a smaller value");
			if (c[i][i] == 0 && stat == StatTerm.NEYMAN) throw new ModelException(
				"covariance is singular at channel " + m.channel(i) + ": stat=neyman " +
					"gives it no variance at " + m.observedKey(i) + "=0 and it has no " +
					"systematic error; use stat=cnp");
			if (c[i][i] == 0) throw new ModelException("covariance is singular at " +
				"channel " + m.channel(i) + ": it has no variance (a count expected " +
				"to be 0 has no Poisson variance and no systematic error); give " + m
					.expectedKey(i) + " a value > 0, a systematic variance, or merge " +
				"the bin");
		}
		return c;
	}

	/**
	 * Correlation matrix {@code C_ij / sqrt(C_ii C_jj)}; a row and column with
	 * zero variance are 0 off the diagonal and 1 on it.
	 */
	public static double[][] correlation(final double[][] cov) {
		return Systematic.correlationOf(cov);
	}
}
