package org.toycov.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.special.Gamma;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.toycov.model.ModelException;

/**
 * Chi-square {@code d^T C^-1 d} with {@code d = expected - observed}, solved
 * through a Cholesky factorization {@code C = L L^T} (never an explicit
 * inverse): {@code chi2 = |L^-1 d|^2}.
 */
public final class ChiSquare {

	/** Relative pivot below which the covariance counts as singular. */
	private static final double SINGULAR = 1e-12;

	private final int n;
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
		final DMatrixRMaj c = new DMatrixRMaj(covariance);
		double maxDiag = 0;
		for (int i = 0; i < n; i++)
			maxDiag = Math.max(maxDiag, Math.abs(c.get(i, i)));
		final CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM
			.chol(n, true);
		final boolean ok = maxDiag > 0 && chol.decompose(c.copy());
		lower = ok ? chol.getT(null) : null;
		int bad = -1;
		if (!ok) bad = firstBadPivot(covariance, maxDiag);
		else {
			for (int i = 0; i < n && bad < 0; i++) {
				final double p = lower.get(i, i);
				if (!(p * p > SINGULAR * maxDiag)) bad = i;
			}
		}
		if (bad >= 0) {
			if (!(covariance[bad][bad] > 0)) throw new ModelException(
				"covariance is singular at channel " + names[bad] +
					": it has no variance (a count expected to be 0 has no Poisson " +
					"variance and no systematic error); give it " + names[bad] +
					"_exp > 0 or merge the bin");
			throw new ModelException("covariance is singular or not positive " +
				"definite at channel " + names[bad] + " (its variance is not " +
				"independent of the other channels): give it a statistical or " +
				"uncorrelated error, e.g. " + names[bad] + "_exp > 0");
		}
	}

	/** Index of the first channel whose pivot fails, for the message. */
	private static int firstBadPivot(final double[][] a, final double maxDiag) {
		final int n = a.length;
		final double[][] l = new double[n][n];
		for (int j = 0; j < n; j++) {
			double d = a[j][j];
			for (int k = 0; k < j; k++)
				d -= l[j][k] * l[j][k];
			if (!(d > SINGULAR * maxDiag)) return j;
			l[j][j] = Math.sqrt(d);
			for (int i = j + 1; i < n; i++) {
				double s = a[i][j];
				for (int k = 0; k < j; k++)
					s -= l[i][k] * l[j][k];
				l[i][j] = s / l[j][j];
			}
		}
		return 0;
	}

	/** {@code (expected - observed)^T C^-1 (expected - observed)}. */
	public double chi2(final double[] expected, final double[] observed) {
		final double[] d = new double[n];
		for (int i = 0; i < n; i++)
			d[i] = expected[i] - observed[i];
		return quadraticForm(d);
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
