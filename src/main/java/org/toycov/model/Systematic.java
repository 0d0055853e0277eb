package org.toycov.model;

import java.util.Arrays;

/**
 * One systematic source: a fractional error per channel and the correlation
 * of that source between channels. Its covariance is
 * {@code C_ij = rho_ij (f_i N_i) (f_j N_j)}, as in the seed's
 * {@code mcov_sysonly}.
 */
public final class Systematic {

	private final String name;
	private final double[] fracErr;
	private final double[][] correlation;

	/**
	 * @param name source name (e.g. {@code xsec}); keys are named after it
	 * @param fracErr fractional error per channel, each >= 0
	 * @param correlation channel-by-channel correlation: symmetric, unit
	 *          diagonal, entries in [-1, 1], positive semi-definite
	 */
	public Systematic(final String name, final double[] fracErr,
		final double[][] correlation)
	{
		this.name = name;
		this.fracErr = fracErr.clone();
		this.correlation = new double[correlation.length][];
		for (int i = 0; i < correlation.length; i++) {
			this.correlation[i] = correlation[i].clone();
		}
	}

	/** A source whose correlation between every pair of channels is {@code rho}. */
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

	public String name() {
		return name;
	}

	public int size() {
		return fracErr.length;
	}

	public double fracErr(final int channel) {
		return fracErr[channel];
	}

	public double correlation(final int i, final int j) {
		return correlation[i][j];
	}

	public double[] fracErrs() {
		return fracErr.clone();
	}

	public double[][] correlationMatrix() {
		final double[][] copy = new double[correlation.length][];
		for (int i = 0; i < copy.length; i++) copy[i] = correlation[i].clone();
		return copy;
	}

	int rows() {
		return correlation.length;
	}

	int columns(final int row) {
		return correlation[row].length;
	}
}
