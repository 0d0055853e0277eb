package org.toycov.analysis;

import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.model.ModelException;
import org.toycov.toys.BlockSeeds;
import org.toycov.toys.NegativePolicy;
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
 * The toys of both strengths are thrown together; the p-values are exact counts of
 * toys beyond the data, the expected significances come from the histograms (to within
 * a bin); histograms keep memory independent of the toys. Toy streams: BlockSeeds of
 * (seed, hypothesis), per block. A run is {@link #counts} (mergeable shards) then
 * {@link #result}.
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

	/** Per thread: scratch space, a histogram per strength and the counts beyond the data. */
	private static final class Worker {
		final SignalFitToys.Work work;
		final SignalFitHistogram[] hist;
		long atLeast0, atMost1;

		Worker(final SignalFitToys toys, final double lo, final double hi) {
			work = toys.new Work();
			hist = new SignalFitHistogram[] { new SignalFitHistogram(lo, hi, HIST_BINS), new SignalFitHistogram(lo, hi,
				HIST_BINS) };
		}
	}

	/**
	 * Runs the test on toys {@code 0 .. toys - 1} under each strength: {@link #counts}
	 * then {@link #result}.
	 *
	 * @param toys toys per hypothesis
	 * @throws ModelException for strengths below 0 or equal, too few toys ({@link #checkToys}) or a
	 *           covariance at x0 or x1 that no chi-square can use ({@link SignalModel#checkCovariance})
	 */
	public static HypothesisTestResult run(final SignalModel model, final double x0, final double x1,
		final long toys, final long seed, final int threads, final ToyProgress progress)
	{
		return run(model, x0, x1, toys, seed, threads, NegativePolicy.TRUNCATE, progress);
	}

	/**
	 * The same with a negative thrown mean handled as {@code negative} says.
	 *
	 * @throws ModelException naming {@code negative} when a toy fails under it
	 */
	public static HypothesisTestResult run(final SignalModel model, final double x0, final double x1,
		final long toys, final long seed, final int threads, final NegativePolicy negative, final ToyProgress progress)
	{
		return result(counts(model, x0, x1, 0, toys, seed, threads, negative, progress));
	}

	/**
	 * The toys {@code firstToy .. firstToy + toys - 1} under each strength (a shard):
	 * histograms and exact counts beyond the data, to {@link HypothesisTestCounts#merge}
	 * with other shards. Toy t under a strength is the same in any shard and with any
	 * threads. Both strengths' blocks run in one pool.
	 *
	 * @throws ModelException before any toy for strengths below 0 or equal, a bad toy range, too few
	 *           toys, threads, or a covariance at x0 or x1 that no chi-square can use
	 */
	public static HypothesisTestCounts counts(final SignalModel model, final double x0, final double x1,
		final long firstToy, final long toys, final long seed, final int threads, final ToyProgress progress)
	{
		return counts(model, x0, x1, firstToy, toys, seed, threads, NegativePolicy.TRUNCATE, progress);
	}

	/** The same with a negative thrown mean handled as {@code negative} says (truncate: the other overload's toys). */
	public static HypothesisTestCounts counts(final SignalModel model, final double x0, final double x1,
		final long firstToy, final long toys, final long seed, final int threads, final NegativePolicy negative,
		final ToyProgress progress)
	{
		if (!(x0 >= 0) || Double.isInfinite(x0)) throw new ModelException("x0 must be >= 0, got " +
			ModelException.show(x0));
		if (!(x1 >= 0) || Double.isInfinite(x1)) throw new ModelException("x1 must be >= 0, got " +
			ModelException.show(x1));
		if (x0 == x1) throw new ModelException("x0 and x1 must differ, both are " + ModelException.show(x0));
		final SignalFitToyRanges range = SignalFitToyRanges.of(firstToy, toys);
		if (threads < 1) throw new ModelException("threads must be >= 1, got " + threads);
		checkToys(toys);
		model.checkCovariance(x0, "x0");
		model.checkCovariance(x1, "x1");
		final SignalFitToys fit = new SignalFitToys(model, new double[] { x0, x1 });
		final SignalFitToys.Thrower[] thrower = { new SignalFitToys.Thrower(model, x0, negative),
			new SignalFitToys.Thrower(model, x1, negative) };
		final double data = statistic(fit, model.observed());
		// NB: the histogram spans the Asimov statistics -+ 20 of their asymptotic widths (2 sqrt|t|)
		final double t0 = statistic(fit, model.prediction(x0)), t1 = statistic(fit, model.prediction(x1));
		final double spread = 20 * Math.sqrt(Math.max(Math.abs(t0), Math.abs(t1))) + 10;
		final double lo = Math.min(data, Math.min(t0, t1)) - spread;
		final double hi = Math.max(data, Math.max(t0, t1)) + spread;
		final long end = firstToy + toys;
		final long b0 = firstToy / SignalFitToys.BLOCK, blocks = (end - 1) / SignalFitToys.BLOCK - b0 + 1;
		final long[] setSeed = { SignalFitToys.setSeed(seed, SALT, 0), SignalFitToys.setSeed(seed, SALT, 1) };
		final List<Worker> workers = SignalFitToys.parallel(2 * blocks, threads, 2 * toys, progress, () -> new Worker(
			fit, lo, hi), (w, item) -> {
				final int h = (int) (item / blocks);
				final long b = b0 + item % blocks;
				final long start = b * SignalFitToys.BLOCK;
				final long from = Math.max(firstToy, start), to = Math.min(end, start + SignalFitToys.BLOCK);
				final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(setSeed[h], b);
				final ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
				final SignalFitToys.Work work = w.work;
				final SignalFitHistogram hist = w.hist[h];
				for (long t = start; t < to; t++) {
					thrower[h].toy(rng, gauss, work, t >= from);
					if (t < from) continue; // a toy before the shard: a throw only
					final double v = work.chi2(0) - work.chi2(1);
					hist.add(v);
					if (h == 0 && v >= data) w.atLeast0++;
					if (h == 1 && v <= data) w.atMost1++;
				}
				return to - from;
			});
		final SignalFitHistogram[] hist = { new SignalFitHistogram(lo, hi, HIST_BINS), new SignalFitHistogram(lo, hi,
			HIST_BINS) };
		long atLeast0 = 0, atMost1 = 0;
		for (final Worker w : workers) {
			hist[0].merge(w.hist[0]);
			hist[1].merge(w.hist[1]);
			atLeast0 += w.atLeast0;
			atMost1 += w.atMost1;
		}
		return new HypothesisTestCounts(model.fingerprint(), seed, x0, x1, data, range, new SignalFitHistogram[] {
			hist[0].trimmed(), hist[1].trimmed() }, atLeast0, atMost1);
	}

	/**
	 * The p-values (exact counts), CLs and significances from toy counts (one run's or
	 * merged shards'); the expected significances from the histograms: the quantiles q
	 * of delta chi2 under x1 and the fraction of toys under x0 at or above each (to
	 * within a bin).
	 */
	public static HypothesisTestResult result(final HypothesisTestCounts c) {
		final long toys = c.toys();
		checkToys(toys);
		final SignalFitHistogram h0 = c.hist(0), h1 = c.hist(1);
		final double[] expected = new double[BAND_P.length];
		for (int i = 0; i < expected.length; i++) expected[i] = significance(h0.tail(h1.quantile(BAND_P[i])));
		return new HypothesisTestResult(c.x0(), c.x1(), c.deltaChi2(), toys, c.seed(), (double) c
			.atLeastDataUnderX0() / toys, (double) c.atMostDataUnderX1() / toys, expected, h0, h1, c);
	}

	/**
	 * As Feldman Cousins' levels: the expected significances are read at the quantiles
	 * {@link #BAND_P} of the toys under x1, the outer ones 2.3% from either end, so
	 * {@code toys} (per hypothesis) must leave {@link FeldmanCousinsConfig#MIN_TOYS_BEYOND}
	 * toys beyond them.
	 *
	 * @throws ModelException naming {@code toys}
	 */
	static void checkToys(final long toys) {
		FeldmanCousinsConfig.checkToysBeyond(toys, BAND_P[0], "the 2.3% and 97.7% quantiles of delta_chi2 under " +
			"x1 (the 2 sigma bands of median_significance)");
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
}
