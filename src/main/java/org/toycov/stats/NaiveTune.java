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
		return of(m, new int[] { constraining });
	}

	/**
	 * Tunes by the total of several bins (a binned channel):
	 * {@code k = sum n_X / sum N_X}, every expectation times k; a single
	 * constraining bin is set to its observed count exactly, as the seed does.
	 */
	public static Model of(final Model m, final int[] constraining) {
		double exp = 0, obs = 0;
		for (final int i : constraining) {
			exp += m.expected(i);
			obs += m.observed()[i];
		}
		final int first = constraining[0];
		final boolean one = constraining.length == 1;
		if (!(exp > 0)) throw new ModelException((one ? m.expectedKey(first)
			: "the sum of the expected counts of " + m.channel(first) + " to " + m
				.channel(constraining[constraining.length - 1])) +
			" must be > 0 to tune by it, got " + ModelException.show(exp));
		if (!(obs > 0)) throw new ModelException((one ? m.observedKey(first)
			: "the sum of the observed counts of " + m.channel(first) + " to " + m
				.channel(constraining[constraining.length - 1])) +
			" must be > 0 to tune the prediction by it (the tuned model would " +
			"expect nothing), got " + ModelException.show(obs));
		final double k = obs / exp;
		final double[] tuned = m.expected();
		for (int i = 0; i < tuned.length; i++)
			tuned[i] *= k;
		if (constraining.length == 1) tuned[constraining[0]] = obs;
		return m.withExpected(tuned);
	}
}
