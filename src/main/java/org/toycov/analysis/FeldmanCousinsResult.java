package org.toycov.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.toycov.model.ModelException;

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

	/**
	 * Whether each grid strength is inside the data's interval at level index
	 * {@code level}: 1 inside, 0 outside, NaN unknown (the critical value lies beyond the
	 * toys' histogram and the data's delta chi2 at or above its top: {@link #warnings()}).
	 */
	public double[] inInterval(final int level) {
		final double[] in = new double[x.length];
		final boolean[] inside = inside(data, level);
		for (int g = 0; g < in.length; g++) in[g] = unknown(data, level, g) ? Double.NaN : inside[g] ? 1 : 0;
		return in;
	}

	/**
	 * Whether grid point g's place in an interval is unknown: its critical value is
	 * beyond the histogram (+inf, the quantile in the overflow) and {@code delta} is not
	 * below the histogram's top (below it, delta is truly below the critical value).
	 */
	private boolean unknown(final double[] delta, final int level, final int g) {
		return critical[level][g] == Double.POSITIVE_INFINITY && !(delta[g] < counts.hist(g).top());
	}

	/**
	 * One line per level and grid point where the data's or the Asimov data's place in
	 * the interval is unknown (the data's {@link #inInterval} NaN), naming the strength
	 * and what to change; empty when there are none.
	 */
	public List<String> warnings() {
		final List<String> out = new ArrayList<>();
		for (int l = 0; l < cl.length; l++)
			for (int g = 0; g < x.length; g++) {
				if (unknown(data, l, g)) out.add(beyondHistogram(l, g, "the data's", data[g],
					"in_interval (and an interval end next to it)"));
				if (unknown(asimov, l, g)) out.add(beyondHistogram(l, g, "the Asimov data's", asimov[g],
					"an asimov_x end next to it"));
			}
		return out;
	}

	private String beyondHistogram(final int l, final int g, final String whose, final double delta,
		final String what)
	{
		final String top = ModelException.show(counts.hist(g).top());
		return "at x = " + ModelException.show(x[g]) + " the critical delta chi2 at cl=" + ModelException.show(cl[l]) +
			" lies beyond the toys' histogram (>= " + top + ") and " + whose + " delta chi2 " + String.format(
				Locale.ROOT, "%.6g", delta) + " is not below it: " + what + " is unknown there (NaN); the toys' fit " +
			"is likely poor at this x: use a smaller x_step";
	}

	/** {x_lower, x_upper} of the data at level index {@code level}. */
	public double[] interval(final int level) {
		return ends(data, level);
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
			final double[] e = ends(delta, l);
			beyond |= Double.isNaN(e[1]) && !Double.isNaN(e[0]);
		}
		return beyond;
	}

	/** {x_lower, x_upper} of the Asimov data (the median expected interval). */
	public double[] asimovInterval(final int level) {
		return ends(asimov, level);
	}

	/**
	 * Grid points known to be inside: delta chi2 at most the critical value, and below the
	 * histogram's top where the critical value is beyond it (+inf).
	 */
	private boolean[] inside(final double[] delta, final int level) {
		final double[] crit = critical[level];
		final boolean[] in = new boolean[delta.length];
		for (int g = 0; g < in.length; g++) in[g] = delta[g] <= crit[g] && (crit[g] < Double.POSITIVE_INFINITY ||
			delta[g] < counts.hist(g).top());
		return in;
	}

	private double[] ends(final double[] delta, final int level) {
		final double[] crit = critical[level];
		final boolean[] in = inside(delta, level);
		int first = -1, last = -1;
		for (int g = 0; g < in.length; g++) {
			if (!in[g]) continue;
			if (first < 0) first = g;
			last = g;
		}
		if (first < 0) return new double[] { Double.NaN, Double.NaN };
		// NB: next to a point of unknown place the end is unknown too
		final double lower = first == 0 ? 0 : unknown(delta, level, first - 1) ? Double.NaN : crossing(x, delta,
			crit, first - 1, first);
		final double upper = last == in.length - 1 || unknown(delta, level, last + 1) ? Double.NaN : crossing(x,
			delta, crit, last, last + 1);
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
