package org.toycov.toys;

import java.math.BigInteger;

/** A signed 128-bit accumulator: sums of long counters that never overflow, so merging is exact. */
final class Int128 {

	long hi;
	long lo;

	void add(final long v) {
		final long sum = lo + v;
		// NB: unsigned carry out of the low word, plus the sign extension of v.
		hi += (v >> 63) + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
		lo = sum;
	}

	void add(final Int128 o) {
		final long sum = lo + o.lo;
		hi += o.hi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
		lo = sum;
	}

	Int128 copy() {
		final Int128 c = new Int128();
		c.hi = hi;
		c.lo = lo;
		return c;
	}

	BigInteger toBigInteger() {
		final BigInteger low = new BigInteger(Long.toUnsignedString(lo));
		return BigInteger.valueOf(hi).shiftLeft(64).add(low);
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof Int128 && ((Int128) o).hi == hi && ((Int128) o).lo == lo;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(hi) * 31 + Long.hashCode(lo);
	}
}
