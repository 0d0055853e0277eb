package org.toycov.analysis;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.model.ModelFile;
import org.toycov.toys.BlockSeeds;
import org.toycov.toys.PoissonPtrs;

/**
 * The split of a Feldman-Cousins toy's cost (not a test): thread CPU nanoseconds per toy
 * of each stage of the throw at the model's means at x = 1 (each stage in a method of its
 * own, so that the JIT compiles each loop alone), one chi-square, then the throw alone
 * and the throw plus the fit over the grid, on one thread, after a warm-up.
 * Usage: {@code FeldmanCousinsProfile [MODEL.json] [toys per point]}
 */
public final class FeldmanCousinsProfile {

	private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

	private FeldmanCousinsProfile() {}

	private interface Stage {
		double run(long toys);
	}

	/** CPU ns per toy of one stage. */
	private static double time(final Stage s, final long toys, final double[] sink) {
		final long t0 = MX.getCurrentThreadCpuTime();
		sink[0] += s.run(toys);
		return (MX.getCurrentThreadCpuTime() - t0) / (double) toys;
	}

	private static double gaussians(final ZigguratSampler.NormalizedGaussian z, final int bins, final long toys) {
		double sink = 0;
		for (long t = 0; t < toys; t++)
			for (int i = 0; i < bins; i++) sink += z.sample();
		return sink;
	}

	private static double meanPlusLz(final LowerAffine f, final int bins, final long toys) {
		final double[] z = new double[bins], lam = new double[bins];
		double sink = 0;
		for (long t = 0; t < toys; t++) {
			z[(int) (t % bins)] += 1e-9;
			f.apply(z, lam);
			sink += lam[(int) (t % bins)];
		}
		return sink;
	}

	/** The throw's sampler ({@code ptrs} false) or PoissonPtrs at the means {@code lam}. */
	private static double poisson(final UniformRandomProvider rng, final double[] lam, final boolean ptrs,
		final long toys)
	{
		double sink = 0;
		for (long t = 0; t < toys; t++)
			for (final double l : lam) sink += ptrs ? PoissonPtrs.sample(rng, l) : SignalFitPoisson.sample(rng, l);
		return sink;
	}

	private static double chi2(final SignalFitToys.Work w, final long toys) {
		double sink = 0;
		for (long t = 0; t < toys; t++) {
			w.newCounts();
			sink += w.chi2((int) (t % 20));
		}
		return sink;
	}

	private static double[] below(final double[] lam, final boolean below) {
		int n = 0;
		for (final double l : lam) if (l < SignalFitPoisson.TABLE_MAX == below) n++;
		final double[] out = new double[n];
		n = 0;
		for (final double l : lam) if (l < SignalFitPoisson.TABLE_MAX == below) out[n++] = l;
		return out;
	}

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
		final double[] lam0 = m.prediction(1), low = below(lam0, true), high = below(lam0, false);
		final int bins = lam0.length;
		final double[][] lfac = new double[bins][bins];
		for (int i = 0; i < bins; i++)
			for (int j = 0; j <= i; j++) lfac[i][j] = 1e-3 * ((i * bins + j) % 7);
		final LowerAffine lz = new LowerAffine(lfac, lam0);
		final double[] sink = new double[1];
		final long n = toys * 20;
		for (int rep = 0; rep < 3; rep++) {
			final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(99, rep);
			final ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
			th[3].toy(rng, z, w);
			final double gauss = time(t -> gaussians(z, bins, t), n, sink);
			final double affine = time(t -> meanPlusLz(lz, bins, t), n, sink);
			final double lowT = time(t -> poisson(rng, low, false, t), n, sink);
			final double lowP = time(t -> poisson(rng, low, true, t), n, sink);
			final double highT = time(t -> poisson(rng, high, false, t), n, sink);
			final double highP = time(t -> poisson(rng, high, true, t), n, sink);
			final double chi = time(t -> chi2(w, t), n, sink);
			System.out.printf(Locale.ROOT, "per toy: %d gaussians %.0f ns; mean + L z %.0f ns; %d means below %.0f: " +
				"SignalFitPoisson %.0f ns (%.1f each), PoissonPtrs %.0f ns (%.1f each); %d above: SignalFitPoisson %.0f ns " +
				"(%.1f each), PoissonPtrs %.0f ns (%.1f each); one chi2 %.0f ns%n", bins, gauss, affine, low.length,
				SignalFitPoisson.TABLE_MAX, lowT, lowT / Math.max(1, low.length), lowP, lowP / Math.max(1, low.length),
				high.length, highT, highT / Math.max(1, high.length), highP, highP / Math.max(1, high.length), chi);
		}
		for (int rep = 0; rep < 3; rep++) {
			final int r = rep;
			final double throwNs = time(t -> throwOnly(th, w, r, t), toys * grid.size(), sink);
			final long[] visits = new long[1];
			final double allNs = time(t -> throwAndFit(th, w, r, t, visits), toys * grid.size(), sink);
			System.out.printf(Locale.ROOT, "rep %d: throw %.0f ns/toy, throw+fit %.0f ns/toy, fit %.0f ns/toy, " +
				"%.2f chi2 per toy (%s)%n", rep, throwNs, allNs, allNs - throwNs, visits[0] / (double) (toys * grid
					.size()), sink[0] != 0 ? "ok" : "?");
		}
	}

	private static double throwOnly(final SignalFitToys.Thrower[] th, final SignalFitToys.Work w, final int rep,
		final long total)
	{
		double sink = 0;
		final long toys = total / th.length;
		for (int g = 0; g < th.length; g++) {
			final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(g, rep);
			final ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
			for (long t = 0; t < toys; t++) {
				th[g].toy(rng, z, w);
				sink += w.counts[0];
			}
		}
		return sink;
	}

	private static double throwAndFit(final SignalFitToys.Thrower[] th, final SignalFitToys.Work w, final int rep,
		final long total, final long[] visits)
	{
		double sink = 0;
		final long toys = total / th.length;
		for (int g = 0; g < th.length; g++) {
			final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(g, rep);
			final ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
			for (long t = 0; t < toys; t++) {
				th[g].toy(rng, z, w);
				sink += w.deltaChi2(g);
				visits[0] += w.visits();
			}
		}
		return sink;
	}
}
