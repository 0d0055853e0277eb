package org.toycov.bench;

import java.util.Collections;

import org.toycov.model.Model;
import org.toycov.model.Systematic;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.Constraint;
import org.toycov.stats.Covariances;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyEngine;
import org.toycov.toys.ToySummary;

/**
 * Times the binned linear algebra (issue 6): a model of {@code bins} bins in two
 * binned channels with a full fractional covariance; covariance build,
 * Cholesky and one chi-square; the conditional constraint of one half by the
 * other; and toys of a 100-bin model. {@code bench/binned_numpy.py} does the
 * same work in numpy; {@code bench/binned.sh} runs both.
 * <p>
 * Usage: {@code BinnedBenchmark [bins=1000] [toys=1e6] [repeats=5]}; prints
 * {@code name seconds} lines (the best of the repeats).
 * </p>
 */
public final class BinnedBenchmark {

	private BinnedBenchmark() {}

	/** The benchmark's model: the same one bench/binned_numpy.py builds. */
	public static Model model(final int bins) {
		final int half = bins / 2;
		final String[] names = new String[bins];
		final double[] exp = new double[bins], obs = new double[bins];
		final double[][] f = new double[bins][bins];
		for (int i = 0; i < bins; i++) {
			final int k = i % half;
			names[i] = (i < half ? "e_" : "mu_") + k;
			// a falling spectrum: 50 down to about 5 events (e), 100x for mu
			exp[i] = (i < half ? 1 : 100) * (5 + 45 * Math.exp(-3.0 * k / half));
			obs[i] = Math.floor(exp[i] * (i < half ? 1.05 : 0.95));
		}
		for (int i = 0; i < bins; i++)
			for (int j = 0; j < bins; j++) {
				final double d = (i % half - j % half) / (0.05 * half);
				f[i][j] = 0.01 * (0.7 + 0.3 * Math.exp(-0.5 * d * d));
				if (i == j && i >= half) f[i][j] += 0.01;
			}
		return new Model(names, exp, Collections.singletonList(Systematic
			.fractionalCovariance("xsec_reco", f)), obs);
	}

	public static void main(final String[] args) {
		final int bins = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		final long toys = args.length > 1 ? (long) Double.parseDouble(args[1])
			: 1_000_000;
		final int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		final int half = bins / 2;
		double build = 1e9, chol = 1e9, constrain = 1e9, toy = 1e9;
		double chi2 = 0, c0 = 0;
		Model m = null;
		for (int r = 0; r < repeats; r++) {
			long t = System.nanoTime();
			m = model(bins); // includes validation: symmetry and PSD
			final double[][] c = Covariances.total(m);
			build = Math.min(build, (System.nanoTime() - t) * 1e-9);
			t = System.nanoTime();
			chi2 = new ChiSquare(c, m.channels()).chi2(m.expected(), m.observed());
			chol = Math.min(chol, (System.nanoTime() - t) * 1e-9);
			t = System.nanoTime();
			final int[] y = new int[half], x = new int[bins - half];
			for (int i = 0; i < half; i++)
				y[i] = i;
			for (int i = half; i < bins; i++)
				x[i - half] = i;
			c0 = Constraint.of(m, y, x).mean()[0];
			constrain = Math.min(constrain, (System.nanoTime() - t) * 1e-9);
		}
		// toys of a 100-bin model, one thread, every per-toy summary (chi2 too)
		final Model small = model(100);
		final ChiSquare chi = new ChiSquare(Covariances.total(small), small
			.channels());
		final ToyConfig.Builder b = ToyConfig.builder().mean(small.expected())
			.sysCov(Covariances.systematic(small)).names(small.channels()).threads(1)
			.sliceChannel(50).targetChannel(0).sliceCenter(small.expected(50))
			.sliceHalfwidth(10).chi2(small.expected(), chi.inverse(), chi.chi2(small
				.expected(), small.observed())).fullSummaries(true);
		new ToyEngine().run(b.toys(Math.max(1, toys / 10)).build(), null);
		ToySummary s = null;
		for (int r = 0; r < Math.max(1, repeats / 2); r++) {
			final long t = System.nanoTime();
			s = new ToyEngine().run(b.toys(toys).build(), null);
			toy = Math.min(toy, (System.nanoTime() - t) * 1e-9);
		}
		System.out.println("bins " + bins);
		System.out.println("build_covariance " + build);
		System.out.println("cholesky_chi2 " + chol);
		System.out.println("constraint_half " + constrain);
		System.out.println("toys_100_bins_per_s_one_core " + toys / toy);
		System.out.println("check chi2=" + chi2 + " constrained_mean_0=" + c0 +
			" toy_p_value=" + s.toyPValue());
	}
}
