package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The matrix files' number parser against the JDK's {@link Double#parseDouble}
 * (correctly rounded, the reference): the same double, bit for bit, on random
 * and on hard texts.
 */
class DecimalParserTest {

	private static void same(final String s) {
		assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double
			.doubleToRawLongBits(DecimalParser.parse(s)), s);
	}

	@Test
	void shortestTextsOfRandomDoubles() {
		final SplittableRandom rng = new SplittableRandom(11);
		for (int k = 0; k < 30000; k++) {
			final double d = Double.longBitsToDouble(rng.nextLong());
			if (!Double.isFinite(d)) continue;
			same(Double.toString(d));
			same(String.format("%.17g", d));
			same(String.format("%.15e", d));
			same(Double.toString(rng.nextDouble() * 1000 - 500));
		}
	}

	@Test
	void randomDecimals() {
		final SplittableRandom rng = new SplittableRandom(12);
		final String[] exps = { "e", "E", "e+", "e-", "E-" };
		for (int k = 0; k < 30000; k++) {
			final int digits = 1 + rng.nextInt(19);
			final StringBuilder sb = new StringBuilder();
			if (rng.nextBoolean()) sb.append('-');
			for (int j = 0; j < digits; j++)
				sb.append((char) ('0' + rng.nextInt(10)));
			if (rng.nextBoolean()) sb.insert(sb.length() - rng.nextInt(digits), '.');
			if (rng.nextBoolean()) sb.append(exps[rng.nextInt(exps.length)]).append(
				rng.nextInt(340));
			same(sb.toString());
		}
	}

	@Test
	void halfwayCasesAndRangeEnds() {
		// integers half way between two doubles (2^53 + 1 ...) and near them
		for (int shift = 0; shift <= 10; shift++)
			for (long d = -3; d <= 3; d++)
				same(Long.toString(((1L << 53) + 1 << shift) + d));
		for (final String s : new String[] { "9007199254740993",
			"9223372036854775807", "9999999999999999999", "1e23", "8.41e21",
			"4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
			"2.2250738585072011e-308", "2.2250738585072014e-308",
			"1.7976931348623157e308", "1.7976931348623158e308",
			"1.7976931348623159e308", "1e-400", "1e400", "-0", "-0.0", "0e999",
			"0.000000000000000000000000000000000001", "123456789012345678901234",
			"+1.5", "1.", ".5", "00012.50", "1E5", "7.3177701707893310e+15" })
			same(s);
		// numbers with a half-way tail: the exact midpoint of two doubles, cut to 19 digits
		final SplittableRandom rng = new SplittableRandom(13);
		for (int k = 0; k < 20000; k++) {
			final double d = Double.longBitsToDouble(rng.nextLong() >>> 2);
			final BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(
				d))).divide(BigDecimal.valueOf(2));
			same(mid.round(new java.math.MathContext(19)).toString());
			same(mid.round(new java.math.MathContext(17)).toString());
		}
	}

	@Test
	void badTextFailsAsTheJdkDoes() {
		for (final String s : new String[] { "", "-", ".", "e5", "1e", "1e+",
			"1.2.3", "zero", "1,5", "--1", "1e5x" })
			assertThrows(NumberFormatException.class, () -> DecimalParser.parse(s),
				s);
		for (final String s : new String[] { "NaN", "-Infinity", " 2 " })
			same(s);
	}

	@Test
	void javaOnlyFormsAreNotNumbers() {
		// python3: float(s) and numpy.loadtxt(io.StringIO("1," + s), delimiter=",")
		// (numpy 2.4.6) both raise ValueError for each of these ...
		for (final String s : new String[] { "0.010000000000000002d", "0.01F",
			"0x1.47ae147ae147cp-7", "0x1p3", "1d", "-2.5D", "7f", "1e5d",
			"123456789012345678901234d", "0X1P3" })
			assertThrows(NumberFormatException.class, () -> DecimalParser.parse(s),
				s);
		// ... and read these as 1.0, 0.5, 3.0, 100000.0, -0.0, 0.0, 2.0
		final String[] ok = { "1.", ".5", "+3", "1E5", "-0", "1e-400", " 2 " };
		final double[] want = { 1.0, 0.5, 3.0, 100000.0, -0.0, 0.0, 2.0 };
		for (int k = 0; k < ok.length; k++)
			assertEquals(Double.doubleToRawLongBits(want[k]), Double
				.doubleToRawLongBits(DecimalParser.parse(ok[k])), ok[k]);
	}
}
