package org.toycov.toys;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a toy run keeps: exact integer counters (sums and products of counts in
 * 128-bit, histogram counts in longs), so that summaries of any split of the toys
 * {@link #merge merge} to exactly the summary of the whole, in any order.
 * Derived numbers (means, variances) are computed from the counters on demand.
 */
public final class ToySummary {

	final int n;
	final String[] names;
	long toys;
	long negativeCount;
	final Int128[] sum;
	/** Products n_i n_j, index {@code i (i+1) / 2 + j} for {@code j <= i}. */
	final Int128[] prod;

	final int sliceChannel;
	final int targetChannel;
	final double sliceCenter;
	final double sliceHalfwidth;
	long sliceCount;
	final Int128 sliceSum = new Int128();
	final Int128 sliceSumSq = new Int128();
	/** Dense counts of n[target] in the slice, from {@code sliceBase}. */
	int sliceBase;
	long[] sliceValues = new long[0];

	final boolean full;
	final double[] xAxis; // {min, max, bins}: target
	final double[] yAxis; // slice
	final int xBins, yBins;
	/** Row-major {@code [ix * yBins + iy]}. */
	final long[] hist2d;
	long hist2dOutside;

	/** Per-toy chi-square computed (chi2 configured and full summaries). */
	final boolean hasChi2;
	/** Chi-square configured: its mean follows from the moments even without per-toy work. */
	final boolean chi2Configured;
	final double[] chi2Expected;
	final double[][] chi2Weight;
	final double chi2Observed;
	final double chi2Max;
	final int chi2Bins;
	final long[] chi2Counts;
	long chi2Underflow, chi2Overflow, chi2AtLeast;

	/** An empty summary with the layout of {@code c}. */
	ToySummary(final ToyConfig c) {
		n = c.channels();
		names = c.names();
		sum = new Int128[n];
		for (int i = 0; i < n; i++) sum[i] = new Int128();
		prod = new Int128[n * (n + 1) / 2];
		for (int i = 0; i < prod.length; i++) prod[i] = new Int128();
		sliceChannel = c.sliceChannel();
		targetChannel = c.targetChannel();
		sliceCenter = c.sliceCenter();
		sliceHalfwidth = c.sliceHalfwidth();
		full = c.fullSummaries();
		xAxis = c.hist2dTarget();
		yAxis = c.hist2dSlice();
		xBins = (int) xAxis[2];
		yBins = (int) yAxis[2];
		hist2d = full ? new long[xBins * yBins] : null;
		hasChi2 = full && c.hasChi2();
		chi2Configured = c.hasChi2();
		chi2Expected = c.chi2Expected();
		chi2Weight = c.chi2Weight();
		chi2Observed = c.chi2Observed();
		chi2Max = c.chi2HistMax();
		chi2Bins = c.chi2HistBins();
		chi2Counts = hasChi2 ? new long[chi2Bins] : null;
	}

	private ToySummary(final ToySummary s) {
		n = s.n;
		names = s.names;
		toys = s.toys;
		negativeCount = s.negativeCount;
		sum = new Int128[n];
		for (int i = 0; i < n; i++) sum[i] = s.sum[i].copy();
		prod = new Int128[s.prod.length];
		for (int i = 0; i < prod.length; i++) prod[i] = s.prod[i].copy();
		sliceChannel = s.sliceChannel;
		targetChannel = s.targetChannel;
		sliceCenter = s.sliceCenter;
		sliceHalfwidth = s.sliceHalfwidth;
		sliceCount = s.sliceCount;
		sliceSum.add(s.sliceSum);
		sliceSumSq.add(s.sliceSumSq);
		sliceBase = s.sliceBase;
		sliceValues = s.sliceValues.clone();
		full = s.full;
		xAxis = s.xAxis;
		yAxis = s.yAxis;
		xBins = s.xBins;
		yBins = s.yBins;
		hist2d = s.hist2d == null ? null : s.hist2d.clone();
		hist2dOutside = s.hist2dOutside;
		hasChi2 = s.hasChi2;
		chi2Configured = s.chi2Configured;
		chi2Expected = s.chi2Expected;
		chi2Weight = s.chi2Weight;
		chi2Observed = s.chi2Observed;
		chi2Max = s.chi2Max;
		chi2Bins = s.chi2Bins;
		chi2Counts = s.chi2Counts == null ? null : s.chi2Counts.clone();
		chi2Underflow = s.chi2Underflow;
		chi2Overflow = s.chi2Overflow;
		chi2AtLeast = s.chi2AtLeast;
	}

	/** Counts one slice toy's n[target] (called by the engine, per thread). */
	void addSliceValue(final int v) {
		int i = v - sliceBase;
		if (i < 0 || i >= sliceValues.length) {
			growSlice(v);
			i = v - sliceBase;
		}
		sliceValues[i]++;
	}

	private void growSlice(final int v) {
		if (sliceValues.length == 0) {
			sliceBase = v - 64;
			sliceValues = new long[128];
			return;
		}
		final int lo = Math.min(sliceBase, v - 64);
		final int hi = Math.max(sliceBase + sliceValues.length, v + 64);
		final long[] grown = new long[hi - lo];
		System.arraycopy(sliceValues, 0, grown, sliceBase - lo, sliceValues.length);
		sliceBase = lo;
		sliceValues = grown;
	}

	/**
	 * The summary of both runs' toys (a new object; neither is changed). Exact: the
	 * result does not depend on how toys were split or in which order merged.
	 */
	public ToySummary merge(final ToySummary o) {
		if (o.n != n || o.sliceChannel != sliceChannel || o.targetChannel != targetChannel ||
			Double.compare(o.sliceCenter, sliceCenter) != 0 || Double.compare(o.sliceHalfwidth, sliceHalfwidth) != 0 ||
			o.full != full || !Arrays.equals(o.xAxis, xAxis) || !Arrays.equals(o.yAxis, yAxis) || o.hasChi2 != hasChi2 ||
			o.chi2Configured != chi2Configured || (chi2Configured && (!Arrays.equals(o.chi2Expected, chi2Expected) || !Arrays.deepEquals(o.chi2Weight, chi2Weight) ||
				Double.compare(o.chi2Observed, chi2Observed) != 0 || o.chi2Max != chi2Max || o.chi2Bins != chi2Bins))) {
			throw new IllegalArgumentException("cannot merge toy summaries of different configurations (channels, slice, histograms or chi2)");
		}
		final ToySummary r = new ToySummary(this);
		r.toys += o.toys;
		r.negativeCount += o.negativeCount;
		for (int i = 0; i < n; i++) r.sum[i].add(o.sum[i]);
		for (int i = 0; i < prod.length; i++) r.prod[i].add(o.prod[i]);
		r.sliceCount += o.sliceCount;
		r.sliceSum.add(o.sliceSum);
		r.sliceSumSq.add(o.sliceSumSq);
		if (o.sliceValues.length > 0) {
			for (int i = 0; i < o.sliceValues.length; i++) {
				final long c = o.sliceValues[i];
				if (c != 0) {
					r.addSliceValue(o.sliceBase + i);
					r.sliceValues[o.sliceBase + i - r.sliceBase] += c - 1;
				}
			}
		}
		if (hist2d != null) for (int i = 0; i < hist2d.length; i++) r.hist2d[i] += o.hist2d[i];
		r.hist2dOutside += o.hist2dOutside;
		if (chi2Counts != null) for (int i = 0; i < chi2Counts.length; i++) r.chi2Counts[i] += o.chi2Counts[i];
		r.chi2Underflow += o.chi2Underflow;
		r.chi2Overflow += o.chi2Overflow;
		r.chi2AtLeast += o.chi2AtLeast;
		return r;
	}

	/** Number of toys summarised. */
	public long toys() { return toys; }

	/** Toys whose Gaussian throw had a negative component (whatever the negative policy did with it). */
	public long negativeCount() { return negativeCount; }

	public int channels() { return n; }
	public String[] names() { return names.clone(); }

	/**
	 * Whether channel {@code i} was drawn for every toy: always the slice channel; the others
	 * only with full summaries (without, they are drawn just for toys in the slice).
	 */
	/**
	 * Channels up to which the covariance between channels is kept; past it
	 * only the variances are, so a toy costs O(n), not O(n^2), to summarise.
	 */
	public static final int CROSS_MOMENTS_MAX = 16;

	/** Whether a run over {@code channels} keeps the covariance between channels. */
	public static boolean hasCrossMoments(final int channels) {
		return channels <= CROSS_MOMENTS_MAX;
	}

	public boolean hasMoments(final int i) {
		return full || i == sliceChannel;
	}

	/** Per-channel mean of the thrown counts (NaN for a channel without {@link #hasMoments moments}). */
	public double[] mean() {
		final double[] m = new double[n];
		for (int i = 0; i < n; i++) m[i] = hasMoments(i) ? ratio(sum[i].toBigInteger(), BigInteger.valueOf(toys)) : Double.NaN;
		return m;
	}

	/**
	 * Sample covariance (ddof = 1, as numpy's {@code cov}) of the thrown counts; NaN below 2 toys
	 * and for channels without {@link #hasMoments moments}.
	 */
	public double[][] covariance() {
		final double[][] c = new double[n][n];
		final BigInteger t = BigInteger.valueOf(toys);
		final BigInteger den = t.multiply(t.subtract(BigInteger.ONE));
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				// NB: T S_ij - S_i S_j is exact in integers, so no cancellation.
				final BigInteger num = t.multiply(prod[i * (i + 1) / 2 + j].toBigInteger())
					.subtract(sum[i].toBigInteger().multiply(sum[j].toBigInteger()));
				c[i][j] = c[j][i] = toys < 2 || !hasMoments(i) || !hasMoments(j) || i != j && !hasCrossMoments(n)
					? Double.NaN : ratio(num, den);
			}
		}
		return c;
	}

	/** Toys in the slice. */
	public long sliceCount() { return sliceCount; }

	/** Mean of n[target] in the slice; NaN if empty. */
	public double sliceMean() {
		return sliceCount == 0 ? Double.NaN : ratio(sliceSum.toBigInteger(), BigInteger.valueOf(sliceCount));
	}

	/** Sample variance (ddof = 1, as pandas {@code .var()}) of n[target] in the slice; NaN below 2 toys. */
	public double sliceVariance() {
		if (sliceCount < 2) return Double.NaN;
		final BigInteger k = BigInteger.valueOf(sliceCount);
		final BigInteger s = sliceSum.toBigInteger();
		final BigInteger num = k.multiply(sliceSumSq.toBigInteger()).subtract(s.multiply(s));
		return ratio(num, k.multiply(k.subtract(BigInteger.ONE)));
	}

	/** Value of n[target] -> number of slice toys with that value, ascending. */
	public SortedMap<Integer, Long> sliceValues() {
		final TreeMap<Integer, Long> m = new TreeMap<>();
		for (int i = 0; i < sliceValues.length; i++) if (sliceValues[i] != 0) m.put(sliceBase + i, sliceValues[i]);
		return Collections.unmodifiableSortedMap(m);
	}

	/**
	 * {@code bins} equal bins from the smallest to the largest slice value, as numpy's
	 * {@code histogram(x, bins)} chooses them (and matplotlib's {@code hist(x, 20)}).
	 */
	public double[] sliceAutoEdges(final int bins) {
		if (bins < 1) throw new IllegalArgumentException("bins must be a whole number >= 1, got " + bins);
		final SortedMap<Integer, Long> v = sliceValues();
		double lo = v.isEmpty() ? 0 : v.firstKey(), hi = v.isEmpty() ? 1 : v.lastKey();
		if (lo == hi) { lo -= 0.5; hi += 0.5; }
		final double[] e = new double[bins + 1];
		// NB: numpy's linspace: lo + i * step, with the last edge exactly hi.
		final double step = (hi - lo) / bins;
		for (int i = 0; i <= bins; i++) e[i] = lo + i * step;
		e[bins] = hi;
		return e;
	}

	/** Slice values binned over {@code edges} (numpy semantics, last bin closed), with density via {@link Histogram1D#density()}. */
	public Histogram1D sliceHistogram(final double[] edges) {
		for (int i = 1; i < edges.length; i++) {
			if (!(edges[i] > edges[i - 1])) throw new IllegalArgumentException("edges must increase, got " + Arrays.toString(edges));
		}
		final long[] c = new long[edges.length - 1];
		long under = 0, over = 0;
		for (int i = 0; i < sliceValues.length; i++) {
			final long cnt = sliceValues[i];
			if (cnt == 0) continue;
			final double x = sliceBase + i;
			if (x < edges[0]) under += cnt;
			else if (x > edges[edges.length - 1]) over += cnt;
			else {
				int b = Arrays.binarySearch(edges, x);
				if (b >= 0) b = Math.min(b, c.length - 1);
				else b = -b - 2;
				c[b] += cnt;
			}
		}
		return new Histogram1D(edges, c, under, over);
	}

	/** Whether the 2D and chi-square histograms were filled ({@link ToyConfig#fullSummaries()}). */
	public boolean hasFullSummaries() { return full; }

	/** 2D histogram of (n[target], n[slice]); null without full summaries. */
	public Histogram2D histogram2D() {
		if (hist2d == null) return null;
		final long[][] c = new long[xBins][yBins];
		for (int i = 0; i < xBins; i++) System.arraycopy(hist2d, i * yBins, c[i], 0, yBins);
		return new Histogram2D(edges(xAxis), edges(yAxis), c, hist2dOutside);
	}

	static double[] edges(final double[] axis) {
		final int bins = (int) axis[2];
		final double[] e = new double[bins + 1];
		for (int i = 0; i <= bins; i++) e[i] = axis[0] + (axis[1] - axis[0]) * i / bins;
		return e;
	}

	/** Whether the per-toy chi-square was computed. */
	public boolean hasChi2() { return hasChi2; }

	/** Histogram of the per-toy chi-square on [0, chi2HistMax); null without chi2. */
	public Histogram1D chi2Histogram() {
		if (!hasChi2) return null;
		return new Histogram1D(edges(new double[] { 0, chi2Max, chi2Bins }), chi2Counts, chi2Underflow, chi2Overflow);
	}

	/**
	 * Mean per-toy chi-square, from the exact moments: mean(chi2) = sum_ij W_ij
	 * (Cov_ij + (m_i - e_i)(m_j - e_j)), Cov with ddof = 0; so available whenever a chi2 is
	 * configured and all channels have moments (full summaries). NaN otherwise.
	 */
	public double chi2Mean() {
		if (!chi2Configured || !full || toys == 0) return Double.NaN;
		final double[] m = mean();
		final double[][] cov = covariance();
		final double f = toys < 2 ? 0 : (toys - 1) / (double) toys;
		double s = 0;
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				final double cb = toys < 2 ? 0 : cov[i][j] * f;
				s += chi2Weight[i][j] * (cb + (m[i] - chi2Expected[i]) * (m[j] - chi2Expected[j]));
			}
		}
		return s;
	}

	/** Toys with chi2 >= the observed chi2. */
	public long chi2AtLeastObserved() { return chi2AtLeast; }

	/** Fraction of toys with chi2 >= observed; NaN without chi2 or observed value. */
	public double toyPValue() {
		if (!hasChi2 || Double.isNaN(chi2Observed) || toys == 0) return Double.NaN;
		return chi2AtLeast / (double) toys;
	}

	/** Binomial standard error sqrt(p (1 - p) / toys) of {@link #toyPValue()}. */
	public double toyPValueError() {
		final double p = toyPValue();
		return Math.sqrt(p * (1 - p) / toys);
	}

	private static double ratio(final BigInteger num, final BigInteger den) {
		return new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den), java.math.MathContext.DECIMAL64)
			.doubleValue();
	}

	/** Exact equality of all counters (for tests of reproducibility). */
	@Override
	public boolean equals(final Object obj) {
		if (!(obj instanceof ToySummary)) return false;
		final ToySummary o = (ToySummary) obj;
		return toys == o.toys && negativeCount == o.negativeCount && Arrays.equals(sum, o.sum) &&
			Arrays.equals(prod, o.prod) && sliceCount == o.sliceCount && sliceSum.equals(o.sliceSum) &&
			sliceSumSq.equals(o.sliceSumSq) && sliceValues().equals(o.sliceValues()) &&
			Arrays.equals(hist2d, o.hist2d) && hist2dOutside == o.hist2dOutside &&
			Arrays.equals(chi2Counts, o.chi2Counts) && chi2Underflow == o.chi2Underflow &&
			chi2Overflow == o.chi2Overflow && chi2AtLeast == o.chi2AtLeast;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(toys) * 31 + Long.hashCode(sliceCount);
	}

	@Override
	public String toString() {
		return "ToySummary[toys=" + toys + ", negative=" + negativeCount + ", mean=" + Arrays.toString(mean()) +
			", slice n=" + sliceCount + " mean=" + sliceMean() + " var=" + sliceVariance() + "]";
	}
}
