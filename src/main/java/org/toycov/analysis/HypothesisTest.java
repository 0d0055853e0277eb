package org.toycov.analysis;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.model.ModelException;
import org.toycov.toys.BlockSeeds;
import org.toycov.toys.ToyProgress;

/**
 * A test of strength {@code x0} against {@code x1} (as SBNfit's {@code SBNcls}):
 * the statistic {@code delta chi2 = chi2(x0) - chi2(x1)} (large when the counts look
 * like x1), for the data and for toys thrown under each strength
 * ({@link SignalFitToys}; each chi-square with the covariance at its own strength).
 * <ul>
 * <li>{@code p_x0 = P(delta >= delta_data | x0)}, {@code p_x1 = P(delta <= delta_data | x1)};</li>
 * <li>{@code CLs = p_x1 / (1 - p_x0)} (A. L. Read, J. Phys. G 28 (2002) 2693);</li>
 * <li>the significance of rejecting each, {@code z = Phi^-1(1 - p)} (one-sided);</li>
 * <li>the median expected significance of rejecting x0 when x1 is true,
 * {@code z(p_x0(q))} at the median q of delta under x1, and its 1 and 2 sigma bands
 * (q at the 15.9/84.1% and 2.3/97.7% quantiles).</li>
 * </ul>
 * Toys under x1 are thrown first (their quantiles fix the thresholds), then toys under
 * x0 counted against the data and the thresholds exactly, so p-values are exact
 * counts; histograms (for charts and the quantiles, to within a bin) keep memory
 * independent of the toys. Toy streams: BlockSeeds of (seed, hypothesis), per block.
 */
public final class HypothesisTest {

	static final int HIST_BINS = 20_000;
	private static final long SALT = 0x2B992DDFA23249D6L;
	/** Lower-tail probabilities of the -2, -1, 0, +1, +2 sigma quantiles. */
	static final double[] BAND_P;
	static {
		final NormalDistribution n = new NormalDistribution(null, 0, 1);
		BAND_P = new double[] { n.cumulativeProbability(-2), n.cumulativeProbability(-1), 0.5, n
			.cumulativeProbability(1), n.cumulativeProbability(2) };
	}

	private HypothesisTest() {}

	/** Per thread: scratch space, the histogram and the counts at or beyond thresholds. */
	private static final class Worker {
		final SignalFitToys.Work work;
		final SignalFitHistogram hist;
		final long[] atLeast, atMost;

		Worker(final SignalFitToys toys, final double lo, final double hi, final int thresholds) {
			work = toys.new Work();
			hist = new SignalFitHistogram(lo, hi, HIST_BINS);
			atLeast = new long[thresholds];
			atMost = new long[thresholds];
		}
	}

