package org.toycov.model;

import java.util.Arrays;

/**
 * One systematic source over the model's bins (a bin is a channel, or one bin
 * of a binned channel), given either as a fractional error per bin with a
 * correlation matrix between bins, or as a full fractional covariance matrix
 * {@code F} (the form SBNfit and the Wire-Cell LEE code exchange). Its
 * covariance is {@code C_ij = F_ij N_i N_j} with
 * {@code F_ij = rho_ij f_i f_j} in the first form, as in the seed's
 * {@code mcov_sysonly}. A third form is an absolute covariance matrix
 * {@code C} (the form published releases give), which also holds for bins
 * expected to be 0.
 * <p>
 * A source covers either the model's bins or its component bins (SBNfit's
 * "full" order: channel by channel, component by component, bin by bin);
 * {@link Model} tells which by its size.
 * </p>
 */
public final class Systematic {

	private final String name;
	/** Fractional errors and correlation; null for a fractional-covariance source. */
	private final double[] fracErr;
	private final double[][] correlation;
	private final double[][] fracCov;
	/** Absolute covariance; null unless the source was given that way. */
	private final double[][] cov;

	/**
	 * @param name source name (e.g. {@code xsec}); keys are named after it
	 * @param fracErr fractional error per bin, each >= 0
	 * @param correlation bin-by-bin correlation: symmetric, unit diagonal,
	 *          entries in [-1, 1], positive semi-definite
	 */
	public Systematic(final String name, final double[] fracErr,
		final double[][] correlation)
	{
		this.name = name;
		this.fracErr = fracErr.clone();
		this.correlation = copy(correlation);
		this.fracCov = null;
		this.cov = null;
	}

	private Systematic(final String name, final double[][] fracCov,
		final double[][] cov)
	{
		this.name = name;
		this.fracErr = null;
		this.correlation = null;
		this.fracCov = fracCov == null ? null : copy(fracCov);
		this.cov = cov == null ? null : copy(cov);
	}

	/** A source whose correlation between every pair of bins is {@code rho}. */
	public static Systematic uniform(final String name, final double[] fracErr,
		final double rho)
	{
		final int n = fracErr.length;
		final double[][] corr = new double[n][n];
		for (int i = 0; i < n; i++) {
			Arrays.fill(corr[i], rho);
			corr[i][i] = 1;
		}
		return new Systematic(name, fracErr, corr);
	}

	/**
	 * A source given as a fractional covariance matrix
	 * {@code F_ij = Cov_ij / (N_i N_j)}: symmetric, positive semi-definite.
	 */
	public static Systematic fractionalCovariance(final String name,
		final double[][] fracCov)
	{
		return new Systematic(name, fracCov, null);
	}

	/**
	 * A source given as an absolute covariance matrix {@code C_ij}: symmetric,
	 * positive semi-definite, independent of the expected counts.
	 */
	public static Systematic covariance(final String name,
		final double[][] covariance)
	{
		return new Systematic(name, (double[][]) null, covariance);
	}

	public String name() {
		return name;
	}

	/** Whether the source was given as a fractional covariance matrix. */
	public boolean isMatrix() {
		return fracCov != null;
	}

	/** Whether the source was given as an absolute covariance matrix. */
	public boolean isAbsolute() {
		return cov != null;
	}

	public int size() {
		return cov != null ? cov.length : fracCov != null ? fracCov.length
			: fracErr.length;
	}

	/**
	 * The source's absolute covariance for the expected counts {@code n} of its
	 * bins: {@code C_ij}, or {@code F_ij N_i N_j} (0 where a count is 0).
	 */
	public double[][] covariance(final double[] n) {
		final int k = size();
		if (cov != null) return copy(cov);
		final double[][] c = new double[k][k];
		if (fracCov != null) {
			for (int i = 0; i < k; i++)
				for (int j = 0; j < k; j++)
					c[i][j] = fracCov[i][j] * n[i] * n[j];
			return c;
		}
		// NB: the seed's order of operations, so its numbers come out to the digit
		for (int i = 0; i < k; i++) {
			final double si = fracErr[i] * n[i];
			for (int j = 0; j < k; j++)
				c[i][j] = correlation[i][j] * si * (fracErr[j] * n[j]);
		}
		return c;
	}

	/** {@code C_ij}, of an absolute source only. */
	public double cov(final int i, final int j) {
		return cov[i][j];
	}

	/** {@code F_ij}: the covariance of bins i and j divided by {@code N_i N_j}. */
	public double fracCov(final int i, final int j) {
		absoluteHasNoFraction();
		if (fracCov != null) return fracCov[i][j];
		return correlation[i][j] * fracErr[i] * fracErr[j];
	}

	/** Fractional error per bin, {@code sqrt(F_ii)}. */
	public double[] fracErrs() {
		absoluteHasNoFraction();
		if (fracErr != null) return fracErr.clone();
		final double[] f = new double[fracCov.length];
		for (int i = 0; i < f.length; i++)
			f[i] = Math.sqrt(Math.max(0, fracCov[i][i]));
		return f;
	}

	/** Correlation matrix; from {@code F} where the source was given that way. */
	public double[][] correlationMatrix() {
		if (cov != null) return correlationOf(cov);
		if (correlation != null) return copy(correlation);
		return correlationOf(fracCov);
	}

	/** The fractional covariance matrix. */
	public double[][] fracCovMatrix() {
		absoluteHasNoFraction();
		if (fracCov != null) return copy(fracCov);
		final int n = fracErr.length;
		final double[][] f = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				f[i][j] = fracCov(i, j);
		return f;
	}

	/** Fractional error of bin i; only for a source not given as a matrix. */
	public double fracErr(final int i) {
		return fracErr[i];
	}

	/** Correlation of bins i and j; only for a source not given as a matrix. */
	public double correlation(final int i, final int j) {
		return correlation[i][j];
	}

	// -- Package-private views for validation --

	double[][] raw() {
		return cov != null ? cov : fracCov != null ? fracCov : correlation;
	}

	private void absoluteHasNoFraction() {
		if (cov != null) throw new IllegalStateException("source " + name +
			" is an absolute covariance: its fractional form needs the expected " +
			"counts (see covariance(double[]))");
	}

	/** {@code C_ij / sqrt(C_ii C_jj)}, 1 on the diagonal and 0 where a variance is 0. */
	public static double[][] correlationOf(final double[][] c) {
		final int n = c.length;
		final double[][] r = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++) {
				double d = Math.sqrt(c[i][i] * c[j][j]);
				// NB: a product of two variances above 1e154 overflows; their roots do not
				if (d == Double.POSITIVE_INFINITY) d = Math.sqrt(c[i][i]) * Math.sqrt(
					c[j][j]);
				r[i][j] = i == j ? 1 : d > 0 ? c[i][j] / d : 0;
			}
		return r;
	}

	private static double[][] copy(final double[][] m) {
		final double[][] c = new double[m.length][];
		for (int i = 0; i < m.length; i++)
			c[i] = m[i] == null ? new double[0] : m[i].clone();
		return c;
	}
}
