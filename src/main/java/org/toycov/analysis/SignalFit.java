package org.toycov.analysis;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The fit of the signal strength: {@code chi2(x)} with the covariance rebuilt at
 * every x ({@link SignalModel#chi2(double)}, as TLee's
 * {@code Minimization_Lee_strength_FullCov}) on a grid, the minimum over
 * {@code x >= 0} refined by Brent's method around the grid's lowest point, and
 * Wilks intervals {@code {x >= 0 : chi2(x) - chi2_min <= k^2}}, k = 1, 2, 3, whose
 * ends are found by Brent's root finder between grid points.
 */
public final class SignalFit {

	/** The one-line caveat that goes with every Wilks interval. */
	public static final String WILKS_CAVEAT = "Wilks intervals assume delta chi2 follows a chi-square with one " +
		"degree of freedom, which fails near the boundary x = 0 and at low counts; use Feldman Cousins there";

	/** Relative and absolute tolerances of the refined minimum and of the interval ends. */
	static final double REL_TOL = 1e-12, ABS_TOL = 1e-14;
	private static final int MAX_EVAL = 10_000;

	private SignalFit() {}

	/** Fits {@code model}'s observed counts on {@code grid}. */
	public static SignalFitResult fit(final SignalModel model, final SignalFitGrid grid) {
		final int g = grid.size();
		final double[] x = grid.values();
		model.checkCovariance(x, "x_max");
		final double[] chi2 = new double[g];
		for (int i = 0; i < g; i++) chi2[i] = model.chi2(x[i]);
		final double[] best = minimum(model::chi2, x, chi2);
		final double xBest = best[0], chi2Min = best[1];
		final double[] delta = new double[g];
		for (int i = 0; i < g; i++) delta[i] = chi2[i] - chi2Min;
		final double[][] wilks = new double[3][];
		for (int s = 1; s <= 3; s++) wilks[s - 1] = interval(model::chi2, x, chi2, xBest, chi2Min, s * s);
		return new SignalFitResult(x, chi2, delta, xBest, chi2Min, wilks);
	}

	/**
	 * {x_best, chi2_min}: the minimum over {@code x >= 0} of {@code f}, tabulated as
	 * {@code fx} on {@code x}. Brent's method on the grid interval around the lowest
	 * grid point; at the last grid point the interval is widened upwards (by doubling)
	 * until f rises.
	 */
	static double[] minimum(final DoubleUnaryOperator f, final double[] x, final double[] fx) {
		int m = 0;
		for (int i = 1; i < x.length; i++) if (fx[i] < fx[m]) m = i;
		final double lo = m == 0 ? 0 : x[m - 1];
		double hi;
		if (m < x.length - 1) hi = x[m + 1];
		else {
			final double step = x[m] - x[m - 1];
			double w = step, prev = fx[m];
			hi = x[m] + w;
			for (int it = 0; it < 60; it++) {
				final double fh = f.applyAsDouble(hi);
				if (!(fh < prev)) break;
				prev = fh;
				w *= 2;
				hi += w;
			}
		}
		double xb = x[m], fb = fx[m];
		if (hi > lo) {
			final BrentOptimizer opt = new BrentOptimizer(REL_TOL, ABS_TOL);
			final UnivariatePointValuePair p = opt.optimize(new MaxEval(MAX_EVAL), GoalType.MINIMIZE,
				new UnivariateObjectiveFunction(f::applyAsDouble), new SearchInterval(lo, hi, x[m]));
			// NB: the grid point stays the answer if the search found nothing lower.
			if (p.getValue() < fb) {
				xb = p.getPoint();
				fb = p.getValue();
			}
		}
		return new double[] { xb, fb };
	}

	/**
	 * {lower, upper} of {@code {x >= 0 : f(x) - fMin <= level}} within the grid: lower is
	 * 0 when the set reaches the boundary; either end is NaN when f does not cross the
	 * level inside the grid on that side.
	 */
	static double[] interval(final DoubleUnaryOperator f, final double[] x, final double[] fx, final double xBest,
		final double fMin, final double level)
	{
		final DoubleUnaryOperator g = t -> f.applyAsDouble(t) - fMin - level;
		double lower = Double.NaN, upper = Double.NaN;
		if (fx[0] - fMin <= level) lower = 0;
		else {
			// the last grid point below x_best where f is above the level, then the root after it
			int i = 0;
			while (i + 1 < x.length && x[i + 1] < xBest && fx[i + 1] - fMin > level) i++;
			final double hi = i + 1 < x.length && x[i + 1] < xBest ? x[i + 1] : xBest;
			lower = root(g, x[i], hi);
		}
		int j = x.length - 1;
		// NB: a minimum beyond the grid's last point (the search went on past it)
		// leaves no grid on its upper side: the upper end is unknown (NaN)
		if (x[j] > xBest && fx[j] - fMin > level) {
			while (j - 1 >= 0 && x[j - 1] > xBest && fx[j - 1] - fMin > level) j--;
			final double lo = j - 1 >= 0 && x[j - 1] > xBest ? x[j - 1] : xBest;
			upper = root(g, lo, x[j]);
		}
		return new double[] { lower, upper };
	}

	private static double root(final DoubleUnaryOperator g, final double lo, final double hi) {
		if (!(lo < hi)) return lo == hi && g.applyAsDouble(lo) == 0 ? lo : Double.NaN;
		final double glo = g.applyAsDouble(lo), ghi = g.applyAsDouble(hi);
		if (glo == 0) return lo;
		if (ghi == 0) return hi;
		if ((glo > 0) == (ghi > 0)) return Double.NaN;
		return new BrentSolver(ABS_TOL, REL_TOL, 0).solve(MAX_EVAL, g::applyAsDouble, lo, hi);
	}
}
