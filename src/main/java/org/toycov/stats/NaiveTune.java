package org.toycov.stats;

import org.toycov.model.Model;
import org.toycov.model.ModelException;

/**
 * The seed's naive "tuning" (cells 19-21): every expected count scaled by
 * {@code n_obs / N_exp} of the constraining channel, so {@code mu_exp -> mu_obs}
 * and {@code e_exp -> e_exp mu_obs / mu_exp}; fractional errors unchanged.
 */
public final class NaiveTune {

	private NaiveTune() {}

	public static Model of(final Model m, final int constraining) {
		final double exp = m.expected(constraining);
		final double obs = m.observed()[constraining];
		if (!(exp > 0)) throw new ModelException(m.channel(constraining) +
			"_exp must be > 0 to tune by it, got " + ModelException.show(exp));
		final double k = obs / exp;
		final double[] tuned = m.expected();
		for (int i = 0; i < tuned.length; i++)
			tuned[i] = i == constraining ? obs : k * tuned[i];
		return m.withExpected(tuned);
	}
}
