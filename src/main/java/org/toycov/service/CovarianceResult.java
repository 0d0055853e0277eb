package org.toycov.service;

/** Covariance matrices of a model and, when it has observations, its chi-square. */
public final class CovarianceResult {

	public final String[] channels;
	public final double[][] covariance;
	public final double[][] covarianceSys;
	public final double[][] inverse;
	public final double[][] correlation;
	/** NaN when the model has no observed counts. */
	public final double chi2;
	public final int ndf;
	/** NaN when the model has no observed counts. */
	public final double pValue;

	public CovarianceResult(final String[] channels, final double[][] covariance,
		final double[][] covarianceSys, final double[][] inverse,
		final double[][] correlation, final double chi2, final int ndf,
		final double pValue)
	{
		this.channels = channels;
		this.covariance = covariance;
		this.covarianceSys = covarianceSys;
		this.inverse = inverse;
		this.correlation = correlation;
		this.chi2 = chi2;
		this.ndf = ndf;
		this.pValue = pValue;
	}
}
