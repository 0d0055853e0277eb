package org.toycov.toys;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A short SplitMix64 stream of its own for one (toy, channel): the Poisson draw of a
 * channel other than the slice channel. Because no other draw depends on it, a run
 * that only needs the slice study can skip it for toys outside the slice, and a
 * toy's counts stay the same whether or not it is skipped elsewhere.
 */
final class ToyStream implements UniformRandomProvider {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;
	private long state;

	/** Stream of toy {@code toy} under {@code channelKey} (from {@link BlockSeeds#channelKey}). */
	ToyStream start(final long channelKey, final long toy) {
		state = BlockSeeds.mix64(channelKey + toy * GOLDEN);
		return this;
	}

	@Override
	public long nextLong() {
		return BlockSeeds.mix64(state += GOLDEN);
	}

	@Override
	public double nextDouble() {
		return BlockRng.toDouble(nextLong());
	}
}
