package org.toycov.model;

import java.math.BigInteger;

/**
 * Decimal text to the nearest double, as {@link Double#parseDouble} gives it,
 * for the plain decimals of matrix and universe files ({@code -1.25e-3}, up to
 * 19 significant digits): Clinger's exact fast path, else the Eisel-Lemire
 * algorithm (D. Lemire, "Number parsing at a gigabyte per second", Softw.
 * Pract. Exper. 51 (2021); as in Go's strconv/eisel_lemire.go); a longer
 * decimal, or a case the algorithm cannot settle, goes to
 * {@link Double#parseDouble}. Only decimals are numbers (as for python's
 * {@code float} and numpy's {@code loadtxt}): Java's own forms ({@code 1d},
 * {@code 0.01F}, hexadecimal {@code 0x1p3}) are not; {@code NaN} and
 * {@code Infinity} parse, as Java spells them, for the callers to refuse.
 * NB: a file of 18,769 17-digit numbers took most
 * of a 137-bin model's load in {@code Double.parseDouble} before the JIT
 * compiled it (bench/INPUTS.md).
 */
public final class DecimalParser {

	private DecimalParser() {}

	/** 10^0 ... 10^22, exact doubles. */
	private static final double[] EXACT = new double[23];

	static {
		EXACT[0] = 1;
		for (int k = 1; k < EXACT.length; k++)
			EXACT[k] = EXACT[k - 1] * 10;
	}

	private static final int MIN_EXP10 = -348, MAX_EXP10 = 347;

	/** 10^q's first 128 bits (rounded down), made on first use. */
	private static final Pow10[] POW10 = new Pow10[MAX_EXP10 - MIN_EXP10 + 1];

	/**
	 * NB: final fields, so a thread that sees another's entry sees its bits (a
	 * race only makes an entry twice).
	 */
	private static final class Pow10 {

		final long hi, lo;

		Pow10(final long hi, final long lo) {
			this.hi = hi;
			this.lo = lo;
		}
	}

	/**
	 * @throws NumberFormatException if the text is not a decimal (or Java's
	 *           {@code NaN}, {@code Infinity})
	 */
	public static double parse(final String s) {
		final int n = s.length();
		int i = 0;
		if (n == 0 || n > 100) return slow(s);
		boolean neg = false;
		char c = s.charAt(0);
		if (c == '-' || c == '+') {
			neg = c == '-';
			i++;
		}
		long man = 0;
		int digits = 0, exp10 = 0;
		boolean any = false, fraction = false;
		for (; i < n; i++) {
			c = s.charAt(i);
			if (c == '.' && !fraction) {
				fraction = true;
				continue;
			}
			if (c < '0' || c > '9') break;
			any = true;
			final int d = c - '0';
			if (man != 0 || d != 0) {
				if (digits == 19) return slow(s);
				man = 10 * man + d;
				digits++;
			}
			if (fraction) exp10--;
		}
		if (!any) return slow(s);
		if (i < n) {
			if (c != 'e' && c != 'E' || ++i == n) return slow(s);
			boolean eneg = false;
			c = s.charAt(i);
			if (c == '-' || c == '+') {
				eneg = c == '-';
				if (++i == n) return slow(s);
			}
			int e = 0;
			for (; i < n; i++) {
				c = s.charAt(i);
				if (c < '0' || c > '9' || e > 10000) return slow(s);
				e = 10 * e + (c - '0');
			}
			exp10 += eneg ? -e : e;
		}
		if (man == 0) return neg ? -0.0 : 0.0;
		// Clinger: an exact integer and an exact power of ten, one rounding
		// NB: man is unsigned (19 digits may pass 2^63)
		if (man > 0 && man < (1L << 53) && exp10 >= -22 && exp10 <= 22) {
			final double d = exp10 < 0 ? man / EXACT[-exp10] : man * EXACT[exp10];
			return neg ? -d : d;
		}
		final double d = eiselLemire(man, exp10, neg);
		return Double.isNaN(d) ? slow(s) : d;
	}

