package org.toycov.analysis;

import java.util.SortedMap;

import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.Covariances;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyEngine;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySink;
import org.toycov.toys.ToySummary;

/** The pieces every toy study shares: a run's configuration, its checks, its histogram edges. */
public final class ToyRuns {

	private ToyRuns() {}

	/**
	 * A toy run of {@code m}, every field set: expected counts, systematic
	 * covariance, channel names, the slice of {@code slice} (a channel or one
	 * bin) in {@code (center - halfwidth, center + halfwidth)} summarising
	 * {@code target}, the options, and (when the model has observations) the
	 * per-toy chi-square against the total covariance.
	 */
	public static ToyConfig.Builder config(final Model m, final String slice,
		final String target, final double center, final double halfwidth,
		final ToyOptions o)
	{
		if (slice.equals(target)) throw new ModelException(
			"target_channel must differ from slice_channel, got " + slice +
				" for both");
		final ChiSquare chi = new ChiSquare(Covariances.total(m), m.channels());
		return ToyConfig.builder().mean(m.expected()).sysCov(Covariances
			.systematic(m)).names(m.channels()).sliceChannel(m.indexOf(
				"slice_channel", slice)).targetChannel(m.indexOf("target_channel",
					target)).sliceCenter(center).sliceHalfwidth(halfwidth).toys(o.toys())
			.firstToy(o.firstToy()).seed(o.seed()).threads(o.threads()).negative(o
				.negative()).chi2(m.expected(), chi.inverse(), m.hasObserved() ? chi.chi2(
					m.expected(), m.observed()) : Double.NaN);
	}

	/**
	 * Throws the toys of {@code c}, after checking that its slice can be
	 * reached: beyond 20 standard deviations of the thrown count no toy will
	 * ever land (p &lt; 1e-88), which is an error before any toy. A slice no
	 * toy happened to reach is a result ({@code slice_count = 0}).
	 *
	 * @throws java.util.concurrent.CancellationException if progress cancels
	 */
	public static ToySummary run(final ToyConfig c, final ToyProgress progress,
		final ToySink sink)
	{
		final int k = c.sliceChannel();
		final double mean = c.mean()[k];
		final double sigma = Math.sqrt(c.sysCov()[k][k] + mean);
		if (c.sliceMaxCount() < mean - 20 * sigma || c.sliceMinCount() > mean +
			20 * sigma) throw new ModelException("slice_center: no toy can reach " +
				"the slice " + show(c.sliceMinCount() - 1) + " < " + c.names()[k] +
				" < " + show(c.sliceMaxCount() + 1) + ": " + c.names()[k] +
				" is thrown around " + show(Math.rint(mean)) + " +- " + show(Math.rint(
					sigma)));
		return new ToyEngine().run(c, progress == null ? ToyProgress.NONE
			: progress, sink);
	}

	private static String show(final double v) {
		return ModelException.show(v);
	}

	/**
	 * About {@code maxBins} bins of a whole number of counts each, edges at
	 * half-integers, over the values of every slice given (one set of edges
	 * for all, so no toy falls outside): integer counts in fractional bins
	 * (numpy's {@code hist(x, 20)}) give a jagged histogram.
	 */
	public static double[] integerEdges(final int maxBins,
		final ToySummary... slices)
	{
		int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
		for (final ToySummary s : slices) {
			final SortedMap<Integer, Long> v = s.sliceValues();
			if (v.isEmpty()) continue;
			lo = Math.min(lo, v.firstKey());
			hi = Math.max(hi, v.lastKey());
		}
		return integerEdges(maxBins, lo, hi);
	}

	/** As above, for whole values from {@code lo} to {@code hi}; one bin around 0 when lo > hi. */
	public static double[] integerEdges(final int maxBins, final int lo,
		final int hi)
	{
		if (lo > hi) return new double[] { -0.5, 0.5 }; // NB: every slice is empty
		final int width = Math.max(1, (int) Math.ceil((hi - lo + 1.0) / maxBins));
		final int bins = (int) Math.ceil((hi - lo + 1.0) / width);
		final double[] e = new double[bins + 1];
		for (int i = 0; i <= bins; i++)
			e[i] = lo - 0.5 + (double) i * width;
		return e;
	}
}
