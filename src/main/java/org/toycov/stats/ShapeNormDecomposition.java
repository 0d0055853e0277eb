package org.toycov.stats;

import org.toycov.model.Model;
import org.toycov.model.ModelException;

/**
 * A systematic covariance split into shape, normalisation and mixed parts that
 * add up to it, by SBNfit's formulas (SBNchi::SplitCovarianceMatrix, the
 * parts of CalcShapeOnlyCovarianceMatrix and CalcShapeMixedCovarianceMatrix):
 * with {@code N_T = sum N}, {@code P_i = sum_j M_ij} and
 * {@code f = sum M / N_T^2},
 * {@code norm_ij = N_i N_j f},
 * {@code mixed_ij = (N_j P_i + N_i P_j) / N_T - 2 N_i N_j f},
 * {@code shape_ij = M_ij - (N_j P_i + N_i P_j) / N_T + N_i N_j f}.
 * The shape part keeps the total count fixed (its rows sum to 0).
 * <p>
 * Plain entry point of Covariance's option {@code decomposition=true}, whose
 * outputs are the tables {@code covariance_shape}, {@code covariance_norm},
 * {@code covariance_mixed} (a {@code channel} label column, then one column
 * per bin, like {@code covariance_sys}), a chart of the three diagonals
 * against the bins, and the scalar {@code norm_frac_err} ({@code sqrt(f)},
 * the fractional error of the total count).
 * </p>
 */
public final class ShapeNormDecomposition {

	private final double[][] shape;
	private final double[][] norm;
	private final double[][] mixed;
	private final double normFracErr;

	private ShapeNormDecomposition(final double[][] shape, final double[][] norm,
		final double[][] mixed, final double normFracErr)
	{
		this.shape = shape;
		this.norm = norm;
		this.mixed = mixed;
		this.normFracErr = normFracErr;
	}

	/** Splits the model's systematic covariance ({@link Covariances#systematic}). */
	public static ShapeNormDecomposition of(final Model m) {
		return of(Covariances.systematic(m), m.expected());
	}

	/**
	 * @param m a covariance matrix over the bins
	 * @param n the expected counts of the bins, summing to more than 0
	 */
	public static ShapeNormDecomposition of(final double[][] m, final double[] n) {
		final int k = n.length;
		double total = 0, sum = 0;
		final double[] p = new double[k];
		for (int i = 0; i < k; i++) {
			total += n[i];
			for (int j = 0; j < k; j++)
				p[i] += m[i][j];
			sum += p[i];
		}
		if (!(total > 0)) throw new ModelException("the shape/normalisation " +
			"split needs a total expected count > 0, got " + ModelException.show(
				total));
		final double f = sum / (total * total);
		final double[][] shape = new double[k][k], norm = new double[k][k],
				mixed = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				final double nn = n[i] * n[j] * f;
				final double cross = (n[j] * p[i] + n[i] * p[j]) / total;
				norm[i][j] = nn;
				mixed[i][j] = cross - 2 * nn;
				shape[i][j] = m[i][j] - cross + nn;
			}
		}
		return new ShapeNormDecomposition(shape, norm, mixed, Math.sqrt(Math.max(0,
			f)));
	}

	/** {@code covariance_shape}. */
	public double[][] shape() {
		return shape;
	}

	/** {@code covariance_norm}. */
	public double[][] norm() {
		return norm;
	}

	/** {@code covariance_mixed}. */
	public double[][] mixed() {
		return mixed;
	}

	/** {@code sqrt(sum M) / N_T}: the fractional error of the total count ({@code norm_frac_err}). */
	public double normFracErr() {
		return normFracErr;
	}
}
