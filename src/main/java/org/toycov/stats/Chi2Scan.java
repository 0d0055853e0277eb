package org.toycov.stats;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.toycov.model.Model;
import org.toycov.model.ModelException;

/**
 * Chi-square as a function of one channel's observed count, the others held
 * at their observed values (the seed's cells 7-19). Reports the grid minimum,
 * the seed's {@code e_obs_arr[np.argmin(chi2)]}, and the exact minimum.
 */
public final class Chi2Scan {

	/** Most grid points a scan may have. */
	public static final int MAX_POINTS = 10_000_000;

	private final String channel;
	private final double[] x;
	private final double[] chi2;
	private final int argmin;
	private final double best;
	private final double chi2Min;

	private Chi2Scan(final String channel, final double[] x, final double[] chi2,
		final int argmin, final double best, final double chi2Min)
	{
		this.channel = channel;
		this.x = x;
		this.chi2 = chi2;
		this.argmin = argmin;
		this.best = best;
		this.chi2Min = chi2Min;
	}

	/**
	 * A scan of known values (read back exactly from a toy summary file): the
	 * grid, its chi-square values, the grid minimum's index, the continuous
	 * minimum and its chi-square.
	 */
	public static Chi2Scan of(final String channel, final double[] x,
		final double[] chi2, final int argmin, final double best,
		final double chi2Min)
	{
		return new Chi2Scan(channel, x.clone(), chi2.clone(), argmin, best, chi2Min);
	}

	/** A Pearson (the seed's) scan; see {@link #scan(Model, int, double, double, double, StatTerm)}. */
	public static Chi2Scan scan(final Model m, final int k, final double min,
		final double max, final double step)
	{
		return scan(m, k, min, max, step, StatTerm.PEARSON);
	}

	/**
	 * Scans {@code chi2} over {@code obs[k] = min, min + step, ...} below
	 * {@code max}, like {@code np.arange(min, max, step)}.
	 *
	 * @param m the model; its observed counts fix the other channels
	 * @param k index of the scanned channel
	 * @param stat the statistical term; with {@code neyman} or {@code cnp} the
	 *          covariance changes with the scanned count and is refactored at
	 *          each point, and the exact minimum is found numerically (Brent)
	 */
	public static Chi2Scan scan(final Model m, final int k, final double min,
		final double max, final double step, final StatTerm stat)
	{
		final String c = m.channel(k);
		final int points = points(c, min, max, step);
		final Curve curve = new Curve(m, k, stat);
		final double[] xs = new double[points];
		final double[] ys = new double[points];
		int arg = 0;
		for (int i = 0; i < points; i++) {
			xs[i] = min + i * step;
			ys[i] = curve.value(xs[i]);
			// NB: strict < keeps the first minimum, as np.argmin does.
			if (ys[i] < ys[arg]) arg = i;
		}
		final double xBest;
		// NB: a count is >= 0: a convex chi2 whose minimum lies below 0 is least at 0
		if (!stat.usesObserved()) xBest = Math.max(0, curve.pearsonMinimum());
		else {
			// NB: the minimum may lie outside the scanned range: search around the
			// Pearson minimum (closed form), 10 standard deviations either way.
			final Curve pearson = new Curve(m, k, StatTerm.PEARSON);
			final double start = pearson.pearsonMinimum();
			final double sigma = Math.sqrt(Covariances.total(m)[k][k]);
			final double lo = Math.max(1e-9, Math.min(start, xs[arg]) - 10 * sigma);
			final double hi = Math.max(lo + step, Math.max(start, xs[arg]) + 10 *
				sigma);
			final UnivariatePointValuePair p = new BrentOptimizer(1e-12, 1e-12)
				.optimize(new MaxEval(10000), new UnivariateObjectiveFunction(
					curve::value), GoalType.MINIMIZE, new SearchInterval(lo, hi, Math.min(
						hi, Math.max(lo, start))));
			xBest = p.getValue() <= ys[arg] ? p.getPoint() : xs[arg];
		}
		return new Chi2Scan(c, xs, ys, arg, xBest, curve.value(xBest));
	}

