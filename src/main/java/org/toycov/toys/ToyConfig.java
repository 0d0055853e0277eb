package org.toycov.toys;

import java.util.Arrays;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.toycov.model.ModelException;
import org.toycov.stats.SemidefiniteCholesky;

/**
 * An immutable description of a toy run: expected counts and their systematic
 * covariance (the Gaussian throw), which toys to throw and how, the slice
 * ({@code slice_center - h < n[slice] < slice_center + h}, summarising
 * {@code n[target]}), the optional per-toy chi-square and the histogram layouts.
 * Built with {@link #builder()}; {@link Builder#build()} validates and throws an
 * {@link IllegalArgumentException} with a one-line message naming the key.
 */
public final class ToyConfig {

	/** Runs of at most this many toys have full summaries by default; larger runs the slice study only. */
	public static final long FULL_SUMMARIES_DEFAULT_MAX_TOYS = 10_000_000L;
	/** Largest expected count: thrown counts must fit an int. */
	public static final double MAX_MEAN = 1e9;

	private final double[] mean;
	private final double[][] sysCov;
	private final double[][] cholesky;
	private final String[] names;
	private final long seed;
	private final long firstToy;
	private final long toys;
	private final int threads;
	private final NegativePolicy negative;
	private final int sliceChannel;
	private final double sliceCenter;
	private final double sliceHalfwidth;
	private final int targetChannel;
	private final double[] chi2Expected;
	private final double[][] chi2Weight;
	private final double chi2Observed;
	private final boolean fullSummaries;
	private final double[] hist2dTarget; // {min, max, bins}
	private final double[] hist2dSlice;
	private final double chi2HistMax;
	private final int chi2HistBins;

