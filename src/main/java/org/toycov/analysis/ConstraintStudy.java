package org.toycov.analysis;

import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.Constraint;
import org.toycov.stats.Covariances;
import org.toycov.stats.NaiveTune;
import org.toycov.stats.StatTerm;

/**
 * The conditional constraint of one channel (a channel, a binned channel or
 * one bin) by every other bin, beside the original and the naively tuned
 * predictions, per bin, with the constrained and unconstrained goodness of
 * fit.
 */
public final class ConstraintStudy {

	private ConstraintStudy() {}

	/** Per constrained bin, and the fit. */
	public static final class Result {

		public final Constraint constraint;
		public final String[] bins;
		public final double[] observed, expected, expectedError, tuned, tunedError,
				constrained, constrainedError;
		/** Edges of each constrained bin, NaN where its channel has none. */
		public final double[] low, high;
		/** {@code C_YY'} and its systematic part alone. */
		public final double[][] constrainedCovariance, constrainedCovarianceSys;
		/** "" or the line naming negative constrained predictions. */
		public final String warning;
		public final int ndf;
		public final double chi2, pValue, unconstrainedChi2, unconstrainedPValue;

		private Result(final Model m, final Constraint k) {
			constraint = k;
			final int[] y = k.constrained();
			final Model tune = NaiveTune.of(m, complement(m, y));
			final double[][] prior = k.priorCovariance();
			final double[][] ct = Covariances.total(tune);
			constrainedCovariance = k.covariance();
			constrainedCovarianceSys = k.covarianceSys();
			warning = k.warning();
			constrained = k.mean();
			final int n = y.length;
			final double[] lows = m.binLows(), highs = m.binHighs();
			low = new double[n];
			high = new double[n];
			bins = new String[n];
			observed = new double[n];
			expected = new double[n];
			expectedError = new double[n];
			tuned = new double[n];
			tunedError = new double[n];
			constrainedError = new double[n];
			for (int a = 0; a < n; a++) {
				bins[a] = m.channel(y[a]);
				low[a] = lows[y[a]];
				high[a] = highs[y[a]];
				observed[a] = m.observed()[y[a]];
				expected[a] = m.expected(y[a]);
				expectedError[a] = Math.sqrt(prior[a][a]);
				tuned[a] = tune.expected(y[a]);
				tunedError[a] = Math.sqrt(ct[y[a]][y[a]]);
				constrainedError[a] = Math.sqrt(constrainedCovariance[a][a]);
			}
			ndf = ChiSquare.ndf(n);
			chi2 = k.chi2(m);
			pValue = ChiSquare.pValue(chi2, ndf);
			unconstrainedChi2 = k.unconstrainedChi2(m);
			unconstrainedPValue = ChiSquare.pValue(unconstrainedChi2, ndf);
		}
	}

	/** The constraint of {@code constrained} by the observed counts of every other bin. */
	public static Result of(final Model m, final String constrained) {
		return of(m, constrained, StatTerm.PEARSON);
	}

	/**
	 * As {@link #of(Model, String)} with {@code stat} in the constraining bins
	 * and the constrained chi-square.
	 */
	public static Result of(final Model m, final String constrained,
		final StatTerm stat)
	{
		final int[] y = m.binsOf("constrained", constrained);
		if (y.length == m.size()) throw new ModelException("constrained must " +
			"leave at least one channel to constrain it, got " + constrained +
			", every channel of the model");
		if (!m.hasObserved()) throw new ModelException("Constraint needs the " +
			"observed counts of the constraining channels: give a model file with " +
			"\"observed\" counts for every channel");
		return new Result(m, Constraint.of(m, y, complement(m, y), stat));
	}

	/** The naive tuning of every expectation by the observed total of every bin not in {@code constrained}. */
	public static Model naiveTune(final Model m, final String constrained) {
		return NaiveTune.of(m, complement(m, m.binsOf("constrained",
			constrained)));
	}

	/** Every bin of the model not in {@code y}. */
	static int[] complement(final Model m, final int[] y) {
		final boolean[] in = new boolean[m.size()];
		for (final int i : y)
			in[i] = true;
		final int[] x = new int[m.size() - y.length];
		for (int i = 0, k = 0; i < m.size(); i++)
			if (!in[i]) x[k++] = i;
		return x;
	}
}
