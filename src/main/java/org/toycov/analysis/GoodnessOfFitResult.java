package org.toycov.analysis;

/**
 * The decomposition of one chi-square ({@link GoodnessOfFit}): per eigen-component
 * {@code lambda}, {@code delta_lambda}, {@code epsilon}, {@code contribution}
 * ({@code epsilon^2}) and whether it is flagged ({@code |epsilon| >= 3}); the
 * eigenvectors; each bin's contribution; the channel bins it is over (all of
 * them, or the constrained ones after a constraint).
 */
public final class GoodnessOfFitResult {

	private final double[] lambda, deltaLambda, epsilon, contribution, binContribution;
	private final double[][] eigenvectors;
	private final int[] bins;

	GoodnessOfFitResult(final double[] lambda, final double[] deltaLambda, final double[] epsilon,
		final double[] contribution, final double[][] eigenvectors, final double[] binContribution,
		final int[] bins)
	{
		this.bins = bins;
		this.lambda = lambda;
		this.deltaLambda = deltaLambda;
		this.epsilon = epsilon;
		this.contribution = contribution;
		this.eigenvectors = eigenvectors;
		this.binContribution = binContribution;
	}

	/** Eigenvalues of V, decreasing. */
	public double[] lambda() {
		return lambda.clone();
	}

	/** {@code Q^T (n - mu)}. */
	public double[] deltaLambda() {
		return deltaLambda.clone();
	}

	/** {@code delta_lambda / sqrt(lambda)}. */
	public double[] epsilon() {
		return epsilon.clone();
	}

	/** Each component's chi-square contribution {@code epsilon^2}. */
	public double[] contribution() {
		return contribution.clone();
	}

	/** Whether {@code |epsilon_i| >= 3}. */
	public boolean flagged(final int i) {
		return Math.abs(epsilon[i]) >= GoodnessOfFit.FLAG;
	}

	/** The i-th eigenvector (of the i-th largest eigenvalue), over the bins. */
	public double[] eigenvector(final int i) {
		return eigenvectors[i].clone();
	}

	/** Each bin's contribution {@code d_i (V^-1 d)_i}. */
	public double[] binContribution() {
		return binContribution.clone();
	}

	/**
	 * The channel bins the decomposition is over, in the order of the
	 * eigenvectors' entries and {@link #binContribution()}: every bin, or the
	 * constrained bins Y after a constraint.
	 */
	public int[] bins() {
		return bins.clone();
	}

	/** The chi-square, the sum of the components' contributions. */
	public double chi2() {
		double s = 0;
		for (final double c : contribution) s += c;
		return s;
	}
}
