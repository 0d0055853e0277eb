package org.toycov.analysis;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.model.ModelException;
import org.toycov.toys.BlockSeeds;
import org.toycov.toys.NegativePolicy;
import org.toycov.toys.ToyProgress;

/**
 * The Feldman-Cousins construction for the signal strength (G. J. Feldman and
 * R. D. Cousins, Phys. Rev. D 57 (1998) 3873; as TLee's {@code Exe_Feldman_Cousins}
 * and SBNfit's {@code SBNfeld}): at each grid strength {@code x_true}, toys thrown
 * at {@code x_true} ({@link SignalFitToys}), and for each toy the ordering statistic
 * {@code delta chi2 = chi2(x_true) - min_{x >= 0} chi2(x)}. The critical value at a
 * confidence level {@code cl} is the toys' {@code cl}-quantile of delta chi2; the
 * interval at that level holds the strengths whose data delta chi2 is at most their
 * critical value.
 * <p>
 * The minimum of each toy's chi-square is taken on the fit grid (the grid, extended
 * above {@code x_max} by a quarter of its points and at least 3), walking downhill
 * from the grid point nearest the linearised fit from {@code x_true} (one dot product)
 * and refined by a parabola through the lowest grid point and its
 * neighbours (exact where the chi-square is quadratic). The data and the Asimov data
 * get the same statistic, with the minimum over the whole fit grid.
 * <p>
 * Toys of grid point g, block b come from their own stream (BlockSeeds of
 * (seed, g), block b): results are bit-identical whatever the threads and shards. A block's
 * delta chi2 values are added to its grid point's histogram ({@value #HIST_BINS} bins
 * over [0, {@value #HIST_MAX})), trimmed to its last
 * filled bin once the point's last block is in; the critical values are read from
 * them (to within a bin width, {@value #HIST_MAX} / {@value #HIST_BINS}). Memory does
 * not grow with the toys. A run is {@link #counts} (mergeable shards) then
 * {@link #result}.
 */
public final class FeldmanCousins {

	/** Toys per block: a block is seeded once (a shard starting inside it throws its earlier toys). */
	public static final int BLOCK = SignalFitToys.BLOCK;
	static final int HIST_BINS = 25_000;
	static final double HIST_MAX = 50;
	/** The most the fit may miss a minimum by, in chi-square ({@link #checkFit}). */
	static final double FIT_TOLERANCE = 0.05;
	private static final long SALT = 0x7FC1DE5B3A9E42D1L;

	private FeldmanCousins() {}

	/** Per thread: the scratch space and the histogram of the block at hand. */
	private static final class Worker {
		final SignalFitToys.Work work;
		/** The block's delta chi2 values (a block's 1,024 values are cheaper to add than 25,000 bins to merge). */
		final double[] delta = new double[SignalFitToys.BLOCK];

		Worker(final SignalFitToys toys) {
			work = toys.new Work();
		}
	}

	/**
	 * The toys of the grid points: a histogram per point while its blocks are thrown,
	 * trimmed to its last filled bin when its last block is in (blocks are taken in
	 * order, so about one full-size histogram per thread is open).
	 */
	private static final class Belt {
		final SignalFitHistogram[] hist;
		final long[] blocksIn;
		final long blocks;

		Belt(final int points, final long blocks) {
			hist = new SignalFitHistogram[points];
			blocksIn = new long[points];
			this.blocks = blocks;
		}

		/** Adds one block's values of point g (integer counts: any order gives the same histogram). */
		synchronized void add(final int g, final double[] values, final int count) {
			if (hist[g] == null) hist[g] = new SignalFitHistogram(0, HIST_MAX, HIST_BINS);
			final SignalFitHistogram h = hist[g];
			for (int i = 0; i < count; i++) h.add(values[i]);
			if (++blocksIn[g] == blocks) hist[g] = hist[g].trimmed();
		}
	}

	/**
	 * Runs the construction for {@code model}'s observed counts: {@link #counts} over
	 * toys {@code 0 .. toys - 1}, then {@link #result}.
	 *
	 * @param progress progress and cancel (may be null)
	 * @throws java.util.concurrent.CancellationException when canceled
	 */
	public static FeldmanCousinsResult run(final SignalModel model, final SignalFitGrid grid,
		final FeldmanCousinsConfig config, final ToyProgress progress)
	{
		return run(model, grid, config, 0, progress);
	}

	/** As {@link #run(SignalModel, SignalFitGrid, FeldmanCousinsConfig, ToyProgress)} on toys {@code firstToy ..} (a shard). */
	public static FeldmanCousinsResult run(final SignalModel model, final SignalFitGrid grid,
		final FeldmanCousinsConfig config, final long firstToy, final ToyProgress progress)
	{
		// NB: the grid's x = 0 before asimov_x (0 by default): a bin empty at 0 is the grid's, which must start there
		model.checkCovariance(0, "x_max");
		model.checkCovariance(config.asimovX(), "asimov_x");
		final FeldmanCousinsCounts counts = counts(model, grid, firstToy, config.toys(), config.seed(), config.threads(),
			config.negative(), progress);
		return result(model, grid, counts, config.cl(), config.asimovX());
	}

