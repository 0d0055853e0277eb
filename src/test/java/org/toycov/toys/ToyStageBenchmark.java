package org.toycov.toys;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.bench.ToyBenchmark;

/**
 * Where a toy's CPU time goes, stage by stage, on one thread (the seed's 'orig' study:
 * e ~ 100, mu ~ 10000): the two Gaussians, the muon's Poisson draw, the electron's
 * Poisson draw, then the engine's slice and full loops. Each stage adds to the one
 * before, so differences are the cost of a stage. Not a test: run with
 * {@code java -cp target/classes:target/test-classes:... org.toycov.toys.ToyStageBenchmark [toys=1e7] [rounds=3]}.
 */
public final class ToyStageBenchmark {

	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private ToyStageBenchmark() {}

	public static void main(final String[] args) {
		final long toys = args.length > 0 ? (long) Double.parseDouble(args[0]) : 10_000_000L;
		final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		final ToyConfig slice = ToyBenchmark.config("orig", toys, 1, 1, false);
		final ToyConfig full = ToyBenchmark.config("orig", toys, 1, 1, true);
		final double[][] l = slice.cholesky();
		final double[] m = slice.mean();
		final ToyEngine engine = new ToyEngine();
		for (int r = 0; r < rounds; r++) {
			final StringBuilder out = new StringBuilder("round " + r + " [CPU ns per toy]:");
			for (int stage = 0; stage < 5; stage++) {
				final long t0 = CPU.getCurrentThreadCpuTime();
				final long sink = stage < 3 ? stage(stage, toys, m, l) : local(stage, toys, m, l);
				final double ns = (CPU.getCurrentThreadCpuTime() - t0) / (double) toys;
				out.append(String.format(" %s %.1f", new String[] { "normals", "+mu", "+e", "normals-local", "+mu-local" }[stage], ns)).append(sink == 42 ? "!" : "");
			}
			for (final ToyConfig c : new ToyConfig[] { slice, full }) {
				final long t0 = processCpu();
				engine.run(c, null);
				final double ns = (processCpu() - t0) / (double) toys;
				out.append(String.format(" engine-%s %.1f", c.fullSummaries() ? "full" : "slice", ns));
			}
			System.out.println(out);
		}
	}

	/** CPU time of the process: the engine runs on its own threads (one here). */
	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static final double[] X;
	static {
		try {
			final java.lang.reflect.Field f = ZigguratSampler.NormalizedGaussian.class.getDeclaredField("X");
			f.setAccessible(true);
			X = (double[]) f.get(null);
		}
		catch (final ReflectiveOperationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long local(final int stage, final long toys, final double[] m, final double[][] l) {
		final double m0 = m[0], m1 = m[1], l00 = l[0][0], l10 = l[1][0], l11 = l[1][1];
		final double[] xt = X;
		long acc = 0;
		for (long block = 0; block * BlockWorker.BLOCK < toys; block++) {
			final XoRoShiRo128PlusPlus r0 = BlockSeeds.rng(1, block);
			final BlockRng rng = new BlockRng(0, 0);
			rng.setState(((BlockRng) null == null) ? 0 : 0, 0);
			{
				// copy state: draw nothing, read via a fresh BlockRng seeded like BlockSeeds
				final long key = BlockSeeds.mix64(1 ^ 0x3C6EF372FE94F82BL);
				final long a = BlockSeeds.mix64(key + (2 * block + 1) * 0x9E3779B97F4A7C15L);
				final long b = BlockSeeds.mix64(key + (2 * block + 2) * 0x9E3779B97F4A7C15L);
				rng.setState(a, b);
			}
			final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
			long s0 = rng.state0(), s1 = rng.state1();
			final long end = Math.min(toys, (block + 1) * BlockWorker.BLOCK);
			for (long t = block * BlockWorker.BLOCK; t < end; t++) {
				double z0, z1;
				long r = Long.rotateLeft(s0 + s1, 17) + s0;
				long x = s1 ^ s0;
				int i = (int) r & 255;
				if (i < 253) {
					z0 = xt[i] * r;
					s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
					s1 = Long.rotateLeft(x, 28);
				}
				else {
					rng.setState(s0, s1);
					z0 = g.sample();
					s0 = rng.state0();
					s1 = rng.state1();
				}
				r = Long.rotateLeft(s0 + s1, 17) + s0;
				x = s1 ^ s0;
				i = (int) r & 255;
				if (i < 253) {
					z1 = xt[i] * r;
					s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
					s1 = Long.rotateLeft(x, 28);
				}
				else {
					rng.setState(s0, s1);
					z1 = g.sample();
					s0 = rng.state0();
					s1 = rng.state1();
				}
				final double lam0 = Math.max(0, m0 + l00 * z0), lam1 = Math.max(0, m1 + (l10 * z0 + l11 * z1));
				if (stage == 3) acc += Double.doubleToRawLongBits(lam0 + lam1);
				else {
					final double slam = Math.sqrt(lam1);
					final double b = 0.931 + 2.53 * slam;
					final double a = -0.059 + 0.02483 * b;
					final double vr = 0.9277 - 3.6224 / (b - 2);
					r = Long.rotateLeft(s0 + s1, 17) + s0;
					x = s1 ^ s0;
					s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
					s1 = Long.rotateLeft(x, 28);
					final double u = (r >>> 11) * 0x1.0p-53 - 0.5;
					r = Long.rotateLeft(s0 + s1, 17) + s0;
					x = s1 ^ s0;
					s0 = Long.rotateLeft(s0, 49) ^ x ^ (x << 21);
					s1 = Long.rotateLeft(x, 28);
					final double v = (r >>> 11) * 0x1.0p-53;
					final double us = 0.5 - Math.abs(u);
					long k = (long) Math.floor((2 * a / us + b) * u + lam1 + 0.43);
					if (!(us >= 0.07 && v <= vr)) {
						rng.setState(s0, s1);
						k = PoissonPtrs.ptrsRest(rng, lam1, a, b, vr, u, v, us, k);
						s0 = rng.state0();
						s1 = rng.state1();
					}
					acc += k;
				}
			}
		}
		return acc;
	}

	/** Stage 0: normals and means; 1: and the muon's count; 2: and the electron's count. */
	private static long stage(final int stage, final long toys, final double[] m, final double[][] l) {
		final double m0 = m[0], m1 = m[1], l00 = l[0][0], l10 = l[1][0], l11 = l[1][1];
		final ToyStream ts = new ToyStream();
		final long key = BlockSeeds.channelKey(1, 0);
		long acc = 0;
		for (long block = 0; block * BlockWorker.BLOCK < toys; block++) {
			final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(1, block);
			final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
			final long end = Math.min(toys, (block + 1) * BlockWorker.BLOCK);
			for (long t = block * BlockWorker.BLOCK; t < end; t++) {
				final double z0 = g.sample(), z1 = g.sample();
				final double lam0 = Math.max(0, m0 + l00 * z0), lam1 = Math.max(0, m1 + (l10 * z0 + l11 * z1));
				if (stage == 0) acc += Double.doubleToRawLongBits(lam0 + lam1);
				else {
					acc += PoissonPtrs.sample(rng, lam1);
					if (stage == 2) acc += PoissonPtrs.sample(ts.start(key, t), lam0);
				}
			}
		}
		return acc;
	}
}
