package org.toycov.stats;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.Collections;

import org.toycov.model.Model;
import org.toycov.model.ModelFile;
import org.toycov.model.Systematic;
import org.toycov.stats.UniverseCovariance.Mode;

/**
 * Benchmarks of issue 11's inputs (run by bench/inputs.sh beside
 * bench/inputs_numpy.py; not a test, not in the plugin jar). Prints
 * {@code name seconds} lines.
 * <ul>
 * <li>{@code model137 <model.json>}: load, covariance, Cholesky, chi-square
 * and the 26-by-111 constraint, once, right after JVM start;</li>
 * <li>{@code big <bins> <repeats>}: a model with one absolute covariance
 * built in memory: construction with its checks (symmetry, PSD), total
 * covariance, Cholesky and chi-square, best of the repeats;</li>
 * <li>{@code universes <cv.npy> <universes.npy> <repeats>}: the multisim
 * covariance streamed from a .npy file, best of the repeats.</li>
 * </ul>
 */
public final class InputsBench {

	private InputsBench() {}

	public static void main(final String[] args) {
		final long t0 = System.nanoTime();
		if (args[0].equals("model137")) {
			final Model m = ModelFile.read(new File(args[1]));
			final long t1 = System.nanoTime();
			final double[][] c = Covariances.total(m);
			final long t2 = System.nanoTime();
			final double chi2 = new ChiSquare(c, m.channels()).chi2(m.expected(), m
				.observed());
			final long t3 = System.nanoTime();
			final int[] y = m.binsOf(m.groups().keySet().iterator().next());
			final int[] x = new int[m.size() - y.length];
			for (int i = 0; i < x.length; i++)
				x[i] = y.length + i;
			final Constraint k = Constraint.of(m, y, x);
			final long t4 = System.nanoTime();
			System.out.printf("load %.4f%ncovariance %.4f%ncholesky_chi2 %.4f%n" +
				"constraint %.4f%ntotal %.4f%n", s(t1 - t0), s(t2 - t1), s(t3 - t2), s(
					t4 - t3), s(t4 - t0));
			// NB: the main thread's CPU time, steadier than wall time on a loaded
			// machine (the JIT compiles on other threads)
			System.out.printf("main_thread_cpu %.4f%n", ManagementFactory
				.getThreadMXBean().getCurrentThreadCpuTime() * 1e-9);
			System.out.printf("# bins %d, chi2 %.6f, constrained[0] %.6f%n", m.size(),
				chi2, k.mean()[0]);
			return;
		}
		final int repeats = Integer.parseInt(args[args.length - 1]);
		if (args[0].equals("big")) {
			final int n = Integer.parseInt(args[1]);
			double build = 1e9, total = 1e9, chol = 1e9;
			for (int r = 0; r < repeats; r++) {
				final long a = System.nanoTime();
				final double[] exp = new double[n], obs = new double[n];
				final double[][] cov = new double[n][n];
				final int half = n / 2;
				for (int i = 0; i < n; i++) {
					final int ki = i % half;
					exp[i] = (i >= half ? 100 : 1) * (5 + 45 * Math.exp(-3.0 * ki / half));
					obs[i] = Math.floor(exp[i] * (i >= half ? 0.95 : 1.05));
				}
				for (int i = 0; i < n; i++)
					for (int j = 0; j < n; j++) {
						final double d = (i % half - j % half) / (0.05 * half);
						cov[i][j] = 0.01 * (0.7 + 0.3 * Math.exp(-0.5 * d * d)) * exp[i] *
							exp[j];
						if (i == j && i >= half) cov[i][j] += 0.01 * exp[i] * exp[i];
					}
				final String[] names = new String[n];
				for (int i = 0; i < n; i++)
					names[i] = "b_" + i;
				final Model m = new Model(names, exp, Collections.singletonList(
					Systematic.covariance("abs", cov)), obs);
				final long b = System.nanoTime();
				final double[][] c = Covariances.total(m);
				final long cc = System.nanoTime();
				new ChiSquare(c, names).chi2(exp, obs);
				final long d = System.nanoTime();
				build = Math.min(build, s(b - a));
				total = Math.min(total, s(cc - b));
				chol = Math.min(chol, s(d - cc));
			}
			System.out.printf("build_checks %.4f%ntotal_covariance %.4f%n" +
				"cholesky_chi2 %.4f%nall %.4f%n", build, total, chol, build + total +
					chol);
			return;
		}
		if (args[0].equals("universes")) {
			double best = 1e9;
			for (int r = 0; r < repeats; r++) {
				final long a = System.nanoTime();
				final UniverseCovariance u = UniverseCovariance.read(new File(args[1]),
					Collections.singletonList(new File(args[2])), Mode.MULTISIM);
				best = Math.min(best, s(System.nanoTime() - a));
				if (r == 0) System.out.printf("# M[1][1] %.10g, M[2][1] %.10g%n", u
					.covariance()[1][1], u.covariance()[2][1]);
			}
			System.out.printf("universes %.4f%n", best);
			return;
		}
		throw new IllegalArgumentException("unknown benchmark " + args[0]);
	}

	private static double s(final long nanos) {
		return nanos / 1e9;
	}
}
