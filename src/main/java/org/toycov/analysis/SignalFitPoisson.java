package org.toycov.analysis;

import org.apache.commons.rng.UniformRandomProvider;
import org.toycov.toys.PoissonPtrs;

/**
 * Poisson variates for the signal-fit throw ({@link SignalFitToys.Thrower}), whose
 * mean changes from toy to toy: below {@value #TABLE_MAX} from tables, above it
 * {@link PoissonPtrs}. The tables hold the distribution function of Poisson({@code j h})
 * for the means {@code j h} on a grid of step {@code h = }{@value #STEP}; a draw at a
 * mean {@code lam = j h + delta} is the sum of a draw at {@code j h} and a draw at
 * {@code delta}, the latter made by thinning: a draw N at {@code h} from the same tables,
 * each of its N events kept with probability {@code delta / h} (a thinned Poisson(h)
 * is Poisson(delta)). Both table draws are inversions of one uniform with a guide
 * table (Chen and Asau, 1974; Devroye, Non-Uniform Random Variate Generation,
 * section III.2.4): a table index from the uniform, then one or two comparisons.
 * <p>
 * Exact up to the rounding of the distribution functions (about 1e-16, as for the
 * multiplication method and PTRS); about 2.3 uniforms and no exp, log or division per
 * draw, where the multiplication method takes {@code lam + 1} uniforms and an exp.
 */
final class SignalFitPoisson {

	/** The tables' mean step. */
	static final double STEP = 0.25;
	/** Means at or above this use PTRS. */
	static final double TABLE_MAX = 64;
	private static final int MEANS = (int) (TABLE_MAX / STEP);
	/** Distribution functions of the grid means, one after another, each ending in exactly 1. */
	private static final double[] CDF;
	/** Per grid mean: where its distribution function starts in CDF, and its guide table in GUIDE. */
	private static final int[] START, GUIDE_START, GUIDE_SIZE;
	/** The guide tables: entry g of mean j is the first k with {@code cdf[k] > g / size}. */
	private static final int[] GUIDE;

	static {
		final double[][] cdfs = new double[MEANS][];
		int total = 0, totalGuide = 0;
		for (int j = 0; j < MEANS; j++) {
			cdfs[j] = cdf(j * STEP);
			total += cdfs[j].length;
			totalGuide += cdfs[j].length;
		}
		CDF = new double[total];
		GUIDE = new int[totalGuide];
		START = new int[MEANS];
		GUIDE_START = new int[MEANS];
		GUIDE_SIZE = new int[MEANS];
		for (int j = 0, at = 0, g = 0; j < MEANS; j++) {
			final double[] c = cdfs[j];
			START[j] = at;
			System.arraycopy(c, 0, CDF, at, c.length);
			GUIDE_START[j] = g;
			GUIDE_SIZE[j] = c.length;
			guide(c, GUIDE, g);
			at += c.length;
			g += c.length;
		}
	}

	private SignalFitPoisson() {}

	/**
	 * The guide table of distribution function {@code c} into {@code guide[at ..]}: entry i is
	 * the first k with {@code c[k] > i / c.length}.
	 */
	private static void guide(final double[] c, final int[] guide, final int at) {
		// NB: a method of its own (as cdf), so that the JIT compiles it while the 256 tables are built
		// at the class's initialisation (inside a toy run's first draw); in the initialiser's own loop
		// it ran interpreted
		int k = 0;
		for (int i = 0; i < c.length; i++) {
			while (!(c[k] > (double) i / c.length)) k++;
			guide[at + i] = k;
		}
	}

	/**
	 * The distribution function of Poisson({@code lam}) up to where the probabilities
	 * fall below 2^-60, its last entry set to 1 (the rest of the rounding and the tail,
	 * about 1e-16). The probabilities come from {@code p_k = p_(k-1) lam / k},
	 * {@code p_0 = exp(-lam)} (no underflow below 64), summed from k = 0.
	 */
	static double[] cdf(final double lam) {
		if (lam == 0) return new double[] { 1 };
		final double sd = Math.sqrt(lam);
		final int kMax = (int) Math.ceil(lam + 14 * sd + 30);
		final double[] c = new double[kMax + 1];
		double sum = 0, p = Math.exp(-lam);
		int last = kMax;
		for (int k = 0; k <= kMax; k++) {
			if (k > 0) p *= lam / k;
			sum += p;
			c[k] = sum;
			// NB: beyond the mean the terms fall faster than geometrically, so the tail is below this term
			if (k > lam + 1 && p < 0x1p-60) {
				last = k;
				break;
			}
		}
		final double[] out = java.util.Arrays.copyOf(c, last + 1);
		out[last] = 1;
		return out;
	}

	/**
	 * One Poisson variate with mean {@code lam} ({@code 0 <= lam < 2^31}, as
	 * {@link PoissonPtrs#sample}).
	 */
	static long sample(final UniformRandomProvider rng, final double lam) {
		if (!(lam < TABLE_MAX)) return PoissonPtrs.sample(rng, lam);
		final int j = (int) (lam * (1 / STEP));
		long k = table(rng, j);
		final double delta = lam - j * STEP;
		if (delta > 0) {
			// thinning: of N ~ Poisson(STEP) events, each kept with probability delta / STEP
			for (int e = table(rng, 1); e > 0; e--)
				if (rng.nextDouble() * STEP < delta) k++;
		}
		return k;
	}

	/** A draw from the table of grid mean {@code j STEP}: inversion of one uniform from its guide entry. */
	private static int table(final UniformRandomProvider rng, final int j) {
		final double u = rng.nextDouble();
		final int start = START[j];
		int k = GUIDE[GUIDE_START[j] + (int) (u * GUIDE_SIZE[j])];
		while (u >= CDF[start + k]) k++;
		return k;
	}
}
