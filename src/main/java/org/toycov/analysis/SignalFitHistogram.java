package org.toycov.analysis;

import java.util.Arrays;

/**
 * Counts of a toy statistic in fixed-width bins over {@code [lo, hi)} with under-
 * and overflow: memory independent of the number of toys, merged exactly (integer
 * sums, so in any order), quantiles by linear interpolation inside a bin (so to
 * within one bin width). A finished histogram may be {@link #trimmed()}: its counts
 * end at the last filled bin (the bins after it hold 0).
 */
final class SignalFitHistogram {

	final double lo, width;
	/** The number of bins over {@code [lo, hi)}; {@link #counts} may be shorter (trimmed). */
	final int bins;
	long[] counts;
	long under, over;

	SignalFitHistogram(final double lo, final double hi, final int bins) {
		this.lo = lo;
		width = (hi - lo) / bins;
		this.bins = bins;
		counts = new long[bins];
	}

	private SignalFitHistogram(final SignalFitHistogram o, final long[] counts) {
		lo = o.lo;
		width = o.width;
		bins = o.bins;
		this.counts = counts;
		under = o.under;
		over = o.over;
	}

	/** A histogram with these bins and counts (read back from a summary file; trimmed). */
	static SignalFitHistogram of(final double lo, final double width, final int bins, final long[] counts,
		final long under, final long over)
	{
		final SignalFitHistogram r = new SignalFitHistogram(lo, width, bins, counts.clone());
		r.under = under;
		r.over = over;
		return r.trimmed();
	}

	private SignalFitHistogram(final double lo, final double width, final int bins, final long[] counts) {
		this.lo = lo;
		this.width = width;
		this.bins = bins;
		this.counts = counts;
	}

	/** Adds one value (the histogram must not be trimmed). */
	void add(final double v) {
		final double f = (v - lo) / width;
		if (f < 0) under++;
		else if (f < bins) counts[(int) f]++;
		else over++;
	}

	void clear() {
		Arrays.fill(counts, 0);
		under = 0;
		over = 0;
	}

	/** Whether {@code o} has the same bins (a condition of {@link #merge}). */
	boolean sameBins(final SignalFitHistogram o) {
		return lo == o.lo && width == o.width && bins == o.bins;
	}

	/** Adds {@code o}'s counts (same bins; either may be trimmed). */
	void merge(final SignalFitHistogram o) {
		if (o.counts.length > counts.length) counts = Arrays.copyOf(counts, o.counts.length);
		for (int i = 0; i < o.counts.length; i++) counts[i] += o.counts[i];
		under += o.under;
		over += o.over;
	}

	/** A copy whose counts end at the last filled bin. */
	SignalFitHistogram trimmed() {
		int last = counts.length;
		while (last > 0 && counts[last - 1] == 0) last--;
		return new SignalFitHistogram(this, Arrays.copyOf(counts, last));
	}

	/** A copy (trimmed or not). */
	SignalFitHistogram copy() {
		return new SignalFitHistogram(this, counts.clone());
	}

	/** Counts of all {@link #bins} bins. */
	long[] full() {
		return Arrays.copyOf(counts, bins);
	}

	/** The upper end of the bins: a value here or above is in the overflow. */
	double top() {
		return lo + bins * width;
	}

	long total() {
		long t = under + over;
		for (final long c : counts) t += c;
		return t;
	}

	/**
	 * The {@code p}-quantile: the value below which a fraction p of the toys lie;
	 * -inf or +inf when it falls in the under- or overflow.
	 */
	double quantile(final double p) {
		final double rank = p * total();
		if (rank <= under) return under == 0 ? lo : Double.NEGATIVE_INFINITY;
		double cum = under;
		for (int j = 0; j < counts.length; j++) {
			final long c = counts[j];
			if (c > 0 && cum + c >= rank) return lo + (j + (rank - cum) / c) * width;
			cum += c;
		}
		return Double.POSITIVE_INFINITY;
	}

	/**
	 * The fraction of toys at or above {@code v}, the bin holding v counted in
	 * proportion to the part of it above v (the inverse of {@link #quantile}); the
	 * underflow counts as below any v, the overflow as above.
	 */
	double tail(final double v) {
		final double f = (v - lo) / width;
		double above = over;
		if (f < 0) {
			for (final long c : counts) above += c;
		}
		else if (f < bins) {
			final int j = (int) f;
			for (int i = j + 1; i < counts.length; i++) above += counts[i];
			if (j < counts.length) above += counts[j] * (j + 1 - f);
		}
		return above / total();
	}

	/**
	 * The Monte Carlo error of the p-quantile: half the spread of the quantiles at
	 * {@code p -+ sqrt(p (1 - p) / toys)} (the binomial error of the rank).
	 */
	double quantileError(final double p) {
		final double s = Math.sqrt(p * (1 - p) / total());
		return 0.5 * (quantile(Math.min(1, p + s)) - quantile(Math.max(0, p - s)));
	}
}
