package org.toycov.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.toycov.model.ModelException;
import org.toycov.model.PsdCholesky;

/**
 * Chi-square {@code d^T C^-1 d} with {@code d = expected - observed}, solved
 * through a Cholesky factorization {@code C = L L^T} (never an explicit
 * inverse): {@code chi2 = |L^-1 d|^2}.
 */
public final class ChiSquare {

	private final int n;
	private final String[] names;
	private final DMatrixRMaj lower;

	/**
	 * Factors a covariance matrix.
	 *
	 * @param covariance symmetric positive definite N x N matrix
	 * @param names channel names, for the error message
	 * @throws ModelException if the matrix is singular or not positive definite
	 */
	public ChiSquare(final double[][] covariance, final String[] names) {
		n = covariance.length;
		this.names = names.clone();
		final PsdCholesky.Factor f = PsdCholesky.definite(covariance);
		lower = f.lower();
		final int bad = f.badPivot();
		if (bad < 0) return;
		final double v = covariance[bad][bad];
		if (!Double.isFinite(v)) throw new ModelException(
			"covariance is not finite at channel " + names[bad] + ": its variance " +
				"overflows (" + v + "); give its expected count and fractional " +
				"errors values whose squares fit a double");
		if (!(v > 0)) throw new ModelException("covariance is singular at channel " +
			names[bad] + ": it has no variance (a count expected to be 0 has no " +
			"Poisson variance and no systematic error); give it an expected count " +
			"> 0, a systematic variance, or merge the bin");
		throw new ModelException("covariance is singular or not positive " +
			"definite at channel " + names[bad] + " (its variance is not " +
			"independent of the other channels): give it a statistical or " +
			"uncorrelated error, e.g. an expected count > 0");
	}

	/** {@code (expected - observed)^T C^-1 (expected - observed)}. */
	public double chi2(final double[] expected, final double[] observed) {
		final double[] d = new double[n];
		for (int i = 0; i < n; i++)
			d[i] = expected[i] - observed[i];
		final double chi2 = quadraticForm(d);
		if (Double.isFinite(chi2)) return chi2;
		int worst = 0;
		for (int i = 1; i < n; i++)
			if (!(Math.abs(d[i]) <= Math.abs(d[worst]))) worst = i;
		throw new ModelException("the chi-square overflows: " + names[worst] +
			"_obs=" + ModelException.show(observed[worst]) + " is too far from " +
			names[worst] + "_exp=" + ModelException.show(expected[worst]) +
			" for a double; give a smaller " + names[worst] + "_obs");
	}

	/** {@code d^T C^-1 d = |L^-1 d|^2}. */
	public double quadraticForm(final double[] d) {
		final double[] y = d.clone();
		TriangularSolver_DDRM.solveL(lower.data, y, n);
		double s = 0;
		for (final double v : y)
			s += v * v;
		return s;
	}

	/** {@code C^-1 b}. */
	public double[] solve(final double[] b) {
		final double[] y = b.clone();
		TriangularSolver_DDRM.solveL(lower.data, y, n);
		TriangularSolver_DDRM.solveTranL(lower.data, y, n);
		return y;
	}

	/** The inverse covariance, column by column from the Cholesky factor. */
	public double[][] inverse() {
		final DMatrixRMaj inv = new DMatrixRMaj(n, n);
		for (int j = 0; j < n; j++) {
			final double[] e = new double[n];
			e[j] = 1;
			final double[] col = solve(e);
			for (int i = 0; i < n; i++)
				inv.set(i, j, col[i]);
		}
		// NB: symmetrize away rounding so the table reads symmetric.
		final DMatrixRMaj t = CommonOps_DDRM.transpose(inv, null);
		CommonOps_DDRM.add(0.5, inv, 0.5, t, inv);
		final double[][] out = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				out[i][j] = inv.get(i, j);
		return out;
	}

	/** Degrees of freedom of a chi-square over {@code channels} counts. */
	public static int ndf(final int channels) {
		return channels;
	}

	/**
	 * Upper-tail probability {@code P(X >= chi2)} for {@code ndf} degrees of
	 * freedom: the regularized upper incomplete gamma {@code Q(ndf/2, chi2/2)},
	 * which keeps its digits far in the tail where {@code 1 - cdf} would not.
	 */
	public static double pValue(final double chi2, final int ndf) {
		if (chi2 <= 0) return 1;
		if (chi2 == Double.POSITIVE_INFINITY) return 0;
		if (Double.isNaN(chi2)) throw new ModelException("p-value of a chi-square that is not a number");
		// NB: beyond this point Q(a, x) < exp(-745), below the smallest double,
		// and the continued fraction would not converge (x = Infinity)
		final double a = ndf / 2.0, x = chi2 / 2.0;
		if (x > a && x - (a - 1) * Math.log(x) + Gamma.logGamma(a) > 746) return 0;
		return Gamma.regularizedGammaQ(ndf / 2.0, chi2 / 2.0);
	}

	/**
	 * The chi-square distribution's mean density in each bin,
	 * {@code (F(e[i+1]) - F(e[i])) / (e[i+1] - e[i])}: what a normalized
	 * histogram of chi-square values should show.
	 */
	public static double[] densityPerBin(final double[] edges, final int ndf) {
		final ChiSquaredDistribution d = new ChiSquaredDistribution(null, ndf);
		final double[] out = new double[edges.length - 1];
		for (int i = 0; i < out.length; i++)
			out[i] = (d.cumulativeProbability(edges[i + 1]) - d.cumulativeProbability(
				edges[i])) / (edges[i + 1] - edges[i]);
		return out;
	}
}