	/** chi2 as a function of the scanned count. */
	private static final class Curve {

		private final int k;
		private final StatTerm stat;
		private final String[] names;
		private final double[] exp;
		private final double[] obs;
		private final double[][] sys;
		private final ChiSquare pearson;

		Curve(final Model m, final int k, final StatTerm stat) {
			this.k = k;
			this.stat = stat;
			names = m.channels();
			exp = m.expected();
			obs = m.observed();
			sys = Covariances.systematic(m);
			pearson = stat.usesObserved() ? null : new ChiSquare(Covariances.total(m),
				names);
		}

		double value(final double x) {
			final double[] o = obs.clone();
			o[k] = x;
			if (pearson != null) return pearson.chi2(exp, o);
			final double[] v = stat.variances(names, exp, o);
			final double[][] c = new double[exp.length][];
			for (int i = 0; i < c.length; i++) {
				c[i] = sys[i].clone();
				c[i][i] += v[i];
			}
			try {
				return new ChiSquare(c, names).chi2(exp, o);
			}
			catch (final ModelException exc) {
				if (v[k] > 0 || !(sys[k][k] < Double.POSITIVE_INFINITY)) throw exc;
				// NB: the scanned count itself took the variance away
				throw new ModelException("stat=" + stat.key() + " gives " + names[k] +
					" no statistical variance at " + names[k] + "_obs=" + ModelException
						.show(x) + " and it has no independent systematic one: set " +
					names[k] + "_obs_min above " + ModelException.show(x) +
					" or use stat=cnp", exc);
			}
		}

		/**
		 * d chi2 / d obs_k = 0: obs_k = exp_k + sum_{j != k} W_kj d_j / W_kk,
		 * with W = C^-1 and d = exp - obs.
		 */
		double pearsonMinimum() {
			final double[] unit = new double[exp.length];
			unit[k] = 1;
			final double[] w = pearson.solve(unit);
			double s = 0;
			for (int j = 0; j < exp.length; j++)
				if (j != k) s += w[j] * (exp[j] - obs[j]);
			return exp[k] + s / w[k];
		}
	}

	/** Number of points in {@code np.arange(min, max, step)}, validated. */
	public static int points(final String channel, final double min,
		final double max, final double step)
	{
		final String key = channel + "_obs";
		if (!Double.isFinite(min) || min < 0) throw new ModelException(key +
			"_min must be >= 0, got " + ModelException.show(min));
		if (!Double.isFinite(step) || step <= 0) throw new ModelException(key +
			"_step must be > 0, got " + ModelException.show(step));
		if (!Double.isFinite(max)) throw new ModelException(key +
			"_max must be a finite number, got " + ModelException.show(max));
		if (max <= min) throw new ModelException(key +
			"_max must be > " + key + "_min (the scan range is empty), got " + key +
			"_min=" + ModelException.show(min) + ", " + key + "_max=" + ModelException
				.show(max));
		final double n = Math.ceil((max - min) / step);
		if (n > MAX_POINTS) throw new ModelException(key + "_step is too small: " +
			ModelException.show(n) + " points, at most " + MAX_POINTS);
		return (int) n;
	}

	public String channel() {
		return channel;
	}

	/** The scanned observed counts. */
	public double[] x() {
		return x.clone();
	}

	public double[] chi2() {
		return chi2.clone();
	}

	/** Grid point with the lowest chi-square (first one on ties). */
	public double xAtMin() {
		return x[argmin];
	}

	/** Chi-square at {@link #xAtMin()}. */
	public double chi2AtGridMin() {
		return chi2[argmin];
	}

	/** Exact minimum of the chi-square over the scanned count. */
	public double xBest() {
		return best;
	}

	/** Chi-square at {@link #xBest()}. */
	public double chi2Min() {
		return chi2Min;
	}
}
