package org.toycov.toys;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * A block's xoroshiro128++ whose state a hot loop can hold in local variables (with
 * {@link #output}, {@link #next0}, {@link #next1}) and hand back with {@link #setState}
 * before a rare path draws from the object: the same stream as
 * {@link XoRoShiRo128PlusPlus}, draw for draw (BlockRngTest).
 * <p>
 * NB: a generator object's state goes through memory on every draw, and each toy's
 * draws are one chain of them; in registers the chain is a few cycles shorter per draw.
 */
final class BlockRng extends XoRoShiRo128PlusPlus {

	BlockRng(final long s0, final long s1) {
		super(s0, s1);
	}

	long state0() { return state0; }
	long state1() { return state1; }

	void setState(final long s0, final long s1) {
		state0 = s0;
		state1 = s1;
	}

	/** The output of the state (s0, s1), as {@link XoRoShiRo128PlusPlus#next()}. */
	static long output(final long s0, final long s1) {
		return Long.rotateLeft(s0 + s1, 17) + s0;
	}

	/** The next state's first word. */
	static long next0(final long s0, final long s1) {
		final long x = s1 ^ s0;
		return Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
	}

	/** The next state's second word. */
	static long next1(final long s0, final long s1) {
		return Long.rotateLeft(s1 ^ s0, 28);
	}

	/** A 64-bit output as a double in [0, 1), as {@code UniformRandomProvider.nextDouble()}. */
	static double toDouble(final long r) {
		return (r >>> 11) * 0x1.0p-53;
	}
}
