package org.toycov.stats;

import org.toycov.model.Model;
import org.toycov.model.ModelException;

/**
 * The conditional (Gaussian) constraint of channels Y by observed channels X:
 * {@code mu_Y' = mu_Y + C_YX C_XX^-1 (n_X - mu_X)} and
 * {@code C_YY' = C_YY - C_YX C_XX^-1 C_XY}, with C the total covariance
 * (statistical terms of X included), as in the MicroBooNE Wire-Cell LEE code
 * (TLee::Exe_Goodness_of_fit, the "conditional constraint", arXiv:2110.13978).
 * <p>
 * The statistical term of the constraining bins X is the chosen
 * {@link StatTerm} (TLee: Pearson {@code N_X} or CNP with {@code n_X});
 * {@code C_YY} carries the Pearson variance of Y at its original expectation,
 * so that {@link #covariance()} is the spread of {@code n_Y} around
 * {@code mu_Y'}; {@link #covarianceSys()} is the systematic part alone,
 * {@code C_YY,sys - C_YX C_XX^-1 C_XY}, as releases publish it. A constrained
 * prediction below 0 is kept as it is and reported by {@link #warning()}.
 * </p>
 */
public final class Constraint {

	private final int[] y;
	private final double[] mean;
	private final double[][] covariance;
	private final double[] expectedY;
	/** C_YY before the constraint. */
	private final double[][] prior;
	private final StatTerm stat;
	private final String warning;

	private Constraint(final int[] y, final double[] mean,
		final double[][] covariance, final double[] expectedY,
		final double[][] prior, final StatTerm stat, final String warning)
	{
		this.y = y;
		this.mean = mean;
		this.covariance = covariance;
		this.expectedY = expectedY;
		this.prior = prior;
		this.stat = stat;
		this.warning = warning;
	}

	/**
	 * @param m the model; its observed counts of the X channels constrain Y
	 * @param y indices of the constrained channels
	 * @param x indices of the constraining channels
	 */
	public static Constraint of(final Model m, final int[] y, final int[] x) {
		return of(m, y, x, StatTerm.PEARSON);
	}

	/**
	 * As {@link #of(Model, int[], int[])} with the statistical term {@code stat}
	 * in the constraining bins and in {@link #chi2(Model)}: a command maps it
	 * to the key {@code stat} (pearson | neyman | cnp), and the outputs
	 * {@link #covarianceSys()} to the table {@code constrained_covariance_sys}
	 * and {@link #warning()} to a warning line.
	 */
	public static Constraint of(final Model m, final int[] y, final int[] x,
		final StatTerm stat)
	{
		if (y.length == 0) throw new ModelException(
			"constraint: the constrained set is empty");
		if (x.length == 0) throw new ModelException(
			"constraint: the constraining set is empty");
		for (final int a : y)
			for (final int b : x)
				if (a == b) throw new ModelException("constraint: channel " + m
					.channel(a) + " is in both sets");
		final double[] obs = m.observed();
		final double[] exp = m.expected();
		final double[][] c = Covariances.systematic(m);
		final double[] vx = stat.variances(names(m, x), values(exp, x), values(obs,
			x));
		for (int i = 0; i < x.length; i++)
			c[x[i]][x[i]] += vx[i];
		for (final int a : y)
			c[a][a] += exp[a];
		final Conditional g = conditional(c, obs, exp, y, x, names(m, x));
		final double[] mean = g.mean, expY = values(exp, y);
		final double[][] cov = g.covariance, prior = g.prior;
		final StringBuilder neg = new StringBuilder();
		for (int a = 0; a < y.length; a++)
			if (mean[a] < 0) neg.append(neg.length() == 0 ? "" : ", ").append(m
				.channel(y[a])).append(" (").append(String.format("%.6g", mean[a]))
				.append(")");
		final String warning = neg.length() == 0 ? "" :
			"the constrained prediction is negative in " + neg +
				": the Gaussian constraint pulls it below 0; shown as is, not clipped";
		return new Constraint(y.clone(), mean, cov, expY, prior, stat, warning);
	}

	/** The conditional Gaussian of bins Y given bins X: see {@link #conditional}. */
	public static final class Conditional {

		/** {@code mu_Y' = mu_Y + C_YX C_XX^-1 (n_X - mu_X)}. */
		public final double[] mean;
		/** {@code C_YY - C_YX C_XX^-1 C_XY}. */
		public final double[][] covariance;
		/** {@code C_YY}, before the constraint. */
		public final double[][] prior;

		Conditional(final double[] mean, final double[][] covariance,
			final double[][] prior)
		{
			this.mean = mean;
			this.covariance = covariance;
			this.prior = prior;
		}
	}