	private ToyConfig(final Builder b) {
		if (b.mean == null || b.mean.length == 0) throw new IllegalArgumentException("mean must hold at least one expected count, got none");
		final int n = b.mean.length;
		mean = b.mean.clone();
		names = b.names != null ? b.names.clone() : defaultNames(n);
		if (names.length != n) throw new IllegalArgumentException("names must name " + n + " channels, got " + names.length);
		for (int i = 0; i < n; i++) {
			if (!(mean[i] >= 0 && mean[i] <= MAX_MEAN)) {
				throw new IllegalArgumentException("mean must be expected counts in [0, " + MAX_MEAN + "], got " + mean[i] +
					" for channel " + names[i]);
			}
		}
		if (b.sysCov == null) throw new IllegalArgumentException("sys_cov must be a " + n + "x" + n + " matrix, got none");
		if (b.sysCov.length != n) {
			throw new IllegalArgumentException("sys_cov must be a " + n + "x" + n + " matrix, got " + b.sysCov.length + " rows");
		}
		sysCov = new double[n][];
		for (int i = 0; i < n; i++) {
			if (b.sysCov[i] == null || b.sysCov[i].length != n) {
				throw new IllegalArgumentException("sys_cov must be a " + n + "x" + n + " matrix, got row " + i + " of length " +
					(b.sysCov[i] == null ? 0 : b.sysCov[i].length));
			}
			sysCov[i] = b.sysCov[i].clone();
		}
		cholesky = SemidefiniteCholesky.factor(sysCov, names, "systematic covariance");
		seed = b.seed;
		checkToyRange(b.firstToy, b.toys);
		toys = b.toys;
		firstToy = b.firstToy;
		if (b.threads < 1 || b.threads > 1024) {
			throw new IllegalArgumentException("threads must be a whole number in [1, 1024], got " + b.threads);
		}
		threads = b.threads;
		if (b.negative == null) throw new IllegalArgumentException("negative must be one of " + Arrays.toString(NegativePolicy.values()) + ", got null");
		negative = b.negative;

		sliceChannel = b.sliceChannel != null ? b.sliceChannel : n - 1;
		targetChannel = b.targetChannel != null ? b.targetChannel : 0;
		if (sliceChannel < 0 || sliceChannel >= n) {
			throw new IllegalArgumentException("slice_channel must be a channel index in [0, " + (n - 1) + "], got " + sliceChannel);
		}
		if (targetChannel < 0 || targetChannel >= n) {
			throw new IllegalArgumentException("target_channel must be a channel index in [0, " + (n - 1) + "], got " + targetChannel);
		}
		if (!(b.sliceHalfwidth > 0) || Double.isInfinite(b.sliceHalfwidth)) {
			throw new IllegalArgumentException("slice_halfwidth must be a finite number > 0, got " + ModelException.show(b.sliceHalfwidth));
		}
		sliceHalfwidth = b.sliceHalfwidth;
		// NB: no study's numbers here: by default the slice sits on the slice channel's expected count.
		sliceCenter = b.sliceCenter != null ? b.sliceCenter : mean[sliceChannel];
		if (!Double.isFinite(sliceCenter) || sliceMaxCount() < sliceMinCount() || sliceMaxCount() < 0) {
			throw new IllegalArgumentException("slice_center must leave a count >= 0 strictly inside (slice_center - slice_halfwidth, " +
				"slice_center + slice_halfwidth), got " + ModelException.show(sliceCenter) + " with slice_halfwidth " + ModelException.show(sliceHalfwidth));
		}

		if (b.chi2Weight != null) {
			chi2Expected = b.chi2Expected != null ? b.chi2Expected.clone() : mean.clone();
			if (chi2Expected.length != n) {
				throw new IllegalArgumentException("chi2_expected must hold " + n + " counts, got " + chi2Expected.length);
			}
			for (final double e : chi2Expected) {
				if (!Double.isFinite(e)) throw new IllegalArgumentException("chi2_expected must be finite, got " + e);
			}
			if (b.chi2Weight.length != n) {
				throw new IllegalArgumentException("chi2_weight must be a " + n + "x" + n + " matrix, got " + b.chi2Weight.length + " rows");
			}
			chi2Weight = new double[n][];
			for (int i = 0; i < n; i++) {
				if (b.chi2Weight[i] == null || b.chi2Weight[i].length != n) {
					throw new IllegalArgumentException("chi2_weight must be a " + n + "x" + n + " matrix, got a row of another length");
				}
				for (final double w : b.chi2Weight[i]) {
					if (!Double.isFinite(w)) throw new IllegalArgumentException("chi2_weight must be finite, got " + w);
				}
				chi2Weight[i] = b.chi2Weight[i].clone();
			}
			if (Double.isInfinite(b.chi2Observed)) {
				throw new IllegalArgumentException("chi2_observed must be a finite number (or unset), got " + b.chi2Observed);
			}
			chi2Observed = b.chi2Observed;
		}
		else {
			if (b.chi2Expected != null) throw new IllegalArgumentException("chi2_expected needs chi2_weight, got none");
			chi2Expected = null;
			chi2Weight = null;
			chi2Observed = Double.NaN;
		}

		fullSummaries = b.fullSummaries != null ? b.fullSummaries : toys <= FULL_SUMMARIES_DEFAULT_MAX_TOYS;
		hist2dTarget = b.hist2dTarget != null ? checkAxis("hist2d_target", b.hist2dTarget) : defaultAxis(targetChannel);
		hist2dSlice = b.hist2dSlice != null ? checkAxis("hist2d_slice", b.hist2dSlice) : defaultAxis(sliceChannel);
		if (b.chi2HistBins != null) {
			if (!(b.chi2HistMax > 0) || Double.isInfinite(b.chi2HistMax)) {
				throw new IllegalArgumentException("chi2_hist_max must be a finite number > 0, got " + b.chi2HistMax);
			}
			if (b.chi2HistBins < 1 || b.chi2HistBins > 1_000_000) {
				throw new IllegalArgumentException("chi2_hist_bins must be a whole number in [1, 1000000], got " + b.chi2HistBins);
			}
			chi2HistMax = b.chi2HistMax;
			chi2HistBins = b.chi2HistBins;
		}
		else {
			// NB: a chi-square with n degrees of freedom exceeds this once in 1e9 toys.
			chi2HistMax = Math.ceil(new ChiSquaredDistribution(null, n).inverseCumulativeProbability(1 - 1e-9));
			chi2HistBins = 200;
		}
	}

	/** Channel indices "0", "1", ...: a generic run has no channel names of its own. */
	private static String[] defaultNames(final int n) {
		final String[] s = new String[n];
		for (int i = 0; i < n; i++) s[i] = Integer.toString(i);
		return s;
	}

