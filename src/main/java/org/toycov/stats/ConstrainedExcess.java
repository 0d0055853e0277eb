package org.toycov.stats;

import org.toycov.model.Model;
import org.toycov.model.ModelException;

/**
 * The excess of observed over predicted events in the low bins of one channel,
 * before and after constraining the channel by the others: the seed's muon
 * constraint on real data (the MiniBooNE nu_e excess constrained by nu_mu,
 * {@code sample-data/miniboone-2018}). Plain result for the main job's
 * MiniBooNE step; a command maps it to these outputs:
 * <ul>
 * <li>scalars {@code excess} ({@link #excess()}), {@code excess_sys_error}
 * ({@code sqrt} of the sum of the systematic covariance over the bins),
 * {@code excess_stat_error} ({@code sqrt} of the summed prediction),
 * {@code constrained_prediction} (summed {@code mu_Y'}),
 * {@code constrained_excess}, {@code constrained_excess_error} ({@code sqrt}
 * of the sum of {@link Constraint#covariance()} over the bins, Poisson
 * variance of the prediction included), {@code chi2}, {@code ndf},
 * {@code p_value} (all bins of the model, statistical term {@code stat});</li>
 * <li>the {@link Constraint} itself for the tables {@code constraint},
 * {@code constrained_covariance}, {@code constrained_covariance_sys} and a
 * {@code warning} line.</li>
 * </ul>
 */
public final class ConstrainedExcess {

	private final int bins;
	private final double observed;
	private final double predicted;
	private final double sysError;
	private final double statError;
	private final double constrainedPrediction;
	private final double constrainedError;
	private final double chi2;
	private final int ndf;
	private final Constraint constraint;

	private ConstrainedExcess(final int bins, final double observed,
		final double predicted, final double sysError, final double statError,
		final double constrainedPrediction, final double constrainedError,
		final double chi2, final int ndf, final Constraint constraint)
	{
		this.bins = bins;
		this.observed = observed;
		this.predicted = predicted;
		this.sysError = sysError;
		this.statError = statError;
		this.constrainedPrediction = constrainedPrediction;
		this.constrainedError = constrainedError;
		this.chi2 = chi2;
		this.ndf = ndf;
		this.constraint = constraint;
	}

	/**
	 * @param m the model, with observed counts
	 * @param channel the constrained channel (key {@code constrained}); every
	 *          other bin constrains it
	 * @param upTo the excess sums the channel's bins whose upper bin edge is at
	 *          most this (key {@code excess_up_to}, in the unit of the
	 *          channel's {@code bin_axis}); Infinity sums all bins
	 * @param stat statistical term of the constraining bins and of {@code chi2}
	 */
	public static ConstrainedExcess of(final Model m, final String channel,
		final double upTo, final StatTerm stat)
	{
		final int[] y = m.binsOf("constrained", channel);
		final double[] edges = m.binEdges(channel);
		int k = y.length;
		if (upTo != Double.POSITIVE_INFINITY) {
			if (edges == null) throw new ModelException("excess_up_to needs the " +
				"bin_edges of channel " + channel);
			k = 0;
			while (k < y.length && edges[k + 1] <= upTo)
				k++;
			if (k == 0) throw new ModelException("excess_up_to must be at least " +
				"the first bin's upper edge, " + ModelException.show(edges[1]) +
				", got " + ModelException.show(upTo));
		}
		final int[] x = new int[m.size() - y.length];
		int n = 0;
		for (int i = 0; i < m.size(); i++) {
			boolean inY = false;
			for (final int a : y)
				inY |= a == i;
			if (!inY) x[n++] = i;
		}
		final Constraint c = Constraint.of(m, y, x, stat);
		final double[][] sys = Covariances.systematic(m);
		final double[] obs = m.observed(), exp = m.expected(), mean = c.mean();
		final double[][] cc = c.covariance();
		double o = 0, p = 0, s = 0, cp = 0, ce = 0;
		for (int a = 0; a < k; a++) {
			o += obs[y[a]];
			p += exp[y[a]];
			cp += mean[a];
			for (int b = 0; b < k; b++) {
				s += sys[y[a]][y[b]];
				ce += cc[a][b];
			}
		}
		final double chi2 = new ChiSquare(Covariances.total(m, stat), m.channels())
			.chi2(exp, obs);
		return new ConstrainedExcess(k, o, p, Math.sqrt(s), Math.sqrt(p), cp, Math
			.sqrt(ce), chi2, ChiSquare.ndf(m.size()), c);
	}

	/** Number of bins summed. */
	public int bins() {
		return bins;
	}

	/** Observed minus predicted, summed over the bins ({@code excess}). */
	public double excess() {
		return observed - predicted;
	}

	public double observed() {
		return observed;
	}

	public double predicted() {
		return predicted;
	}

	/** {@code sqrt(sum C_sys)} over the bins ({@code excess_sys_error}). */
	public double sysError() {
		return sysError;
	}

	/** {@code sqrt(sum N)} over the bins ({@code excess_stat_error}). */
	public double statError() {
		return statError;
	}

	/** Summed constrained prediction ({@code constrained_prediction}). */
	public double constrainedPrediction() {
		return constrainedPrediction;
	}

	/** Observed minus the constrained prediction ({@code constrained_excess}). */
	public double constrainedExcess() {
		return observed - constrainedPrediction;
	}

	/** {@code sqrt} of the summed constrained covariance ({@code constrained_excess_error}). */
	public double constrainedError() {
		return constrainedError;
	}

	/** Chi-square of all bins against the unconstrained prediction ({@code chi2}). */
	public double chi2() {
		return chi2;
	}

	public int ndf() {
		return ndf;
	}

	public double pValue() {
		return ChiSquare.pValue(chi2, ndf);
	}

	public Constraint constraint() {
		return constraint;
	}
}
