package org.toycov.analysis;

import java.util.Arrays;
import java.util.function.Function;

import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.stats.Chi2Scan;
import org.toycov.stats.Constraint;
import org.toycov.stats.NaiveTune;
import org.toycov.stats.StatTerm;
import org.toycov.toys.Histogram1D;
import org.toycov.toys.Histogram2D;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySummary;

/**
 * The seed's "to tune or not to tune" (cells 19-27): the original two-channel
 * model against the naively tuned one ({@code mu_exp -> mu_obs},
 * {@code e_exp} scaled alike), as chi-square curves and as toy slices at the
 * observed muon count, beside the exact conditional constraint; and the first
 * toys of each as the seed's density-map pair.
 */
public final class TuneComparison {

	/** The seed's channels. */
	public static final String E = "e", MU = "mu";
	/** Toys drawn in the density maps, as the seed plots the first 1e5. */
	public static final long MAP_TOYS = 100_000;
	/** The seed's hexbin extent (cell 24): n_e in [45, 140], n_mu in [4500, 14000], 95 bins each. */
	public static final double[] MAP_E = { 45, 140 }, MAP_MU = { 4500, 14000 };
	public static final int MAP_BINS = 95;
	/** The toy runs of a study: the slices of each scenario, then their density maps. */
	public static final int ORIGINAL = 0, TUNED = 1, ORIGINAL_MAP = 2, TUNED_MAP = 3;

	private TuneComparison() {}

	/** The scan of the curves and the slice's half-width. */
	public static final class Settings {

		public final double eObsMin, eObsMax, eObsStep, sliceHalfwidth;

		public Settings(final double eObsMin, final double eObsMax,
			final double eObsStep, final double sliceHalfwidth)
		{
			this.eObsMin = eObsMin;
			this.eObsMax = eObsMax;
			this.eObsStep = eObsStep;
			this.sliceHalfwidth = sliceHalfwidth;
		}
	}

	/** Both scenarios side by side. */
	public static final class Result {

		public Model original, tuned;
		public Chi2Scan originalScan, tunedScan;
		/** The slice's centre: the observed muon count. */
		public double center;
		public SliceStatistics originalSlice, tunedSlice;
		/** Both on the same edges. */
		public Histogram1D originalHistogram, tunedHistogram;
		/** Null when the run holds none of the toys below {@link #MAP_TOYS} (a shard with a large first_toy). */
		public Histogram2D originalMap, tunedMap;
		public long mapToys;
		/** The toy runs, by {@link TuneComparison#ORIGINAL} .. {@link TuneComparison#TUNED_MAP} (maps null without map toys). */
		public final ToyConfig[] configs = new ToyConfig[4];
		public final ToySummary[] summaries = new ToySummary[4];
		public double constrainedMean, constrainedVariance,
				constrainedVarianceGauss;
	}

	/**
	 * Runs the study.
	 *
	 * @param progress the progress of each of the four toy runs, by label
	 * @throws java.util.concurrent.CancellationException if a progress cancels
	 */
	public static Result run(final Model orig, final Settings s,
		final ToyOptions options, final Function<String, ToyProgress> progress)
	{
		if (orig.size() != 2 || !Arrays.asList(orig.channels()).containsAll(Arrays
			.asList(E, MU))) throw new ModelException(
				"Tune Comparison is the seed's two-channel study: the model must have " +
					"exactly the channels e and mu, unbinned (use Constraint for others)");
		final Result r = new Result();
		r.original = orig;
		r.tuned = NaiveTune.of(orig, orig.indexOf(MU));
		r.originalScan = scan(orig, s);
		r.tunedScan = scan(r.tuned, s);
		final Constraint k = Constraint.of(orig, new int[] { orig.indexOf(E) },
			new int[] { orig.indexOf(MU) });
		r.constrainedMean = k.mean()[0];
		r.constrainedVariance = k.covarianceAtConstrainedMean()[0][0];
		r.constrainedVarianceGauss = k.covariance()[0][0];

		r.center = orig.observed()[orig.indexOf(MU)];
		r.configs[ORIGINAL] = slice(orig, r.center, s, options).build();
		r.configs[TUNED] = slice(r.tuned, r.center, s, options).build();
		r.summaries[ORIGINAL] = ToyRuns.run(r.configs[ORIGINAL], progress.apply("original"), null);
		r.summaries[TUNED] = ToyRuns.run(r.configs[TUNED], progress.apply("tuned"), null);
		// NB: the maps hold the toys numbered below MAP_TOYS (the seed's first 1e5), so shards merge into them
		final long first = options.firstToy();
		final long mapToys = Math.min(first + options.toys(), MAP_TOYS) - first;
		r.configs[ORIGINAL_MAP] = map(orig, r.center, s, options, mapToys);
		r.configs[TUNED_MAP] = map(r.tuned, r.center, s, options, mapToys);
		if (mapToys > 0) {
			r.summaries[ORIGINAL_MAP] = ToyRuns.run(r.configs[ORIGINAL_MAP], progress.apply("original, density map"),
				null);
			r.summaries[TUNED_MAP] = ToyRuns.run(r.configs[TUNED_MAP], progress.apply("tuned, density map"), null);
		}
		return toys(r);
	}

	/**
	 * Fills the slices, histograms and maps of {@code r} from its toy runs
	 * ({@link Result#summaries}): a run's or merged shards'.
	 */
	static Result toys(final Result r) {
		final ToySummary to = r.summaries[ORIGINAL], tt = r.summaries[TUNED];
		r.originalSlice = SliceStatistics.of(to);
		r.tunedSlice = SliceStatistics.of(tt);
		// NB: one set of edges for both, about 20 bins as the seed's hist(..., 20)
		final double[] edges = ToyRuns.integerEdges(ToyExperiment.SLICE_BINS, to, tt);
		r.originalHistogram = to.sliceHistogram(edges);
		r.tunedHistogram = tt.sliceHistogram(edges);
		if (r.summaries[ORIGINAL_MAP] != null) {
			r.originalMap = r.summaries[ORIGINAL_MAP].histogram2D();
			r.tunedMap = r.summaries[TUNED_MAP].histogram2D();
			r.mapToys = r.summaries[ORIGINAL_MAP].toys();
		}
		return r;
	}

	private static Chi2Scan scan(final Model m, final Settings s) {
		return Chi2Scan.scan(m, m.indexOf("scan_channel", E), s.eObsMin, s.eObsMax,
			s.eObsStep, StatTerm.of("pearson"));
	}

	private static ToyConfig.Builder slice(final Model m, final double center,
		final Settings s, final ToyOptions o)
	{
		return ToyRuns.config(m, MU, E, center, s.sliceHalfwidth, o).fullSummaries(false);
	}

	/** The density map's run: the slice's, every summary, the seed's hexbin extent; {@code toys} below 1 kept at 1 (not run). */
	private static ToyConfig map(final Model m, final double center,
		final Settings s, final ToyOptions o, final long toys)
	{
		return slice(m, center, s, o).fullSummaries(true).hist2dTarget(MAP_E[0], MAP_E[1], MAP_BINS)
			.hist2dSlice(MAP_MU[0], MAP_MU[1], MAP_BINS).toys(Math.max(1, toys)).build();
	}
}