	private static double[] checkAxis(final String key, final double[] a) {
		if (a.length != 3 || !Double.isFinite(a[0]) || !Double.isFinite(a[1]) || !(a[1] > a[0]) || a[2] < 1 || a[2] > 100_000 ||
			a[2] != Math.rint(a[2])) {
			throw new IllegalArgumentException(key + " must be min < max and 1..100000 bins, got " + Arrays.toString(a));
		}
		return a.clone();
	}

	/** Mean +- 5 sigma of the total spread, integer-aligned bins (edges at half-integers), about 100 bins. */
	private double[] defaultAxis(final int c) {
		final double sigma = Math.sqrt(sysCov[c][c] + mean[c]);
		final double width = Math.max(1, Math.ceil(10 * sigma / 100));
		final double lo = Math.max(-0.5, Math.rint(mean[c] - 5 * sigma) - 0.5);
		final double bins = Math.max(1, Math.ceil((mean[c] + 5 * sigma - lo) / width));
		return new double[] { lo, lo + bins * width, bins };
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder preset with this configuration's values. */
	public Builder toBuilder() {
		final Builder b = new Builder().mean(mean).sysCov(sysCov).names(names).seed(seed).firstToy(firstToy).toys(toys)
			.threads(threads).negative(negative).sliceChannel(sliceChannel).sliceCenter(sliceCenter)
			.sliceHalfwidth(sliceHalfwidth).targetChannel(targetChannel).fullSummaries(fullSummaries)
			.hist2dTarget(hist2dTarget[0], hist2dTarget[1], (int) hist2dTarget[2])
			.hist2dSlice(hist2dSlice[0], hist2dSlice[1], (int) hist2dSlice[2]).chi2Histogram(chi2HistMax, chi2HistBins);
		if (chi2Weight != null) b.chi2(chi2Expected, chi2Weight, chi2Observed);
		return b;
	}

	public int channels() { return mean.length; }
	public double[] mean() { return mean.clone(); }
	public double[][] sysCov() { return deepClone(sysCov); }
	/** Lower-triangular L with L L^T = sysCov (semi-definite Cholesky). */
	public double[][] cholesky() { return deepClone(cholesky); }
	public String[] names() { return names.clone(); }
	public long seed() { return seed; }
	public long firstToy() { return firstToy; }
	public long toys() { return toys; }
	public int threads() { return threads; }
	public NegativePolicy negative() { return negative; }
	public int sliceChannel() { return sliceChannel; }
	public double sliceCenter() { return sliceCenter; }
	public double sliceHalfwidth() { return sliceHalfwidth; }
	public int targetChannel() { return targetChannel; }
	/** Smallest count strictly above {@code sliceCenter - sliceHalfwidth}. */
	public long sliceMinCount() { return (long) Math.floor(sliceCenter - sliceHalfwidth) + 1; }
	/** Largest count strictly below {@code sliceCenter + sliceHalfwidth}. */
	public long sliceMaxCount() { return (long) Math.ceil(sliceCenter + sliceHalfwidth) - 1; }
	public boolean hasChi2() { return chi2Weight != null; }
	public double[] chi2Expected() { return chi2Expected == null ? null : chi2Expected.clone(); }
	public double[][] chi2Weight() { return chi2Weight == null ? null : deepClone(chi2Weight); }
	/** The observed chi-square for the toy p-value, NaN if none. */
	public double chi2Observed() { return chi2Observed; }
	/**
	 * Full summaries: every toy draws every channel and fills the moments of all channels, the
	 * 2D histogram and (if configured) the chi-square summaries. Without: the slice study only
	 * (slice channel moments, slice statistics), and channels other than the slice channel are
	 * drawn only for toys in the slice; a toy's counts are the same either way.
	 */
	public boolean fullSummaries() { return fullSummaries; }
	/** {min, max, bins} of the 2D histogram's target (x) axis. */
	public double[] hist2dTarget() { return hist2dTarget.clone(); }
	/** {min, max, bins} of the 2D histogram's slice (y) axis. */
	public double[] hist2dSlice() { return hist2dSlice.clone(); }
	public double chi2HistMax() { return chi2HistMax; }
	public int chi2HistBins() { return chi2HistBins; }

	private static double[][] deepClone(final double[][] m) {
		final double[][] c = new double[m.length][];
		for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
		return c;
	}

	/** Fluent builder; every setter returns {@code this}. */
	public static final class Builder {

		private double[] mean;
		private double[][] sysCov;
		private String[] names;
		private long seed = 1;
		private long firstToy = 0;
		private long toys = 0;
		private int threads = Runtime.getRuntime().availableProcessors();
		private NegativePolicy negative = NegativePolicy.TRUNCATE;
		private Integer sliceChannel;
		private Double sliceCenter;
		private double sliceHalfwidth = 10;
		private Integer targetChannel;
		private double[] chi2Expected;
		private double[][] chi2Weight;
		private double chi2Observed = Double.NaN;
		private Boolean fullSummaries;
		private double[] hist2dTarget;
		private double[] hist2dSlice;
		private double chi2HistMax;
		private Integer chi2HistBins;

		private Builder() {}

		public Builder mean(final double... m) { mean = m == null ? null : m.clone(); return this; }
		public Builder sysCov(final double[][] c) { sysCov = c; return this; }
		/** Channel names for messages (default: the channel indices "0", "1", ...). */
		public Builder names(final String... n) { names = n == null ? null : n.clone(); return this; }
		public Builder seed(final long s) { seed = s; return this; }
		public Builder firstToy(final long f) { firstToy = f; return this; }
		public Builder toys(final long t) { toys = t; return this; }
		public Builder threads(final int t) { threads = t; return this; }
		public Builder negative(final NegativePolicy p) { negative = p; return this; }
		/** Channel whose count defines the slice (default: the last channel). */
		public Builder sliceChannel(final int c) { sliceChannel = c; return this; }
		/** Center of the slice (default: the slice channel's expected count). */
		public Builder sliceCenter(final double c) { sliceCenter = c; return this; }
		public Builder sliceHalfwidth(final double h) { sliceHalfwidth = h; return this; }
		/** Channel summarised in the slice (default: channel 0). */
		public Builder targetChannel(final int c) { targetChannel = c; return this; }
		/** Per-toy chi2 = (n-e)^T W (n-e), W the inverse of the TOTAL covariance; observed NaN for no p-value. */
		public Builder chi2(final double[] expected, final double[][] weight, final double observed) {
			chi2Expected = expected == null ? null : expected.clone();
			chi2Weight = weight;
			chi2Observed = observed;
			return this;
		}
		public Builder chi2Observed(final double o) { chi2Observed = o; return this; }
		/** See {@link ToyConfig#fullSummaries()}; default: on up to 1e7 toys. */
		public Builder fullSummaries(final boolean f) { fullSummaries = f; return this; }
		public Builder hist2dTarget(final double min, final double max, final int bins) { hist2dTarget = new double[] { min, max, bins }; return this; }
		public Builder hist2dSlice(final double min, final double max, final int bins) { hist2dSlice = new double[] { min, max, bins }; return this; }
		public Builder chi2Histogram(final double max, final int bins) { chi2HistMax = max; chi2HistBins = bins; return this; }

		public ToyConfig build() {
			return new ToyConfig(this);
		}
	}

	/**
	 * Checks the toys {@code first_toy .. first_toy + toys - 1} of a run or shard (also
	 * for the signal fit's toys).
	 *
	 * @throws IllegalArgumentException one line naming {@code toys} or {@code first_toy}
	 */
	public static void checkToyRange(final long firstToy, final long toys) {
		if (toys <= 0) throw new IllegalArgumentException("toys must be a whole number > 0, got " + toys);
		if (firstToy < 0) throw new IllegalArgumentException("first_toy must be a whole number >= 0, got " + firstToy);
		if (firstToy > TOY_END_MAX - toys) {
			throw new IllegalArgumentException("first_toy + toys must be at most " + TOY_END_MAX + " (2^62, the index after the last toy), got first_toy=" +
				firstToy + " and toys=" + toys);
		}
	}

	/**
	 * The largest {@code first_toy + toys}: 2^62, so that a block's or chunk's end past the last toy
	 * ({@code (block + 1) * 65536}) never overflows a long (near 2^63 it did: toys were lost unseen).
	 */
	public static final long TOY_END_MAX = 1L << 62;
}
