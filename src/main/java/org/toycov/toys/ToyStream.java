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
		state = origin(channelKey, toy);
		return this;
	}

	/** The stream of {@code origin} after its first {@code drawn} draws. */
	ToyStream resume(final long origin, final int drawn) {
		state = origin + drawn * GOLDEN;
		return this;
	}

	/** Where the stream of toy {@code toy} under {@code channelKey} starts. */
	static long origin(final long channelKey, final long toy) {
		return BlockSeeds.mix64(channelKey + toy * GOLDEN);
	}

	/**
	 * Draw {@code i} (from 1) of the stream starting at {@code origin} as a double, without a stream object:
	 * no draw waits for the one before.
	 */
	static double uniform(final long origin, final int i) {
		return BlockRng.toDouble(BlockSeeds.mix64(origin + i * GOLDEN));
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
