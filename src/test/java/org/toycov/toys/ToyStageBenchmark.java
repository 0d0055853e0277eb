package org.toycov.toys;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.bench.ToyBenchmark;

/**
 * Where a toy's CPU time goes, stage by stage, on one thread (the seed's 'orig' study:
 * e ~ 100, mu ~ 10000): the two Gaussians, the muon's Poisson draw, the electron's
 * Poisson draw (each through the generator objects, as the generic loop draws), then
 * the engine's slice and full loops. Each stage adds to the one before, so differences
 * are the cost of a stage; engine-full minus engine-slice is the electron's draw, the
 * chi-square and the histogram fills. Not a test: run with
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
			for (int stage = 0; stage < 3; stage++) {
				final long t0 = CPU.getCurrentThreadCpuTime();
				final long sink = stage(stage, toys, m, l);
				final double ns = (CPU.getCurrentThreadCpuTime() - t0) / (double) toys;
				out.append(String.format(" %s %.1f", new String[] { "normals", "+mu", "+e" }[stage], ns)).append(sink == 42 ? "!" : "");
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
