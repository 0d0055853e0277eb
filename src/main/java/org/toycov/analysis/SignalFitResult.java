package org.toycov.analysis;

/**
 * What {@link SignalFit} found: the scan ({@code x}, {@code chi2}, {@code delta_chi2}),
 * {@code x_best >= 0}, {@code chi2_min} and the Wilks intervals at 1, 2, 3 sigma
 * ({@code delta chi2 <= 1, 4, 9}; see {@link SignalFit#WILKS_CAVEAT}).
 */
public final class SignalFitResult {

	private final double[] x, chi2, deltaChi2;
	private final double xBest, chi2Min;
	private final double[][] wilks;

	SignalFitResult(final double[] x, final double[] chi2, final double[] deltaChi2, final double xBest,
		final double chi2Min, final double[][] wilks)
	{
		this.x = x;
		this.chi2 = chi2;
		this.deltaChi2 = deltaChi2;
		this.xBest = xBest;
		this.chi2Min = chi2Min;
		this.wilks = wilks;
	}

	/** The grid strengths. */
	public double[] x() {
		return x.clone();
	}

	/** chi2 at each grid strength. */
	public double[] chi2() {
		return chi2.clone();
	}

	/** {@code chi2 - chi2_min} at each grid strength. */
	public double[] deltaChi2() {
		return deltaChi2.clone();
	}

	/** The best-fit strength, {@code >= 0}. */
	public double xBest() {
		return xBest;
	}

	/** chi2 at {@code x_best}. */
	public double chi2Min() {
		return chi2Min;
	}

	/**
	 * The Wilks interval at {@code sigma} (1, 2 or 3): {lower, upper}; lower is 0 at
	 * the boundary, an end is NaN when delta chi2 does not reach {@code sigma^2} inside
	 * the grid (raise {@code x_max}).
	 */
	public double[] wilks(final int sigma) {
		if (sigma < 1 || sigma > 3) throw new IllegalArgumentException("sigma must be 1, 2 or 3, got " + sigma);
		return wilks[sigma - 1].clone();
	}

	public String caveat() {
		return SignalFit.WILKS_CAVEAT;
	}
}
