package org.toycov.toys;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact Poisson variates for a mean that changes from draw to draw, with set-up
 * cheap enough to pay per draw (a square root and two divisions).
 * <p>
 * For {@code lam >= 10}: PTRS, W. Hoermann, "The transformed rejection method for
 * generating Poisson random variables", Insurance: Mathematics and Economics 12
 * (1993) 39-45 (the algorithm numpy uses for {@code lam >= 10}). Below 10:
 * multiplication of uniforms (Knuth), exact. {@code lam == 0} gives 0.
 */
public final class PoissonPtrs {

	/** Means at or above this use PTRS. */
	public static final double PTRS_MIN = 10;

	private static final double LOG_2PI = 1.8378770664093453;

	private PoissonPtrs() {}

	/**
	 * One Poisson variate with mean {@code lam} ({@code 0 <= lam < 2^31}; not checked
	 * here, the engine validates its means).
	 */
	public static long sample(final UniformRandomProvider rng, final double lam) {
		if (lam >= PTRS_MIN) return ptrs(rng, lam);
		if (lam > 0) return multiplication(rng, lam);
		return 0;
	}

	/** Knuth's multiplication method; expected {@code lam + 1} uniforms. */
	static long multiplication(final UniformRandomProvider rng, final double lam) {
		final double enlam = Math.exp(-lam);
		long x = 0;
		double prod = 1.0;
		while (true) {
			prod *= rng.nextDouble();
			if (prod > enlam) x++;
			else return x;
		}
	}

	/** Hoermann's PTRS, step for step as in the paper (and numpy's random_poisson_ptrs). */
	static long ptrs(final UniformRandomProvider rng, final double lam) {
		final double b = ptrsB(lam);
		final double a = ptrsA(b);
		final double vr = ptrsVr(b);
		final double u = rng.nextDouble() - 0.5;
		final double v = rng.nextDouble();
		final double us = 0.5 - Math.abs(u);
		final long k = ptrsK(lam, a, b, u, us);
		if (squeezed(vr, v, us)) return k;
		// NB: the rest (about 1 in 4 draws) is out of line, so the JIT inlines the fast path above.
		return ptrsRest(rng, lam, a, b, vr, u, v, us, k);
	}

	// NB: PTRS's first attempt in pieces, so that the engine's loops can make it with uniforms of their own
	// (no generator object) and call ptrsRest with the generator positioned after u and v: same draws.

	/** PTRS's b for mean {@code lam}. */
	static double ptrsB(final double lam) {
		return 0.931 + 2.53 * Math.sqrt(lam);
	}

	/** PTRS's a from b. */
	static double ptrsA(final double b) {
		return -0.059 + 0.02483 * b;
	}

	/** PTRS's v_r from b: the squeeze's bound on v. */
	static double ptrsVr(final double b) {
		return 0.9277 - 3.6224 / (b - 2);
	}

