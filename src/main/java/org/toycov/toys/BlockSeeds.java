package org.toycov.toys;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * One independent random stream per block of toys: block {@code b} of seed
 * {@code s} is a xoroshiro128++ whose state is taken from a SplitMix64 stream keyed
 * by {@code s}, at positions {@code 2b+1, 2b+2}. Any thread, any shard, gets the
 * same stream for the same block. It draws the Gaussians and the slice channel's
 * counts; the other channels' counts come from per-toy streams ({@link ToyStream}).
 */
public final class BlockSeeds {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private BlockSeeds() {}

	/** SplitMix64's output function (Steele, Lea, Flood 2014; as in java.util.SplittableRandom). */
	public static long mix64(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	public static XoRoShiRo128PlusPlus rng(final long seed, final long block) {
		return blockRng(seed, block);
	}

	/** {@link #rng}, as the engine's {@link BlockRng}. */
	static BlockRng blockRng(final long seed, final long block) {
		final long key = mix64(seed ^ 0x3C6EF372FE94F82BL);
		long s0 = mix64(key + (2 * block + 1) * GOLDEN);
		final long s1 = mix64(key + (2 * block + 2) * GOLDEN);
		// NB: the all-zero state is the one xoroshiro cannot leave; mix64 is a bijection, so it needs both zero.
		if ((s0 | s1) == 0) s0 = GOLDEN;
		return new BlockRng(s0, s1);
	}

	/** Key of the per-toy streams ({@link ToyStream}) of {@code channel} under {@code seed}. */
	public static long channelKey(final long seed, final int channel) {
		return mix64(mix64(seed ^ 0x6A09E667F3BCC909L) + (channel + 1) * 0xD1B54A32D192ED03L);
	}
}