	/**
	 * The toys {@code firstToy .. firstToy + toys - 1} of every grid point (a shard):
	 * their delta chi2 histograms, to {@link FeldmanCousinsCounts#merge} with other
	 * shards and read by {@link #result}. Toy t of grid point g is the same in any
	 * shard and with any threads (a shard starting inside a block throws and drops
	 * the block's earlier toys).
	 *
	 * @throws ModelException before any toy for {@code firstToy < 0}, {@code toys < 1},
	 *           {@code threads < 1} or a covariance on the fit grid that no chi-square can use
	 *           ({@link SignalModel#checkCovariance})
	 */
	public static FeldmanCousinsCounts counts(final SignalModel model, final SignalFitGrid grid,
		final long firstToy, final long toys, final long seed, final int threads, final ToyProgress progress)
	{
		return counts(model, grid, firstToy, toys, seed, threads, NegativePolicy.TRUNCATE, progress);
	}

	/**
	 * The same with a negative thrown mean handled as {@code negative} says (truncate:
	 * the toys of the other overload).
	 *
	 * @throws ModelException naming {@code negative} when a toy fails under it
	 */
	public static FeldmanCousinsCounts counts(final SignalModel model, final SignalFitGrid grid,
		final long firstToy, final long toys, final long seed, final int threads, final NegativePolicy negative,
		final ToyProgress progress)
	{
		final SignalFitToyRanges range = SignalFitToyRanges.of(firstToy, toys);
		return new FeldmanCousinsCounts(model.fingerprint(), seed, grid, range, belt(model, grid, 0, grid.size(),
			firstToy, toys, seed, threads, negative, progress));
	}

	/**
	 * The toys {@code firstToy .. firstToy + toys - 1} of grid point {@code g} alone (a
	 * shard in the grid and the toys, e.g. a Spark task), the same toys as in
	 * {@link #counts}; {@link FeldmanCousinsCounts#of} puts the points together.
	 *
	 * @throws ModelException for a bad grid point, toy range or threads
	 */
	public static FeldmanCousinsCounts.Point point(final SignalModel model, final SignalFitGrid grid, final int g,
		final long firstToy, final long toys, final long seed, final int threads, final NegativePolicy negative)
	{
		if (g < 0 || g >= grid.size()) throw new ModelException("grid point " + g + " is not on the grid of " + grid
			.size() + " points");
		SignalFitToyRanges.of(firstToy, toys);
		return new FeldmanCousinsCounts.Point(g, firstToy, toys, belt(model, grid, g, g + 1, firstToy, toys, seed,
			threads, negative, null)[g]);
	}

	/** The histograms of grid points {@code g0 .. g1 - 1} (the others null) over the toys. */
	private static SignalFitHistogram[] belt(final SignalModel model, final SignalFitGrid grid, final int g0,
		final int g1, final long firstToy, final long toys, final long seed, final int threads,
		final NegativePolicy negative, final ToyProgress progress)
	{
		SignalFitToyRanges.of(firstToy, toys);
		if (threads < 1) throw new ModelException("threads must be >= 1, got " + threads);
		final int points = grid.size();
		final SignalFitToys fit = fitToys(model, grid);
		final SignalFitToys.Thrower[] throwers = new SignalFitToys.Thrower[points];
		for (int g = g0; g < g1; g++) throwers[g] = new SignalFitToys.Thrower(model, grid.x(g), negative);
		final long end = firstToy + toys;
		final long b0 = firstToy / SignalFitToys.BLOCK, blocks = (end - 1) / SignalFitToys.BLOCK - b0 + 1;
		final Belt belt = new Belt(points, blocks);
		SignalFitToys.parallel(blocks * (g1 - g0), threads, toys * (g1 - g0), progress, () -> new Worker(fit),
			(w, item) -> {
				final int g = g0 + (int) (item / blocks);
				final long b = b0 + item % blocks;
				final long start = b * SignalFitToys.BLOCK;
				final long from = Math.max(firstToy, start), to = Math.min(end, start + SignalFitToys.BLOCK);
				final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(SignalFitToys.setSeed(seed, SALT, g), b);
				final ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
				final SignalFitToys.Work work = w.work;
				final double[] delta = w.delta;
				int count = 0;
				for (long t = start; t < to; t++) {
					throwers[g].toy(rng, gauss, work, t >= from);
					// NB: the fit draws nothing, so a toy before the shard is a throw only (one call site
					// of the throw, so the JIT compiles one copy of it here)
					if (t < from) continue;
					delta[count++] = work.deltaChi2(g);
				}
				belt.add(g, delta, count);
				return to - from;
			});
		return belt.hist;
	}

