package org.toycov.commands;

import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.scijava.app.StatusService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.model.ModelException;
import org.toycov.outputs.charts.CountGrid;
import org.toycov.outputs.charts.StepHistogram;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.NegativePolicy;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySummary;

/**
 * Inputs the pseudo-experiment commands share (how many toys, the seed, the
 * threads, what to do with a negative thrown mean), and their progress: shown
 * through the {@link StatusService} (Fiji's status bar, {@code bin/toycov}'s
 * stderr) and cancelable.
 */
public abstract class ToyCommand extends ModelCommand {

	@Parameter(required = false)
	protected StatusService status;

	@Parameter(label = "Number of toys", min = "1", persist = false,
		description = "toys: number of pseudo-experiments per scenario (the seed throws 1e8).")
	protected long toys = 100_000_000L;

	@Parameter(label = "Random seed", min = "0", persist = false,
		description = "seed: the same seed gives bit-identical results whatever the number of threads.")
	protected long seed = 1;

	@Parameter(label = "Threads (0 = all cores)", min = "0", max = "1024",
		persist = false,
		description = "threads: worker threads; 0 uses every core.")
	protected int threads = 0;

	@Parameter(label = "Negative thrown mean", persist = false, choices = {
		"truncate", "redraw", "error" },
		description = "negative: a Gaussian throw below 0 is set to 0 (truncate, as SBNfit does), thrown again (redraw), or an error (error, numpy's behaviour).")
	protected String negative = "truncate";

	/** The options every toy run shares, set on a model's configuration. */
	protected ToyConfig.Builder options(final ToyConfig.Builder b) {
		return b.toys(toys).seed(seed).threads(threads == 0 ? Runtime.getRuntime()
			.availableProcessors() : threads).negative(NegativePolicy.valueOf(negative
				.toUpperCase(Locale.ROOT)));
	}

	/** The mean of the slice, or nothing for an empty slice. */
	protected static Double mean(final ToySummary s) {
		return s.sliceCount() > 0 ? s.sliceMean() : null;
	}

	/** The sample variance of the slice, or nothing below two toys. */
	protected static Double variance(final ToySummary s) {
		return s.sliceCount() > 1 ? s.sliceVariance() : null;
	}

	/** The standard error of the slice mean, or nothing below two toys. */
	protected static Double meanError(final ToySummary s) {
		return s.sliceCount() > 1 ? Math.sqrt(s.sliceVariance() / s.sliceCount())
			: null;
	}

	/** Throws the toys with progress under {@code label}; null if canceled. */
	protected ToySummary run(final ToyConfig c, final String label,
		final java.io.File saveToys)
	{
		final int k = c.sliceChannel();
		final double mean = c.mean()[k];
		final double sigma = Math.sqrt(c.sysCov()[k][k] + mean);
		final String slice = ModelException.show(c.sliceMinCount() - 1) + " < " + c
			.names()[k] + " < " + ModelException.show(c.sliceMaxCount() + 1);
		// NB: beyond 20 sigma no toy will ever land (p < 1e-88): say so before throwing
		if (c.sliceMaxCount() < mean - 20 * sigma || c.sliceMinCount() > mean +
			20 * sigma) throw new ModelException("slice_center: no toy can reach " +
				"the slice " + slice + ": " + c.names()[k] + " is thrown around " +
				ModelException.show(Math.rint(mean)) + " +- " + ModelException.show(Math
					.rint(sigma)));
		// NB: a slice no toy happened to reach is a result (slice_count = 0, no
		// mean), and its chart says so
		return throwToys(c, label, saveToys);
	}

	private ToySummary throwToys(final ToyConfig c, final String label,
		final java.io.File saveToys)
	{
		final Plugin plugin = getClass().getAnnotation(Plugin.class);
		final String title = (plugin == null ? "toys" : plugin.label()) + (label
			.isEmpty() ? "" : " (" + label + ")");
		final ToyProgress progress = new ToyProgress() {

			@Override
			public void progress(final long done, final long total) {
				if (status == null) return;
				status.showStatus((int) (1000.0 * done / total), 1000, title + ": " +
					done + " of " + total + " toys");
			}

			@Override
			public boolean isCanceled() {
				return ToyCommand.this.isCanceled() || Thread.currentThread()
					.isInterrupted();
			}
		};
		try {
			final ToySummary s = toycov.throwToys(c, progress, saveToys);
			if (status != null) status.clearStatus();
			return s;
		}
		catch (final CancellationException exc) {
			if (status != null) {
				status.showProgress(1, 1); // NB: a full bar is a hidden bar in ImageJ
				status.clearStatus();
			}
			if (!isCanceled()) cancel("canceled");
			return null;
		}
	}

	/** A toy histogram as a chart's step histogram. */
	protected static StepHistogram step(final String label,
		final String colourKey, final org.toycov.toys.Histogram1D h)
	{
		return new StepHistogram(label, colourKey, h.edges(), h.counts());
	}

	/** A toy 2D histogram as a chart's count grid. */
	protected static CountGrid grid(final org.toycov.toys.Histogram2D h) {
		return new CountGrid(h.xEdges(), h.yEdges(), h.counts());
	}

	/**
	 * About {@code maxBins} bins of a whole number of counts each, edges at
	 * half-integers, over the values of every slice given (one set of edges
	 * for all, so no toy falls outside): integer counts in fractional bins
	 * (numpy's {@code hist(x, 20)}) give a jagged histogram.
	 */
	protected static double[] integerEdges(final int maxBins,
		final ToySummary... slices)
	{
		int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
		for (final ToySummary s : slices) {
			final java.util.SortedMap<Integer, Long> v = s.sliceValues();
			if (v.isEmpty()) continue;
			lo = Math.min(lo, v.firstKey());
			hi = Math.max(hi, v.lastKey());
		}
		if (lo > hi) return new double[] { -0.5, 0.5 }; // NB: every slice is empty
		final int width = Math.max(1, (int) Math.ceil((hi - lo + 1.0) / maxBins));
		final int bins = (int) Math.ceil((hi - lo + 1.0) / width);
		final double[] e = new double[bins + 1];
		for (int i = 0; i <= bins; i++)
			e[i] = lo - 0.5 + (double) i * width;
		return e;
	}
}
