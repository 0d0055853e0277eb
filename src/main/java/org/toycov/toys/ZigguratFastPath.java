package org.toycov.toys;

import java.lang.reflect.Field;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The fast path of Commons RNG's {@link ZigguratSampler.NormalizedGaussian}, for loops that
 * hold the generator's state in registers: for a 64-bit draw {@code x} whose low byte
 * {@code i} is below {@link #LAYERS}, {@code sample()} returns {@code X[i] * x} (about 253
 * draws in 256); any other draw goes to the sampler itself, which draws {@code x} again
 * and takes its edge path. The table and bound are the sampler's own (read once); if a
 * version of Commons RNG does not have them, {@link #LAYERS} is 0 and every draw goes to
 * the sampler: the same normals either way (ZigguratFastPathTest).
 */
final class ZigguratFastPath {

	/** {@code sample(x) == X[i] * x} for {@code i = x & 0xFF < LAYERS}. */
	static final double[] X;
	static final int LAYERS;
	static {
		double[] x = null;
		int layers = 0;
		try {
			final Field fx = ZigguratSampler.NormalizedGaussian.class.getDeclaredField("X");
			final Field fi = ZigguratSampler.NormalizedGaussian.class.getDeclaredField("I_MAX");
			fx.setAccessible(true);
			fi.setAccessible(true);
			x = ((double[]) fx.get(null)).clone();
			layers = Math.min(fi.getInt(null), x.length);
		}
		catch (final ReflectiveOperationException | RuntimeException e) {
			// NB: not an error: the sampler does all the work, a little slower.
			x = new double[0];
			layers = 0;
		}
		X = x;
		LAYERS = layers;
	}

	private ZigguratFastPath() {}
}
