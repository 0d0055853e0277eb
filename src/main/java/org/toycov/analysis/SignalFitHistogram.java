package org.toycov.analysis;

/**
 * Counts of a toy statistic in fixed-width bins over {@code [lo, hi)} with under-
 * and overflow: memory independent of the number of toys, merged exactly (integer
 * sums, so in any order), quantiles by linear interpolation inside a bin (so to
 * within one bin width).
 */
final class SignalFitHistogram {

	final double lo, width;
	final long[] counts;
	long under, over;

	SignalFitHistogram(final double lo, final double hi, final int bins) {
		this.lo = lo;
		width = (hi - lo) / bins;
		counts = new long[bins];
	}

	void add(final double v) {
		final double f = (v - lo) / width;
		if (f < 0) under++;
		else if (f < counts.length) counts[(int) f]++;
		else over++;
	}

	void clear() {
		java.util.Arrays.fill(counts, 0);
		under = 0;
		over = 0;
	}

	void merge(final SignalFitHistogram o) {
		for (int i = 0; i < counts.length; i++) counts[i] += o.counts[i];
		under += o.under;
		over += o.over;
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
	 * The Monte Carlo error of the p-quantile: half the spread of the quantiles at
	 * {@code p -+ sqrt(p (1 - p) / toys)} (the binomial error of the rank).
	 */
	double quantileError(final double p) {
		final double s = Math.sqrt(p * (1 - p) / total());
		return 0.5 * (quantile(Math.min(1, p + s)) - quantile(Math.max(0, p - s)));
	}
}
