package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * The engine's register-held block stream and ziggurat fast path against Commons RNG itself:
 * {@link BlockRng}'s static steps give XoRoShiRo128PlusPlus's draws, and
 * {@code X[i] * x} is what {@code NormalizedGaussian.sample()} returns for the draw x.
 */
class ZigguratFastPathTest {

	@Test
	void blockRngStepsAreXoroshiro128PlusPlus() {
		final long seed0 = 0x0123456789ABCDEFL, seed1 = 0xFEDCBA9876543210L;
		final XoRoShiRo128PlusPlus ref = new XoRoShiRo128PlusPlus(new long[] { seed0, seed1 });
		final BlockRng obj = new BlockRng(seed0, seed1);
		long s0 = seed0, s1 = seed1;
		for (int i = 0; i < 100_000; i++) {
			final long x = ref.nextLong();
			assertEquals(x, BlockRng.output(s0, s1), "draw " + i);
			assertEquals(x, obj.nextLong(), "draw " + i);
			final long n0 = BlockRng.next0(s0, s1);
			s1 = BlockRng.next1(s0, s1);
			s0 = n0;
			assertEquals(s0, obj.state0());
			assertEquals(s1, obj.state1());
		}
		// nextDouble: the top 53 bits times 2^-53.
		final XoRoShiRo128PlusPlus ref2 = new XoRoShiRo128PlusPlus(new long[] { s0, s1 });
		for (int i = 0; i < 1000; i++) {
			assertEquals(ref2.nextDouble(), BlockRng.toDouble(BlockRng.output(s0, s1)));
			final long n0 = BlockRng.next0(s0, s1);
			s1 = BlockRng.next1(s0, s1);
			s0 = n0;
		}
		// BlockSeeds hands out the same stream as a plain XoRoShiRo128PlusPlus of its state.
		final BlockRng b = BlockSeeds.blockRng(7, 3);
		final XoRoShiRo128PlusPlus plain = new XoRoShiRo128PlusPlus(new long[] { b.state0(), b.state1() });
		for (int i = 0; i < 1000; i++) assertEquals(plain.nextLong(), b.nextLong());
	}

	@Test
	void fastPathIsTheSamplersOwn() {
		// Commons RNG 1.6: 253 of 256 layers take the fast path (its I_MAX).
		assertEquals(253, ZigguratFastPath.LAYERS);
		final long[] next = new long[1];
		final UniformRandomProvider fixed = () -> next[0];
		final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(fixed);
		final XoRoShiRo128PlusPlus draws = new XoRoShiRo128PlusPlus(new long[] { 1, 2 });
		int fast = 0;
		for (int n = 0; n < 1_000_000; n++) {
			final long x = draws.nextLong();
			final int i = (int) x & 0xFF;
			if (i >= ZigguratFastPath.LAYERS) continue;
			next[0] = x;
			assertEquals(g.sample(), ZigguratFastPath.X[i] * x, "x=" + x);
			fast++;
		}
		assertTrue(fast > 980_000, "fast draws: " + fast);
	}
}