	/**
	 * The one conditional constraint of ToyCov (this class's, and Goodness of
	 * Fit's after the constraint): bins {@code y} of covariance {@code c} given
	 * the observed {@code n} of bins {@code x}, the prediction {@code mu}.
	 *
	 * @param xNames names of the X bins, for a singular C_XX's one-line error
	 */
	public static Conditional conditional(final double[][] c, final double[] n,
		final double[] mu, final int[] y, final int[] x, final String[] xNames)
	{
		final double[][] cxx = new double[x.length][x.length];
		for (int i = 0; i < x.length; i++)
			for (int j = 0; j < x.length; j++)
				cxx[i][j] = c[x[i]][x[j]];
		final ChiSquare xx = new ChiSquare(cxx, xNames);
		final double[] dx = new double[x.length];
		for (int i = 0; i < x.length; i++)
			dx[i] = n[x[i]] - mu[x[i]];
		final double[] alpha = xx.solve(dx);
		final double[] mean = new double[y.length];
		// G = C_XX^-1 C_XY, one column per constrained bin
		final double[][] g = new double[y.length][];
		for (int a = 0; a < y.length; a++) {
			double s = mu[y[a]];
			final double[] cxy = new double[x.length];
			for (int i = 0; i < x.length; i++) {
				s += c[y[a]][x[i]] * alpha[i];
				cxy[i] = c[x[i]][y[a]];
			}
			mean[a] = s;
			g[a] = xx.solve(cxy);
		}
		final double[][] cov = new double[y.length][y.length];
		final double[][] prior = new double[y.length][y.length];
		for (int a = 0; a < y.length; a++) {
			for (int b = 0; b < y.length; b++) {
				double s = 0;
				for (int i = 0; i < x.length; i++)
					s += c[y[a]][x[i]] * g[b][i];
				prior[a][b] = c[y[a]][y[b]];
				cov[a][b] = c[y[a]][y[b]] - s;
			}
		}
		return new Conditional(mean, cov, prior);
	}

	private static String[] names(final Model m, final int[] idx) {
		final String[] n = new String[idx.length];
		for (int i = 0; i < idx.length; i++)
			n[i] = m.channel(idx[i]);
		return n;
	}

	private static double[] values(final double[] v, final int[] idx) {
		final double[] out = new double[idx.length];
		for (int i = 0; i < idx.length; i++)
			out[i] = v[idx[i]];
		return out;
	}

	/**
	 * The systematic part of the constrained covariance,
	 * {@code C_YY,sys - C_YX C_XX^-1 C_XY}: {@link #covariance()} without the
	 * Poisson variance of Y (table {@code constrained_covariance_sys}).
	 */
	public double[][] covarianceSys() {
		final double[][] out = covariance();
		for (int a = 0; a < out.length; a++)
			out[a][a] -= expectedY[a];
		return out;
	}

	/**
	 * "" or one line naming the bins whose constrained prediction is negative
	 * (the prediction is reported as it is, never clipped).
	 */
	public String warning() {
		return warning;
	}

	/** The statistical term of the constraining bins and of {@link #chi2(Model)}. */
	public StatTerm stat() {
		return stat;
	}

	/** Constrained prediction {@code mu_Y'}, in the order of the Y indices. */
	public double[] mean() {
		return mean.clone();
	}

	/** Constrained covariance {@code C_YY'} (Poisson terms at the expected counts). */
	public double[][] covariance() {
		final double[][] out = new double[covariance.length][];
		for (int i = 0; i < out.length; i++)
			out[i] = covariance[i].clone();
		return out;
	}

	/**
	 * {@code C_YY'} with the Poisson terms of Y taken at the constrained
	 * prediction instead of the original expectation: the spread of the
	 * observed Y counts given n_X, which is what pseudo-experiments sliced at
	 * n_X show (seed cell 26: 145.0 where {@link #covariance()} gives 150.25).
	 */
	public double[][] covarianceAtConstrainedMean() {
		final double[][] out = covariance();
		for (int a = 0; a < out.length; a++)
			out[a][a] += mean[a] - expectedY[a];
		return out;
	}

	public int[] constrained() {
		return y.clone();
	}

	/** {@code C_YY}, the covariance of the constrained channels before the constraint. */
	public double[][] priorCovariance() {
		final double[][] out = new double[prior.length][];
		for (int i = 0; i < out.length; i++)
			out[i] = prior[i].clone();
		return out;
	}

	/**
	 * Chi-square of the constrained channels' observed counts against their
	 * original prediction and {@code C_YY} alone, for comparison.
	 */
	public double unconstrainedChi2(final Model m) {
		return new ChiSquare(prior, names(m)).chi2(expectedY, observedY(m));
	}

	private String[] names(final Model m) {
		return names(m, y);
	}

	private double[] observedY(final Model m) {
		final double[] obs = new double[y.length];
		for (int a = 0; a < y.length; a++)
			obs[a] = m.observed()[y[a]];
		return obs;
	}

	/**
	 * Chi-square of the constrained channels' observed counts against the
	 * constrained prediction, {@code (n_Y - mu_Y')^T C_YY'^-1 (n_Y - mu_Y')},
	 * with {@code |Y|} degrees of freedom. With Pearson (the default) the
	 * Poisson variance of Y is that of its original expectation; with Neyman or
	 * CNP it is the term's variance at {@code n_Y} and {@code mu_Y'}.
	 */
	public double chi2(final Model m) {
		if (stat == StatTerm.PEARSON) return new ChiSquare(covariance, names(m))
			.chi2(mean, observedY(m));
		final double[][] c = covarianceSys();
		final double[] v = stat.variances(names(m), mean, observedY(m));
		for (int a = 0; a < c.length; a++)
			c[a][a] += v[a];
		return new ChiSquare(c, names(m)).chi2(mean, observedY(m));
	}
}
