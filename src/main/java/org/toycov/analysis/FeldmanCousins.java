package org.toycov.analysis;

import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.toys.BlockSeeds;
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
 * (seed, g), block b): results are bit-identical whatever the threads. Each thread
 * fills a histogram of delta chi2 per block ({@value #HIST_BINS} bins over
 * [0, {@value #HIST_MAX})), added to its grid point's histogram, which is read into
 * critical values (to within a bin width, {@value #HIST_MAX} / {@value #HIST_BINS}) and
 * dropped as soon as the point's last block is in: memory grows neither with the toys
 * nor with the grid.
 */
public final class FeldmanCousins {

	static final int HIST_BINS = 25_000;
	static final double HIST_MAX = 50;
	private static final long SALT = 0x7FC1DE5B3A9E42D1L;

	private FeldmanCousins() {}

	/** Per thread: the scratch space and the histogram of the block at hand. */
	private static final class Worker {
		final SignalFitToys.Work work;
		final SignalFitHistogram hist = new SignalFitHistogram(0, HIST_MAX, HIST_BINS);

		Worker(final SignalFitToys toys) {
			work = toys.new Work();
		}
	}

	/**
	 * The toys of the grid points: a histogram per point while its blocks are thrown,
	 * read into critical values and dropped when its last block is in (blocks are taken
	 * in order, so about one open point per thread).
	 */
	private static final class Belt {
		final SignalFitHistogram[] open;
		final long[] blocksIn;
		final double[] cl;
		final double[][] critical, error;
		final long blocks;

		Belt(final int points, final double[] cl, final long blocks) {
			open = new SignalFitHistogram[points];
			blocksIn = new long[points];
			this.cl = cl;
			critical = new double[cl.length][points];
			error = new double[cl.length][points];
			this.blocks = blocks;
		}

		/** Adds one block's histogram of point g (integer sums: any order gives the same counts). */
		synchronized void add(final int g, final SignalFitHistogram h) {
			if (open[g] == null) open[g] = new SignalFitHistogram(0, HIST_MAX, HIST_BINS);
			open[g].merge(h);
			if (++blocksIn[g] < blocks) return;
			for (int l = 0; l < cl.length; l++) {
				critical[l][g] = open[g].quantile(cl[l]);
				error[l][g] = open[g].quantileError(cl[l]);
			}
			open[g] = null;
		}
	}

	/**
	 * Runs the construction for {@code model}'s observed counts.
	 *
	 * @param progress progress and cancel (may be null)
	 * @throws java.util.concurrent.CancellationException when canceled
	 */
	public static FeldmanCousinsResult run(final SignalModel model, final SignalFitGrid grid,
		final FeldmanCousinsConfig config, final ToyProgress progress)
	{
		final int points = grid.size();
		final int fitPoints = points + Math.max(3, points / 4);
		final double[] fitX = new double[fitPoints];
		for (int k = 0; k < fitPoints; k++) fitX[k] = grid.x(k);
		final SignalFitToys toys = new SignalFitToys(model, fitX);
		final SignalFitToys.Thrower[] throwers = new SignalFitToys.Thrower[points];
		for (int g = 0; g < points; g++) throwers[g] = new SignalFitToys.Thrower(model, grid.x(g));
		final long perPoint = config.toys();
		final long blocks = (perPoint + SignalFitToys.BLOCK - 1) / SignalFitToys.BLOCK;
		final long seed = config.seed();
		final double[] cl = config.cl();
		final Belt belt = new Belt(points, cl, blocks);
		SignalFitToys.parallel(blocks * points, config.threads(), perPoint * points, progress, () -> new Worker(toys),
			(w, item) -> {
				final int g = (int) (item / blocks);
				final long b = item % blocks;
				final long from = b * SignalFitToys.BLOCK, to = Math.min(perPoint, from + SignalFitToys.BLOCK);
				final XoRoShiRo128PlusPlus rng = BlockSeeds.rng(SignalFitToys.setSeed(seed, SALT, g), b);
				final ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
				final SignalFitToys.Work work = w.work;
				final SignalFitHistogram h = w.hist;
				h.clear();
				for (long t = from; t < to; t++) {
					throwers[g].toy(rng, gauss, work);
					final double delta = work.chi2(g) - work.minimum(work.guess(g));
					h.add(delta < 0 ? 0 : delta);
				}
				belt.add(g, h);
				return to - from;
			});
		final double[][] critical = belt.critical, error = belt.error;
		final double[] data = deltaCurve(toys, model.observed(), points);
		final double[] asimov = deltaCurve(toys, model.prediction(config.asimovX()), points);
		return new FeldmanCousinsResult(grid.values(), cl, critical, error, data, asimov, perPoint, seed);
	}

	/** {@code chi2(x_g) - min_{x >= 0} chi2(x)} of {@code counts} on the grid (the toys' statistic). */
	static double[] deltaCurve(final SignalFitToys toys, final double[] counts, final int points) {
		final SignalFitToys.Work w = toys.new Work();
		System.arraycopy(counts, 0, w.counts, 0, counts.length);
		w.newCounts();
		final double min = w.minimum(-1);
		final double[] d = new double[points];
		for (int g = 0; g < points; g++) d[g] = Math.max(0, w.chi2(g) - min);
		return d;
	}
}
