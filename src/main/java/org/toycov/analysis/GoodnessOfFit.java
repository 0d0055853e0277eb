package org.toycov.analysis;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.toycov.model.ModelException;
import org.toycov.stats.Constraint;

/**
 * The goodness-of-fit decomposition of TLee ({@code Exe_Goodness_of_fit};
 * MicroBooNE, arXiv:2110.13978): with the covariance {@code V = Q Lambda Q^T}
 * (eigenvalues in decreasing order), {@code delta_lambda = Q^T (n - mu)},
 * {@code epsilon_i = delta_lambda_i / sqrt(lambda_i)} (independent unit Gaussians
 * if the model is right) and {@code chi2 = sum_i epsilon_i^2}. Each eigenvector's
 * sign is fixed so that its entry of largest magnitude is positive. Also each
 * bin's share {@code d_i (V^-1 d)_i}, which sums to the same chi-square.
 * <p>
 * After the conditional constraint of bins Y by the others X (a
 * {@link SignalModel#constrained(int[]) constrained} model, TLee's
 * {@code Exe_Goodness_of_fit} after the constraint) the decomposition is over Y
 * with {@code V = C_YY - C_YX C_XX^-1 C_XY} and {@code d = n_Y - mu_Y'},
 * {@code mu_Y' = mu_Y + C_YX C_XX^-1 (n_X - mu_X)}, C the total covariance at x:
 * its chi-square is the constrained one of the fit.
 */
public final class GoodnessOfFit {

	/** |epsilon| at or above this is flagged. */
	public static final double FLAG = 3;

	private GoodnessOfFit() {}

	/** The decomposition at strength {@code x} of {@code model}, with its observed counts. */
	public static GoodnessOfFitResult of(final SignalModel model, final double x) {
		model.checkCovariance(x, "x");
		final double[] n = model.observed();
		final double[][] c = model.covariance(x, n);
		final double[] mu = model.prediction(x);
		if (!model.isConstrained()) return of(c, n, mu);
		final int[] order = model.order();
		final int nx = model.constrainedFrom(), ny = order.length - nx;
		final int[] y = java.util.Arrays.copyOfRange(order, nx, order.length);
		final int[] given = java.util.Arrays.copyOf(order, nx);
		final String[] xNames = new String[nx];
		for (int i = 0; i < nx; i++) xNames[i] = model.names()[given[i]];
		final Constraint.Conditional cond = Constraint.conditional(c, n, mu, y, given, xNames);
		final double[][] v = cond.covariance;
		final double[] nY = new double[ny];
		for (int p = 0; p < ny; p++) nY[p] = n[y[p]];
		final double[] muY = cond.mean;
		// NB: symmetric to the last bit (the symmetric eigen-decomposition reads one triangle)
		for (int p = 0; p < ny; p++)
			for (int q = 0; q < p; q++) v[p][q] = v[q][p] = 0.5 * (v[p][q] + v[q][p]);
		return of(v, nY, muY, y);
	}

	/**
	 * @param v the covariance of the chi-square (N x N, symmetric positive definite)
	 * @param observed n
	 * @param expected mu
	 * @throws ModelException if V is not positive definite (its smallest eigenvalue named)
	 */
	public static GoodnessOfFitResult of(final double[][] v, final double[] observed, final double[] expected) {
		final int[] bins = new int[v.length];
		for (int i = 0; i < bins.length; i++) bins[i] = i;
		return of(v, observed, expected, bins);
	}

	/** As {@link #of(double[][], double[], double[])} over the channel bins {@code bins}. */
	private static GoodnessOfFitResult of(final double[][] v, final double[] observed, final double[] expected,
		final int[] bins)
	{
		final int n = v.length;
		if (observed.length != n || expected.length != n) throw new ModelException("goodness of fit: observed (" +
			observed.length + ") and expected (" + expected.length + ") must have " + n + " bins like the covariance");
		final EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
		if (!eig.decompose(new DMatrixRMaj(v))) throw new ModelException(
			"goodness of fit: the eigen-decomposition of the covariance failed");
		final Integer[] order = new Integer[n];
		final double[] ev = new double[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
			ev[i] = eig.getEigenvalue(i).getReal();
		}
		java.util.Arrays.sort(order, (p, q) -> Double.compare(ev[q], ev[p]));
		final double[] lambda = new double[n], delta = new double[n], eps = new double[n], contrib = new double[n];
		final double[][] q = new double[n][];
		final double[] d = new double[n];
		for (int i = 0; i < n; i++) d[i] = observed[i] - expected[i];
		final double[] vinvD = new double[n];
		for (int c = 0; c < n; c++) {
			final int src = order[c];
			lambda[c] = ev[src];
			if (!(lambda[c] > 0)) throw new ModelException("goodness of fit: the covariance is not positive " +
				"definite (eigenvalue " + lambda[c] + ")");
			final DMatrixRMaj vec = eig.getEigenVector(src);
			final double[] col = new double[n];
			int big = 0;
			for (int i = 0; i < n; i++) {
				col[i] = vec.get(i);
				if (Math.abs(col[i]) > Math.abs(col[big])) big = i;
			}
			if (col[big] < 0) for (int i = 0; i < n; i++) col[i] = -col[i];
			q[c] = col;
			double s = 0;
			for (int i = 0; i < n; i++) s += col[i] * d[i];
			delta[c] = s;
			eps[c] = s / Math.sqrt(lambda[c]);
			contrib[c] = s * s / lambda[c];
			final double w = s / lambda[c];
			for (int i = 0; i < n; i++) vinvD[i] += w * col[i];
		}
		final double[] perBin = new double[n];
		for (int i = 0; i < n; i++) perBin[i] = d[i] * vinvD[i];
		return new GoodnessOfFitResult(lambda, delta, eps, contrib, q, perBin, bins);
	}
}
