package org.toycov.analysis;

/**
 * The Feldman-Cousins belt and intervals ({@link FeldmanCousins}): per grid strength
 * {@code x} and level, {@code critical_delta_chi2} with its Monte Carlo error
 * {@code critical_error}; {@code data_delta_chi2} and {@code asimov_delta_chi2};
 * {@code in_interval}; per level {@code x_lower}, {@code x_upper} for the data and the
 * Asimov data.
 * <p>
 * An interval is the span from the lowest to the highest grid strength inside it;
 * each end is the linear interpolation of {@code data - critical} to 0 between the
 * grid points around it. {@code x_lower} is 0 when the interval reaches the
 * boundary (an upper limit); an end is NaN when there is no interval, and
 * {@code x_upper} is NaN when the interval reaches {@code x_max} (raise it).
 */
public final class FeldmanCousinsResult {

	private final double[] x, cl, data, asimov;
	private final double[][] critical, error;
	private final double asimovX;
	private final FeldmanCousinsCounts counts;

	FeldmanCousinsResult(final double[] x, final double[] cl, final double[][] critical, final double[][] error,
		final double[] data, final double[] asimov, final double asimovX, final FeldmanCousinsCounts counts)
	{
		this.x = x;
		this.cl = cl;
		this.critical = critical;
		this.error = error;
		this.data = data;
		this.asimov = asimov;
		this.asimovX = asimovX;
		this.counts = counts;
	}

	public double[] x() {
		return x.clone();
	}

	public double[] cl() {
		return cl.clone();
	}

	/** Toys per grid point. */
	public long toys() {
		return counts.toys();
	}

	public long seed() {
		return counts.seed();
	}

	/** The strength of the Asimov data. */
	public double asimovX() {
		return asimovX;
	}

	/** The toy counts the belt was read from (to save or merge). */
	public FeldmanCousinsCounts counts() {
		return counts;
	}

	/** Critical delta chi2 at level index {@code level} for each grid strength. */
	public double[] criticalDeltaChi2(final int level) {
		return critical[level].clone();
	}

	/** The Monte Carlo error of {@link #criticalDeltaChi2}. */
	public double[] criticalError(final int level) {
		return error[level].clone();
	}

	/** The data's delta chi2 at each grid strength. */
	public double[] dataDeltaChi2() {
		return data.clone();
	}

	/** The Asimov data's delta chi2 at each grid strength. */
	public double[] asimovDeltaChi2() {
		return asimov.clone();
	}

	/** Whether each grid strength is inside the data's interval at level index {@code level}. */
	public boolean[] inInterval(final int level) {
		return inside(data, critical[level]);
	}

	/** {x_lower, x_upper} of the data at level index {@code level}. */
	public double[] interval(final int level) {
		return ends(x, data, critical[level]);
	}

	/**
	 * Whether the data's interval reaches or may lie beyond the grid's last strength:
	 * an interval open at the top at some level, or the data's delta chi2 still
	 * falling at the last strength (its minimum, and maybe the whole interval, beyond
	 * it; NaN ends then mean "beyond the grid", not "no interval").
	 */
	public boolean intervalBeyondGrid() {
		return beyondGrid(data);
	}

	/** The same for the Asimov data's interval (e.g. an {@code asimov_x} beyond {@code x_max}). */
	public boolean asimovIntervalBeyondGrid() {
		return beyondGrid(asimov);
	}

	private boolean beyondGrid(final double[] delta) {
		final int last = delta.length - 1;
		boolean beyond = last > 0 && delta[last] < delta[last - 1];
		for (int l = 0; l < critical.length; l++) {
			final double[] e = ends(x, delta, critical[l]);
			beyond |= Double.isNaN(e[1]) && !Double.isNaN(e[0]);
		}
		return beyond;
	}

	/** {x_lower, x_upper} of the Asimov data (the median expected interval). */
	public double[] asimovInterval(final int level) {
		return ends(x, asimov, critical[level]);
	}

	private static boolean[] inside(final double[] delta, final double[] crit) {
		final boolean[] in = new boolean[delta.length];
		for (int g = 0; g < in.length; g++) in[g] = delta[g] <= crit[g];
		return in;
	}

	private static double[] ends(final double[] x, final double[] delta, final double[] crit) {
		final boolean[] in = inside(delta, crit);
		int first = -1, last = -1;
		for (int g = 0; g < in.length; g++) {
			if (!in[g]) continue;
			if (first < 0) first = g;
			last = g;
		}
		if (first < 0) return new double[] { Double.NaN, Double.NaN };
		final double lower = first == 0 ? 0 : crossing(x, delta, crit, first - 1, first);
		final double upper = last == in.length - 1 ? Double.NaN : crossing(x, delta, crit, last, last + 1);
		return new double[] { lower, upper };
	}

	/** Where {@code delta - crit} crosses 0 between grid points i and j, linearly. */
	private static double crossing(final double[] x, final double[] delta, final double[] crit, final int i,
		final int j)
	{
		final double hi = delta[i] - crit[i], hj = delta[j] - crit[j];
		if (!Double.isFinite(hi) || !Double.isFinite(hj) || hi == hj) return hi <= 0 ? x[i] : x[j];
		return x[i] + (x[j] - x[i]) * hi / (hi - hj);
	}
}