	/** An attempt's candidate count from u (in [-0.5, 0.5)) and us = 0.5 - |u|. */
	static long ptrsK(final double lam, final double a, final double b, final double u, final double us) {
		return (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
	}

	/**
	 * Whether the squeeze accepts an attempt: the region us >= 0.07, v <= vr lies inside the acceptance region.
	 * NB: {@code &}, not {@code &&}: one branch on the result, not two.
	 */
	static boolean squeezed(final double vr, final double v, final double us) {
		return us >= 0.07 & v <= vr;
	}

	/**
	 * PTRS from the full acceptance test of a first attempt (u, v, us, k) that missed the squeeze,
	 * {@code rng} positioned after that attempt's two uniforms.
	 */
	static long ptrsRest(final UniformRandomProvider rng, final double lam, final double a, final double b,
		final double vr, double u, double v, double us, long k)
	{
		final double invalpha = 1.1239 + 1.1328 / (b - 3.4);
		final double fastLogLam = fastLog(lam);
		while (true) {
			if (k >= 0 && (us >= 0.013 || v <= us) && accept(lam, a, b, invalpha, fastLogLam, us, v, k)) return k;
			u = rng.nextDouble() - 0.5;
			v = rng.nextDouble();
			us = 0.5 - Math.abs(u);
			k = ptrsK(lam, a, b, u, us);
			if (squeezed(vr, v, us)) return k;
		}
	}

	/**
	 * PTRS's acceptance test log(v) + log(invalpha) - log(a / us^2 + b) <= -lam + k log(lam) - log(k!),
	 * the three logs on the left taken as one.
	 */
	private static boolean accept(final double lam, final double a, final double b, final double invalpha,
		final double fastLogLam, final double us, final double v, final long k)
	{
		final double x = v * invalpha / (a / (us * us) + b);
		final double lf = logFactorial(k);
		if (x >= Double.MIN_NORMAL) {
			// NB: Math.log costs ~17 ns here. fastLog (|error| < 1e-11) decides unless the two sides are
			// within a band covering both logs' errors (k times for k log(lam)) and the rounding of the sums;
			// inside the band the exact test below decides, so the result is that of the exact test.
			final double d = fastLog(x) - (-lam + k * fastLogLam - lf);
			final double band = 1e-10 * (2 + k) + 1e-14 * (lam + k * Math.abs(fastLogLam) + lf);
			if (d < -band) return true;
			if (d > band) return false;
		}
		// NB: log(0) = -inf accepts, as in the paper.
		return Math.log(x) <= -lam + k * Math.log(lam) - lf;
	}

	/** Reference PTRS with every log exact (Math.log), for tests: must give the same draws as {@link #ptrs}. */
	static long ptrsExact(final UniformRandomProvider rng, final double lam) {
		final double slam = Math.sqrt(lam);
		final double b = 0.931 + 2.53 * slam;
		final double a = -0.059 + 0.02483 * b;
		final double vr = 0.9277 - 3.6224 / (b - 2);
		final double invalpha = 1.1239 + 1.1328 / (b - 3.4);
		while (true) {
			final double u = rng.nextDouble() - 0.5;
			final double v = rng.nextDouble();
			final double us = 0.5 - Math.abs(u);
			final long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
			if (us >= 0.07 && v <= vr) return k;
			if (k < 0 || (us < 0.013 && v > us)) continue;
			if (Math.log(v * invalpha / (a / (us * us) + b)) <= -lam + k * Math.log(lam) - logFactorial(k)) return k;
		}
	}

	/** log(k!), from a table below 2^15. */
	static double logFactorial(final long k) {
		return k < LogFactorials.SIZE ? LogFactorials.TABLE[(int) k] : logGamma(k + 1.0);
	}

	private static final double[] STIRLING = { 8.333333333333333e-02, -2.777777777777778e-03,
		7.936507936507937e-04, -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03,
		6.410256410256410e-03, -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00 };

	/** log Gamma(x) for x >= 1, Stirling series with upward shift below 7 (as numpy's random_loggam). */
	static double logGamma(final double x) {
		if (x == 1.0 || x == 2.0) return 0.0;
		final int n = x < 7.0 ? (int) (7 - x) : 0;
		double x0 = x + n;
		final double x2 = (1.0 / x0) * (1.0 / x0);
		double gl0 = STIRLING[9];
		for (int k = 8; k >= 0; k--) {
			gl0 *= x2;
			gl0 += STIRLING[k];
		}
		double gl = gl0 / x0 + 0.5 * LOG_2PI + (x0 - 0.5) * Math.log(x0) - x0;
		for (int k = 1; k <= n; k++) {
			gl -= Math.log(x0 - 1.0);
			x0 -= 1.0;
		}
		return gl;
	}

	/** log(k!) for k below 2^15 (initialised on first use, after STIRLING). */
	private static final class LogFactorials {
		static final int SIZE = 1 << 15;
		static final double[] TABLE = new double[SIZE];
		static {
			for (int k = 0; k < SIZE; k++) TABLE[k] = logGamma(k + 1.0);
		}
	}

	private static final double LN2 = 0.6931471805599453;
	/** log(1 + j / 256) and 1 / (1 + j / 256), j = 0..255. */
	private static final double[] FAST_LOG = new double[256], FAST_INV = new double[256];
	static {
		for (int j = 0; j < 256; j++) {
			FAST_LOG[j] = Math.log1p(j / 256.0);
			FAST_INV[j] = 1 / (1 + j / 256.0);
		}
	}

	/**
	 * log(x) for a positive normal x with |error| < 5e-13 (relied on as < 1e-11): exponent,
	 * a 256-entry table, and log1p(r) ~ r - r^2/2 + r^3/3 - r^4/4 for 0 <= r < 2^-8
	 * (truncation r^5/5 < 2e-13).
	 */
	static double fastLog(final double x) {
		final long bits = Double.doubleToRawLongBits(x);
		final int e = (int) (bits >>> 52) - 1023;
		final int j = (int) (bits >>> 44) & 0xFF;
		final double m = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
		final double r = m * FAST_INV[j] - 1;
		final double p = r * (1 - r * (0.5 - r * (1.0 / 3 - r * 0.25)));
		return e * LN2 + FAST_LOG[j] + p;
	}
}