	/**
	 * The belt and intervals from toy counts (one run's or merged shards'): the critical
	 * values at each level {@code cl} from the histograms, the data's and the Asimov
	 * data's ({@code mu(asimov_x)}) delta chi2.
	 *
	 * @throws ModelException when the counts are for another model or grid, or are too
	 *           few for a level
	 */
	public static FeldmanCousinsResult result(final SignalModel model, final SignalFitGrid grid,
		final FeldmanCousinsCounts counts, final double[] cl, final double asimovX)
	{
		counts.check(model, grid);
		FeldmanCousinsConfig.checkLevels(counts.toys(), cl);
		if (!(asimovX >= 0) || Double.isInfinite(asimovX)) throw new ModelException("asimov_x must be >= 0, got " +
			ModelException.show(asimovX));
		model.checkCovariance(asimovX, "asimov_x");
		final SignalFitToys fit = fitToys(model, grid);
		final double[] data = deltaCurve(fit, model.observed(), grid.size());
		final double[] asimov = deltaCurve(fit, model.prediction(asimovX), grid.size());
		return result(counts, grid.values(), cl, asimovX, data, asimov);
	}

	/**
	 * The belt and intervals from toy counts and the data's and Asimov data's delta chi2
	 * at the grid strengths {@code x} (as {@link #result(SignalModel, SignalFitGrid,
	 * FeldmanCousinsCounts, double[], double)} computes them; a merge of summary files
	 * reads them from the files).
	 */
	static FeldmanCousinsResult result(final FeldmanCousinsCounts counts, final double[] x, final double[] cl,
		final double asimovX, final double[] data, final double[] asimov)
	{
		FeldmanCousinsConfig.checkLevels(counts.toys(), cl);
		final int points = x.length;
		final double[][] critical = new double[cl.length][points], error = new double[cl.length][points];
		for (int g = 0; g < points; g++) {
			final SignalFitHistogram h = counts.hist(g);
			for (int l = 0; l < cl.length; l++) {
				critical[l][g] = h.quantile(cl[l]);
				error[l][g] = h.quantileError(cl[l]);
			}
		}
		return new FeldmanCousinsResult(x.clone(), cl.clone(), critical, error, data.clone(), asimov.clone(), asimovX,
			counts);
	}

	/**
	 * The fit grid: the grid extended above {@code x_max} by a quarter of its points, at
	 * least 3; the covariance checked at each of its strengths (before any toy).
	 */
	private static SignalFitToys fitToys(final SignalModel model, final SignalFitGrid grid) {
		final int fitPoints = grid.size() + Math.max(3, grid.size() / 4);
		final double[] fitX = new double[fitPoints];
		for (int k = 0; k < fitPoints; k++) fitX[k] = grid.x(k);
		model.checkCovariance(fitX, "x_max");
		final SignalFitToys fit = new SignalFitToys(model, fitX);
		checkFit(fit, grid.step());
		return fit;
	}

	/**
	 * Refuses a grid on which the toys' fit misses the minimum by more than
	 * {@value #FIT_TOLERANCE} in chi-square at some fit strength ({@link SignalFitToys#fitErrors}):
	 * the parabola through three grid points is then far from the chi-square, and so is
	 * every delta chi2.
	 *
	 * @throws ModelException naming {@code x_step}, the strength and the error
	 */
	static void checkFit(final SignalFitToys fit, final double step) {
		final double[] e = fit.fitErrors();
		int worst = 0;
		for (int k = 1; k < e.length; k++) if (e[k] > e[worst]) worst = k;
		final double error = e[worst];
		if (error > FIT_TOLERANCE) throw new ModelException("x_step=" + ModelException.show(step) + " is too " +
			"coarse: at x = " + ModelException.show(fit.x(worst)) + " the fit on the grid misses the minimum by " +
			String.format(java.util.Locale.ROOT, "%.3g", error) + " in chi-square (at most " + FIT_TOLERANCE +
			"); choose a smaller x_step");
	}

	/** {@code chi2(x_g) - min_{x >= 0} chi2(x)} of {@code counts} on the grid (the toys' statistic). */
	static double[] deltaCurve(final SignalFitToys toys, final double[] counts, final int points) {
		final SignalFitToys.Work w = toys.new Work();
		System.arraycopy(counts, 0, w.counts, 0, counts.length);
		w.newCounts();
		final double min = w.gridMinimum();
		final double[] d = new double[points];
		for (int g = 0; g < points; g++) d[g] = Math.max(0, w.chi2(g) - min);
		return d;
	}
}
