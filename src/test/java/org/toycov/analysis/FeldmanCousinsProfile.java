package org.toycov.analysis;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.model.ModelFile;
import org.toycov.toys.BlockSeeds;

/**
 * The split of a Feldman-Cousins toy's cost (not a test): thread CPU nanoseconds per toy
 * of the throw alone and of the throw plus the fit, on one thread, after a warm-up.
 * Usage: {@code FeldmanCousinsProfile [MODEL.json] [toys per point]}
 */
public final class FeldmanCousinsProfile {

	private FeldmanCousinsProfile() {}

	public static void main(final String[] args) {
		final SignalModel m = SignalModel.of(ModelFile.read(new File(args.length > 0 ? args[0]
			: "sample-data/binned-signal.json")), "pearson");
		final long toys = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
		final SignalFitGrid grid = new SignalFitGrid(0, 2, 0.1);
		final int fitPoints = grid.size() + Math.max(3, grid.size() / 4);
		final double[] fitX = new double[fitPoints];
		for (int k = 0; k < fitPoints; k++) fitX[k] = grid.x(k);
		final SignalFitToys fit = new SignalFitToys(m, fitX);
		final SignalFitToys.Thrower[] th = new SignalFitToys.Thrower[grid.size()];
		for (int g = 0; g < grid.size(); g++) th[g] = new SignalFitToys.Thrower(m, grid.x(g));
		final SignalFitToys.Work w = fit.new Work();
		final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		final double[] lam0 = m.prediction(1);
		for (int rep = 0; rep < 3; rep++) {
			final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(99, rep);
			final ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
			final long n = toys * 20;
			double sink = 0;
			long t0 = mx.getCurrentThreadCpuTime();
			for (long t = 0; t < n; t++)
				for (int i = 0; i < lam0.length; i++) sink += z.sample();
			final long gauss = mx.getCurrentThreadCpuTime() - t0;
			t0 = mx.getCurrentThreadCpuTime();
			for (long t = 0; t < n; t++)
				for (int i = 0; i < lam0.length; i++) sink += org.toycov.toys.PoissonPtrs.sample(rng, lam0[i]);
			final long pois = mx.getCurrentThreadCpuTime() - t0;
			// the same draws split by sampler: means below PoissonPtrs.PTRS_MIN (multiplication) and above (PTRS)
			long small = 0, ptrs = 0;
			int nSmall = 0;
			for (final double l : lam0) if (l < org.toycov.toys.PoissonPtrs.PTRS_MIN) nSmall++;
			for (final boolean below : new boolean[] { true, false }) {
				t0 = mx.getCurrentThreadCpuTime();
				for (long t = 0; t < n; t++)
					for (int i = 0; i < lam0.length; i++)
						if (lam0[i] < org.toycov.toys.PoissonPtrs.PTRS_MIN == below) sink += org.toycov.toys.PoissonPtrs
							.sample(rng, lam0[i]);
				if (below) small = mx.getCurrentThreadCpuTime() - t0;
				else ptrs = mx.getCurrentThreadCpuTime() - t0;
			}
			// the throw's sampler at the means below its table limit (the e bins), against PoissonPtrs there
			int nTable = 0;
			for (final double l : lam0) if (l < SignalFitPoisson.TABLE_MAX) nTable++;
			t0 = mx.getCurrentThreadCpuTime();
			for (long t = 0; t < n; t++)
				for (int i = 0; i < lam0.length; i++)
					if (lam0[i] < SignalFitPoisson.TABLE_MAX) sink += SignalFitPoisson.sample(rng, lam0[i]);
			final long table = mx.getCurrentThreadCpuTime() - t0;
			t0 = mx.getCurrentThreadCpuTime();
			for (long t = 0; t < n; t++)
				for (int i = 0; i < lam0.length; i++)
					if (lam0[i] < SignalFitPoisson.TABLE_MAX) sink += org.toycov.toys.PoissonPtrs.sample(rng, lam0[i]);
			final long ptrsLow = mx.getCurrentThreadCpuTime() - t0;
			System.out.printf(Locale.ROOT, "per toy: %d means below %.0f: SignalFitPoisson %.0f ns (%.1f ns each), " +
				"PoissonPtrs %.0f ns (%.1f ns each)%n", nTable, SignalFitPoisson.TABLE_MAX, table / (double) n, table /
					(double) n / Math.max(1, nTable), ptrsLow / (double) n, ptrsLow / (double) n / Math.max(1, nTable));
			final double[] zz = new double[lam0.length], yy = new double[lam0.length];
			final double[][] lfac = new double[lam0.length][lam0.length];
			for (int i = 0; i < lam0.length; i++)
				for (int j = 0; j <= i; j++) lfac[i][j] = 1e-3 * ((i * lam0.length + j) % 7);
			final LowerAffine meanPlusLz = new LowerAffine(lfac, lam0);
			t0 = mx.getCurrentThreadCpuTime();
			for (long t = 0; t < n; t++) {
				zz[(int) (t % zz.length)] += 1e-9;
				meanPlusLz.apply(zz, yy);
				sink += yy[(int) (t % yy.length)];
			}
			final long lz = mx.getCurrentThreadCpuTime() - t0;
			System.out.printf(Locale.ROOT, "per toy: poisson %d means < %.0f %.0f ns (%.1f ns each), %d PTRS %.0f ns " +
				"(%.1f ns each); mean + L z %.0f ns%n", nSmall, org.toycov.toys.PoissonPtrs.PTRS_MIN, small / (double) n,
				small / (double) n / Math.max(1, nSmall), lam0.length - nSmall, ptrs / (double) n, ptrs / (double) n /
					Math.max(1, lam0.length - nSmall), lz / (double) n);
			t0 = mx.getCurrentThreadCpuTime();
			th[3].toy(rng, z, w);
			for (long t = 0; t < n; t++) {
				w.newCounts();
				sink += w.chi2((int) (t % 20));
			}
			final long chi = mx.getCurrentThreadCpuTime() - t0;
			System.out.printf(Locale.ROOT, "per toy: %d gaussians %.0f ns, %d poisson (PoissonPtrs) %.0f ns; one chi2 %.0f ns (%s)%n",
				lam0.length, gauss / (double) n, lam0.length, pois / (double) n, chi / (double) n, sink != 0 ? "ok" : "?");
		}
		for (int rep = 0; rep < 3; rep++) {
			long t0 = mx.getCurrentThreadCpuTime();
			double sink = 0;
			for (int g = 0; g < grid.size(); g++) {
				final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(g, rep);
				final ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
				for (long t = 0; t < toys; t++) {
					th[g].toy(rng, z, w);
					sink += w.counts[0];
				}
			}
			final long throwNs = mx.getCurrentThreadCpuTime() - t0;
			t0 = mx.getCurrentThreadCpuTime();
			long visits = 0;
			for (int g = 0; g < grid.size(); g++) {
				final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(g, rep);
				final ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
				for (long t = 0; t < toys; t++) {
					th[g].toy(rng, z, w);
					sink += w.chi2(g) - w.minimum(w.guess(g));
					visits += w.visits();
				}
			}
			final long allNs = mx.getCurrentThreadCpuTime() - t0;
			final double n = (double) toys * grid.size();
			System.out.printf(Locale.ROOT, "rep %d: throw %.0f ns/toy, throw+fit %.0f ns/toy, fit %.0f ns/toy, " +
				"%.2f chi2 per toy (%s)%n", rep, throwNs / n, allNs / n, (allNs - throwNs) / n, visits / n, sink > 0 ? "ok"
					: "?");
		}
	}
}
