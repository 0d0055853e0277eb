package org.toycov.analysis;

import org.toycov.toys.ToySummary;

/**
 * The summarised channel of the toys in a slice: count, mean, sample
 * variance (ddof 1, as pandas) and the standard error of the mean; null where
 * there are too few toys to say (no mean without a toy, no variance below
 * two).
 */
public final class SliceStatistics {

	public final long count;
	public final Double mean;
	public final Double variance;
	public final Double meanError;

	private SliceStatistics(final long count, final Double mean,
		final Double variance, final Double meanError)
	{
		this.count = count;
		this.mean = mean;
		this.variance = variance;
		this.meanError = meanError;
	}

	public static SliceStatistics of(final ToySummary s) {
		final long n = s.sliceCount();
		return new SliceStatistics(n, n > 0 ? s.sliceMean() : null, n > 1 ? s
			.sliceVariance() : null, n > 1 ? Math.sqrt(s.sliceVariance() / n) : null);
	}
}
