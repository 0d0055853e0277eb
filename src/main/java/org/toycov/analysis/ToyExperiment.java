package org.toycov.analysis;

import org.toycov.model.Model;
import org.toycov.stats.ChiSquare;
import org.toycov.toys.Histogram1D;
import org.toycov.toys.Histogram2D;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySink;
import org.toycov.toys.ToySummary;

/**
 * Pseudo-experiments of one model (seed cells 21-27): the toys thrown, the
 * slice of one channel summarised, the observed point's chi-square against
 * the toys' and the asymptotic distribution, the thrown moments next to the
 * analytic ones.
 */
public final class ToyExperiment {

	/** Bins of the slice histogram, about as the seed's {@code hist(..., 20)}. */
	public static final int SLICE_BINS = 20;

	private ToyExperiment() {}

	/** Where the slice is and which channel it summarises. */
	public static final class Slice {

		public final String sliceChannel;
		public final double center;
		public final double halfwidth;
		public final String targetChannel;

		public Slice(final String sliceChannel, final double center,
			final double halfwidth, final String targetChannel)
		{
			this.sliceChannel = sliceChannel;
			this.center = center;
			this.halfwidth = halfwidth;
			this.targetChannel = targetChannel;
		}
	}

	/** What the toys showed. */
	public static final class Result {

		public final ToyConfig config;
		public final ToySummary summary;
		public final SliceStatistics slice;
		public final int ndf;
		/** Null without observed counts. */
		public final Double chi2, pValue, toyPValue, toyPValueError;
		public final Histogram1D sliceHistogram;
		public final Histogram2D histogram2D;
		public final Histogram1D chi2Histogram;
		/** The chi-square density of each bin of {@link #chi2Histogram}. */
		public final double[] chi2Pdf;
		public final String[] channels;
		public final double[] expected, toyMean, variance, toyVariance;

		private Result(final ToyConfig c, final ToySummary s) {
			config = c;
			summary = s;
			slice = SliceStatistics.of(s);
			ndf = ChiSquare.ndf(c.channels());
			// NB: the model's observed counts are in the run as its chi-square (NaN without them)
			if (!Double.isNaN(c.chi2Observed())) {
				chi2 = c.chi2Observed();
				pValue = ChiSquare.pValue(chi2, ndf);
				toyPValue = s.toyPValue();
				// NB: with fewer than two toys p is 0 or 1 and its binomial error 0:
				// no error at all, as slice_mean_error below two toys
				toyPValueError = s.toys() < 2 ? null : s.toyPValueError();
			}
			else chi2 = pValue = toyPValue = toyPValueError = null;
			sliceHistogram = s.sliceHistogram(ToyRuns.integerEdges(SLICE_BINS, s));
			histogram2D = s.histogram2D();
			chi2Histogram = s.chi2Histogram();
			chi2Pdf = ChiSquare.densityPerBin(chi2Histogram.edges(), ndf);
			channels = c.names();
			expected = c.mean();
			toyMean = s.mean();
			// NB: the total covariance's diagonal, systematic + Pearson (Covariances.total)
			final double[][] sys = c.sysCov();
			final double[][] cov = s.covariance();
			variance = new double[expected.length];
			toyVariance = new double[expected.length];
			for (int i = 0; i < variance.length; i++) {
				variance[i] = sys[i][i] + expected[i];
				toyVariance[i] = cov[i][i];
			}
		}
	}

	/**
	 * The results of the toys {@code s} of the run {@code c}: what {@link #run}
	 * gives, here for a summary read back or merged from files (Merge Toys).
	 */
	public static Result of(final ToyConfig c, final ToySummary s) {
		return new Result(c, s);
	}

	/**
	 * Throws the toys of {@code m} and summarises them.
	 *
	 * @param sink receives the raw counts (a {@code save_toys} file), or null
	 * @throws java.util.concurrent.CancellationException if progress cancels
	 */
	public static Result run(final Model m, final Slice slice,
		final ToyOptions options, final ToyProgress progress, final ToySink sink)
	{
		final ToyConfig c = ToyRuns.config(m, slice.sliceChannel,
			slice.targetChannel, slice.center, slice.halfwidth, options)
			.fullSummaries(true).build();
		return new Result(c, ToyRuns.run(c, progress, sink));
	}
}