	/**
	 * {@link Double#parseDouble} for a decimal (blanks around it, any number
	 * of digits, any exponent) or Java's {@code NaN} and {@code Infinity}.
	 */
	private static double slow(final String s) {
		final String t = s.trim();
		int i = 0;
		final int n = t.length();
		if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
		if (t.startsWith("NaN", i) || t.startsWith("Infinity", i)) return Double
			.parseDouble(s);
		boolean any = false;
		while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
			i++;
			any = true;
		}
		if (i < n && t.charAt(i) == '.') i++;
		while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
			i++;
			any = true;
		}
		if (any && i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
			i++;
			if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
			final int digits = i;
			while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9')
				i++;
			if (i == digits) any = false;
		}
		if (!any || i < n) throw new NumberFormatException("not a decimal: " + s);
		return Double.parseDouble(s);
	}

	/** The nearest double to man * 10^exp10, or NaN when not settled here. */
	private static double eiselLemire(final long man, final int exp10,
		final boolean neg)
	{
		if (exp10 < MIN_EXP10 || exp10 > MAX_EXP10) return Double.NaN;
		final Pow10 p = pow10(exp10);
		final int clz = Long.numberOfLeadingZeros(man);
		final long m = man << clz;
		long retExp2 = ((217706L * exp10) >> 16) + 64 + 1023 - clz;
		long xHi = multiplyHighUnsigned(m, p.hi);
		long xLo = m * p.hi;
		if ((xHi & 0x1FF) == 0x1FF && Long.compareUnsigned(xLo + m, m) < 0) {
			// NB: the truncated power may be too small; widen with its next 64 bits
			final long yHi = multiplyHighUnsigned(m, p.lo);
			final long yLo = m * p.lo;
			long mergedHi = xHi;
			final long mergedLo = xLo + yHi;
			if (Long.compareUnsigned(mergedLo, xLo) < 0) mergedHi++;
			if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Long
				.compareUnsigned(yLo + m, m) < 0) return Double.NaN;
			xHi = mergedHi;
			xLo = mergedLo;
		}
		final long msb = xHi >>> 63;
		long mantissa = xHi >>> (msb + 9);
		retExp2 -= 1 ^ msb;
		// NB: exactly half way between two doubles: not settled here
		if (xLo == 0 && (xHi & 0x1FF) == 0 && (mantissa & 3) == 1)
			return Double.NaN;
		mantissa += mantissa & 1;
		mantissa >>>= 1;
		if ((mantissa >>> 53) > 0) {
			mantissa >>>= 1;
			retExp2++;
		}
		// NB: subnormal, zero, infinite: not settled here
		if (retExp2 <= 0 || retExp2 >= 0x7FF) return Double.NaN;
		long bits = retExp2 << 52 | mantissa & 0x000FFFFFFFFFFFFFL;
		if (neg) bits |= 0x8000000000000000L;
		return Double.longBitsToDouble(bits);
	}

	private static long multiplyHighUnsigned(final long a, final long b) {
		return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
	}

	/** 10^q's first 128 bits, the highest set, rounded down. */
	private static Pow10 pow10(final int q) {
		Pow10 p = POW10[q - MIN_EXP10];
		if (p != null) return p;
		final BigInteger five = BigInteger.valueOf(5).pow(Math.abs(q));
		final BigInteger m;
		if (q >= 0) {
			// 10^q = 5^q 2^q: the first 128 bits of 5^q
			final int b = five.bitLength();
			m = b <= 128 ? five.shiftLeft(128 - b) : five.shiftRight(b - 128);
		}
		// 10^q = 2^q / 5^-q: floor(2^k / 5^-q) with exactly 128 bits
		else m = BigInteger.ONE.shiftLeft(five.bitLength() + 127).divide(five);
		p = new Pow10(m.shiftRight(64).longValue(), m.longValue());
		POW10[q - MIN_EXP10] = p;
		return p;
	}
}
