package org.toycov.stats;

import java.util.Locale;

import org.toycov.model.Model;
import org.toycov.model.ModelException;

/**
 * The statistical (Poisson) variance on the covariance diagonal.
 * <ul>
 * <li>{@code pearson}: the expected count N, as the seed does;</li>
 * <li>{@code neyman}: the observed count n, so 0 where {@code n = 0};</li>
 * <li>{@code cnp}: the combined Neyman-Pearson variance {@code 3 / (1/n + 2/N)}
 * (X. Ji et al., NIM A 961 (2020) 163677, eq. 19), {@code N/2} where
 * {@code n = 0} and 0 where {@code N = 0 < n}, as SBNfit's
 * {@code SBNchi::CalcCovarianceMatrixCNP} does.</li>
 * </ul>
 * A zero variance (Pearson at N = 0, Neyman at n = 0) is accepted wherever a
 * systematic variance keeps the total covariance positive definite; where it
 * does not, the chi-square names the bin as singular.
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
			if (this == NEYMAN) v[i] = n;
			else if (n == 0) v[i] = e / 2;
			else if (!(e > 0)) v[i] = 0; // NB: N = 0, n > 0: the limit of 3/(1/n + 2/N)
			else v[i] = 3 / (1 / n + 2 / e);
		}
		return v;
	}
}
