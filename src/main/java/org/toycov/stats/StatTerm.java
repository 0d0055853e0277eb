package org.toycov.stats;

import java.util.Locale;

import org.toycov.model.Model;
import org.toycov.model.ModelException;

/**
 * The statistical (Poisson) variance on the covariance diagonal.
 * <ul>
 * <li>{@code pearson}: the expected count N, as the seed does;</li>
 * <li>{@code neyman}: the observed count n;</li>
 * <li>{@code cnp}: the combined Neyman-Pearson variance {@code 3 / (1/n + 2/N)}
 * (X. Ji et al., NIM A 961 (2020) 163677, eq. 19), and {@code N/2} where
 * {@code n = 0}, as SBNfit does.</li>
 * </ul>
 */
public enum StatTerm {

		PEARSON, NEYMAN, CNP;

	/** The key's value as a user writes it. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static StatTerm of(final String key) {
		for (final StatTerm s : values())
			if (s.key().equals(key)) return s;
		throw new ModelException("stat must be one of pearson, neyman, cnp, got " +
			key);
	}

	/** Whether the term depends on the observed counts. */
	public boolean usesObserved() {
		return this != PEARSON;
	}

	/** The statistical variance of each channel. */
	public double[] variances(final Model m) {
		return variances(m.channels(), m.expected(), this == PEARSON ? null : m
			.observed());
	}

	/** The statistical variances for expected and observed counts ({@code names} for messages). */
	public double[] variances(final String[] names, final double[] exp,
		final double[] obs)
	{
		if (this == PEARSON) return exp.clone();
		final double[] v = new double[exp.length];
		for (int i = 0; i < v.length; i++) {
			final double n = obs[i], e = exp[i];
			if (this == NEYMAN) {
				if (!(n > 0)) throw new ModelException("stat=neyman needs observed " +
					"counts > 0, got " + names[i] + "_obs=" + ModelException.show(n) +
					" (use stat=cnp)");
				v[i] = n;
			}
			else if (n == 0) v[i] = e / 2;
			else if (!(e > 0)) v[i] = 0; // NB: N = 0, n > 0: the limit of 3/(1/n + 2/N)
			else v[i] = 3 / (1 / n + 2 / e);
		}
		return v;
	}
}