	/**
	 * @param toys toys per hypothesis
	 * @throws ModelException for strengths below 0 or equal, or toys below 1
	 */
	public static HypothesisTestResult run(final SignalModel model, final double x0, final double x1,
		final long toys, final long seed, final int threads, final ToyProgress progress)
	{
		if (!(x0 >= 0) || Double.isInfinite(x0)) throw new ModelException("x0 must be >= 0, got " +
			ModelException.show(x0));
		if (!(x1 >= 0) || Double.isInfinite(x1)) throw new ModelException("x1 must be >= 0, got " +
			ModelException.show(x1));
		if (x0 == x1) throw new ModelException("x0 and x1 must differ, both are " + ModelException.show(x0));
		if (toys < 1) throw new ModelException("toys must be >= 1, got " + toys);
		if (threads < 1) throw new ModelException("threads must be >= 1, got " + threads);
		final SignalFitToys fit = new SignalFitToys(model, new double[] { x0, x1 });
		final SignalFitToys.Thrower[] thrower = { new SignalFitToys.Thrower(model, x0), new SignalFitToys.Thrower(
			model, x1) };
		final double data = statistic(fit, model.observed());
		// NB: the histogram spans the Asimov statistics -+ 10 of their asymptotic widths (2 sqrt|t|)
		final double t0 = statistic(fit, model.prediction(x0)), t1 = statistic(fit, model.prediction(x1));
		final double lo = Math.min(data, Math.min(t0, t1)) - 20 * Math.sqrt(Math.max(Math.abs(t0), Math.abs(t1))) -
			10;
		final double hi = Math.max(data, Math.max(t0, t1)) + 20 * Math.sqrt(Math.max(Math.abs(t0), Math.abs(t1))) +
			10;
		final long blocks = (toys + SignalFitToys.BLOCK - 1) / SignalFitToys.BLOCK;
		final ToyProgress p = progress == null ? ToyProgress.NONE : progress;
		// under x1: the data threshold only
		final Worker under1 = pass(fit, thrower[1], 1, new double[] { data }, lo, hi, toys, blocks, seed, threads,
			new ShiftedProgress(p, 0, 2 * toys));
		final double[] q = new double[BAND_P.length];
		for (int i = 0; i < q.length; i++) q[i] = under1.hist.quantile(BAND_P[i]);
		final double[] thresholds = new double[q.length + 1];
		thresholds[0] = data;
		System.arraycopy(q, 0, thresholds, 1, q.length);
		final Worker under0 = pass(fit, thrower[0], 0, thresholds, lo, hi, toys, blocks, seed, threads,
			new ShiftedProgress(p, toys, 2 * toys));
		final double p0 = (double) under0.atLeast[0] / toys, p1 = (double) under1.atMost[0] / toys;
		final double[] expected = new double[q.length];
		for (int i = 0; i < q.length; i++) expected[i] = significance((double) under0.atLeast[i + 1] / toys);
		return new HypothesisTestResult(x0, x1, data, toys, seed, p0, p1, expected, under0.hist, under1.hist);
	}

	/** {@code chi2(x0) - chi2(x1)} of {@code counts}. */
	private static double statistic(final SignalFitToys fit, final double[] counts) {
		final SignalFitToys.Work w = fit.new Work();
		System.arraycopy(counts, 0, w.counts, 0, counts.length);
		w.newCounts();
		return w.chi2(0) - w.chi2(1);
	}

	/** The one-sided Gaussian significance {@code Phi^-1(1 - p)}; +inf for p = 0. */
	public static double significance(final double p) {
		if (p <= 0) return Double.POSITIVE_INFINITY;
		if (p >= 1) return Double.NEGATIVE_INFINITY;
		return -new NormalDistribution(null, 0, 1).inverseCumulativeProbability(p);
	}

	private static Worker pass(final SignalFitToys fit, final SignalFitToys.Thrower thrower, final int h,
		final double[] thresholds, final double lo, final double hi, final long toys, final long blocks,
		final long seed, final int threads, final ToyProgress progress)
	{
		final long setSeed = SignalFitToys.setSeed(seed, SALT, h);
		final List<Worker> workers = SignalFitToys.parallel(blocks, threads, toys, progress, () -> new Worker(fit, lo,
			hi, thresholds.length), (w, b) -> {
				final long from = b * SignalFitToys.BLOCK, to = Math.min(toys, from + SignalFitToys.BLOCK);
				final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(setSeed, b);
				final ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
				final SignalFitToys.Work work = w.work;
				for (long t = from; t < to; t++) {
					thrower.toy(rng, gauss, work);
					final double v = work.chi2(0) - work.chi2(1);
					w.hist.add(v);
					for (int i = 0; i < thresholds.length; i++) {
						if (v >= thresholds[i]) w.atLeast[i]++;
						if (v <= thresholds[i]) w.atMost[i]++;
					}
				}
				return to - from;
			});
		final Worker all = new Worker(fit, lo, hi, thresholds.length);
		for (final Worker w : workers) {
			all.hist.merge(w.hist);
			for (int i = 0; i < thresholds.length; i++) {
				all.atLeast[i] += w.atLeast[i];
				all.atMost[i] += w.atMost[i];
			}
		}
		return all;
	}

	/** Progress of one pass reported as part of both. */
	private static final class ShiftedProgress implements ToyProgress {
		private final ToyProgress p;
		private final long offset, total;

		ShiftedProgress(final ToyProgress p, final long offset, final long total) {
			this.p = p;
			this.offset = offset;
			this.total = total;
		}

		@Override
		public void progress(final long done, final long ignored) {
			p.progress(offset + done, total);
		}

		@Override
		public boolean isCanceled() {
			return p.isCanceled();
		}
	}
}
