package org.toycov.analysis;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.toycov.stats.StatTerm;

/**
 * The Java side of {@code bench/fc.sh} (not a test): reads a model written by
 * {@code bench/fc_numpy.py write}, runs a Feldman-Cousins construction (grid 0..2 by
 * 0.1, levels 0.683, 0.9, 0.955) or a hypothesis test (0 against 1), and prints the
 * numbers and the seconds taken (Feldman-Cousins: the first run, JIT warm-up included,
 * the same run again, and a third time; with the CPU seconds of each and the first run's by thread kind).
 * <p>
 * Usage: {@code FeldmanCousinsBenchmark fc|ht MODEL.json TOYS THREADS [SEED]}
 */
public final class FeldmanCousinsBenchmark {

	private FeldmanCousinsBenchmark() {}

	static SignalModel read(final File f) throws IOException {
		final JsonNode j = new ObjectMapper().readTree(f);
		final int n = j.get("channel_bins").asInt();
		final double[][] frac = new ObjectMapper().convertValue(j.get("frac_cov"), double[][].class);
		return new SignalModel(doubles(j.get("background")), doubles(j.get("signal")), new ObjectMapper()
			.convertValue(j.get("collapse"), int[].class), n, frac, null, doubles(j.get("observed")),
			StatTerm.PEARSON);
	}

	private static double[] doubles(final JsonNode a) {
		final double[] v = new double[a.size()];
		for (int i = 0; i < v.length; i++) v[i] = a.get(i).asDouble();
		return v;
	}

	/**
	 * CPU seconds of this process's threads by kind, from /proc/self/task (Linux): the JIT's
	 * compiler threads, the toy workers, the rest (main, GC, ...); empty where /proc is absent.
	 */
	static double[] threadCpu() {
		final double[] cpu = new double[3];
		final File[] tasks = new File("/proc/self/task").listFiles();
		if (tasks == null) return cpu;
		final double tick = 0.01; // NB: USER_HZ is 100 on Linux
		for (final File t : tasks) {
			try {
				final String stat = new String(java.nio.file.Files.readAllBytes(new File(t, "stat").toPath()),
					java.nio.charset.StandardCharsets.US_ASCII);
				final String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				final String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				final double secs = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * tick;
				cpu[name.contains("CompilerThre") ? 0 : name.startsWith("toycov-signal") ? 1 : 2] += secs;
			}
			catch (final IOException | RuntimeException e) {
				// a thread that ended meanwhile
			}
		}
		return cpu;
	}

	public static void main(final String[] args) throws IOException {
		final String what = args[0];
		final SignalModel m = read(new File(args[1]));
		final long toys = (long) Double.parseDouble(args[2]);
		final int threads = Integer.parseInt(args[3]);
		final long seed = args.length > 4 ? Long.parseLong(args[4]) : 1;
		final com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
		final double[] before = threadCpu();
		final long c0 = os.getProcessCpuTime();
		final long t0 = System.nanoTime();
		if (what.equals("fc")) {
			final double[] cl = { 0.683, 0.9, 0.955 };
			final FeldmanCousinsConfig config = new FeldmanCousinsConfig(toys, seed, threads, cl, 0);
			final FeldmanCousinsResult r = FeldmanCousins.run(m, new SignalFitGrid(0, 2, 0.1), config, null);
			final double s = (System.nanoTime() - t0) * 1e-9;
			final double cpu = (os.getProcessCpuTime() - c0) * 1e-9;
			// NB: since the JVM's start; the toy workers' threads end with the run, so they are read from the rest
			final long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
			final double[] byThread = threadCpu();
			final double jit = byThread[0] - before[0], rest = byThread[2] - before[2];
			// NB: the same run again in the same JVM (JIT compiled): the same numbers, to the bit
			final long c1 = os.getProcessCpuTime(), t1 = System.nanoTime();
			final FeldmanCousinsResult again = FeldmanCousins.run(m, new SignalFitGrid(0, 2, 0.1), config, null);
			final double warm = (System.nanoTime() - t1) * 1e-9, warmCpu = (os.getProcessCpuTime() - c1) * 1e-9;
			if (again.criticalDeltaChi2(1)[5] != r.criticalDeltaChi2(1)[5]) throw new IllegalStateException(
				"the second run differs");
			// NB: and a third: the JIT still compiles the toy loop during the second run
			final long c2 = os.getProcessCpuTime(), t2 = System.nanoTime();
			FeldmanCousins.run(m, new SignalFitGrid(0, 2, 0.1), config, null);
			final double third = (System.nanoTime() - t2) * 1e-9, thirdCpu = (os.getProcessCpuTime() - c2) * 1e-9;
			final int g = r.x().length;
			for (final int i : new int[] { 0, g / 2, g - 1 }) {
				System.out.printf(Locale.ROOT, "java x=%.2f critical_delta_chi2 (0.683, 0.9, 0.955) = [%.3f %.3f %.3f]" +
					" +- [%.3f %.3f %.3f]%n", r.x()[i], r.criticalDeltaChi2(0)[i], r.criticalDeltaChi2(1)[i], r
						.criticalDeltaChi2(2)[i], r.criticalError(0)[i], r.criticalError(1)[i], r.criticalError(2)[i]);
			}
			for (int l = 0; l < cl.length; l++) {
				final double[] in = r.interval(l), as = r.asimovInterval(l);
				System.out.printf(Locale.ROOT, "java cl=%.3f x_lower = %.3f x_upper = %.3f (asimov %.3f, %.3f)%n", cl[l],
					in[0], in[1], as[0], as[1]);
			}
			System.out.printf(Locale.ROOT, "java_seconds = %.3f%n", s);
			// NB: all the JVM's threads (toys, JIT compilers, GC) during the first run
			System.out.printf(Locale.ROOT, "java_cpu_seconds = %.3f%n", cpu);
			System.out.printf(Locale.ROOT, "java warm (second run, same JVM) = %.3f s, %.3f CPU s%n", warm, warmCpu);
			System.out.printf(Locale.ROOT, "java third run (same JVM) = %.3f s, %.3f CPU s%n", third, thirdCpu);
			System.out.printf(Locale.ROOT, "java first run from %.3f s to %.3f s of the JVM's uptime%n", (uptime - s * 1e3) *
				1e-3, uptime * 1e-3);
			System.out.printf(Locale.ROOT, "java first run's CPU seconds: JIT compiler threads %.2f, toy workers %.2f, " +
				"other threads (main, GC, ...) %.2f (before the run, from the JVM's start: JIT %.2f, others %.2f)%n", jit,
				cpu - jit - rest, rest, before[0], before[2]);
		}
		else {
			final HypothesisTestResult r = HypothesisTest.run(m, 0, 1, toys, seed, threads, null);
			final double s = (System.nanoTime() - t0) * 1e-9;
			System.out.printf(Locale.ROOT, "java delta_chi2 = %.4f p_x0 = %.5f p_x1 = %.5f cls = %.5f " +
				"median_significance = %.3f%n", r.deltaChi2(), r.pValueX0(), r.pValueX1(), r.cls(), r
					.medianSignificance());
			System.out.printf(Locale.ROOT, "java_seconds = %.3f%n", s);
		}
	}
}
