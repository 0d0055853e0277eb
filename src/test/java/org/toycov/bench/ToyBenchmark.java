package org.toycov.bench;

import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyEngine;
import org.toycov.toys.ToySummary;

/**
 * The seed notebook's toy study (cells 21-26) timed: 'orig' and 'tune', slice on
 * mu in (8990, 9010), summarising e. Args: toys (default 1e8), threads (default all
 * cores), seed (default 1), full summaries on|off (default: both runs).
 * <p>
 * NB: test scope, so not in the plugin jar; {@code bench/toys.sh} runs it from
 * {@code target/test-classes}.
 */
public final class ToyBenchmark {

	private ToyBenchmark() {}

	public static void main(final String[] args) {
		final long toys = args.length > 0 ? (long) Double.parseDouble(args[0]) : 100_000_000L;
		final int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		final long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
		final String modes = args.length > 3 ? args[3] : "slice,full";
		final ToyEngine engine = new ToyEngine();
		// Warm-up: JIT the loops (not timed). NB: every timed mode, twice in turn, so that the loops are compiled
		// for all of them before the clocks start: the process CPU time counts the JIT's threads, and with one
		// round per mode the first timed run still recompiled, about 15 ns per toy more at 2e7 toys.
		for (int round = 0; round < 2; round++) {
			for (final String mode : modes.split(",")) engine.run(config("orig", Math.min(toys, 5_000_000), threads, seed, mode.equals("full")), null);
		}
		for (final String mode : modes.split(",")) {
			final boolean full = mode.equals("full");
			double wall = 0;
			for (final String scenario : new String[] { "orig", "tune" }) {
				final ToyConfig c = config(scenario, toys, threads, seed, full);
				final long t0 = System.nanoTime(), cpu0 = cpuNanos();
				final ToySummary s = engine.run(c, null);
				final double dt = (System.nanoTime() - t0) * 1e-9, cpu = (cpuNanos() - cpu0) * 1e-9;
				wall += dt;
				System.out.printf("java %s %s: total %.2fs (%.1f ns/toy/thread; cpu %.2fs, %.1f ns/toy) mean=%.4f var=%.4f n=%d negative=%d%s%n",
					mode, scenario, dt, dt * 1e9 * threads / toys, cpu, cpu * 1e9 / toys, s.sliceMean(), s.sliceVariance(), s.sliceCount(),
					s.negativeCount(), String.format(" chi2mean=%.4f", s.chi2Mean()));
			}
			System.out.printf("java %s toys=%d threads=%d wall=%.2fs%n", mode, toys, threads, wall);
		}
	}

	/** CPU time of this process (all threads), in ns: what a shared machine's load does not inflate as much as wall time. */
	static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The seed's cell-21 configurations; sysCov from mcov_sysonly. */
	public static ToyConfig config(final String scenario, final long toys, final int threads, final long seed, final boolean full) {
		final boolean tune = scenario.equals("tune");
		final double e = tune ? 90 : 100, mu = tune ? 9000 : 10000;
		final double ex = 0.1 * e, mx = 0.1 * mu, mr = 0.1 * mu;
		final double[][] sys = { { ex * ex, ex * mx }, { ex * mx, mx * mx + mr * mr } };
		// Total covariance: sys + diag(e, mu); chi2 weight is its inverse (2x2 closed form).
		final double a = sys[0][0] + e, b = sys[0][1], d = sys[1][1] + mu, det = a * d - b * b;
		final double[][] w = { { d / det, -b / det }, { -b / det, a / det } };
		return ToyConfig.builder().mean(e, mu).sysCov(sys).names("e", "mu").toys(toys).threads(threads).seed(seed)
			.sliceChannel(1).targetChannel(0).sliceCenter(9000).sliceHalfwidth(10).fullSummaries(full)
			.chi2(new double[] { e, mu }, w, Double.NaN).build();
	}
}
