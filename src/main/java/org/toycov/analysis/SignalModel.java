package org.toycov.analysis;

import java.util.ArrayList;
import java.util.List;

import org.toycov.model.Component;
import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.model.Systematic;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.StatTerm;
import org.toycov.toys.BlockSeeds;

/**
 * A prediction with a signal strength {@code x >= 0}, from plain arrays.
 * <p>
 * Component bins come in SBNfit's "full" order (channel by channel, component by
 * component, bin by bin): {@code background} and {@code signal} have one entry per
 * component bin (K of them), and {@code collapse[k]} is the channel bin (0..N-1)
 * that component bin k adds to (the collapse matrix P of {@code C = P M P^T}).
 * <ul>
 * <li>prediction {@code mu(x) = P (b + x s)};</li>
 * <li>systematic covariance {@code C_sys(x) = P (F o m(x) m(x)^T) P^T + C_abs} with
 * {@code m(x) = b + x s}, F the fractional covariance over component bins and
 * C_abs the absolute covariance over channel bins. Expanding the product gives
 * {@code C_sys(x) = A + x B + x^2 D} with {@code A = P (F o b b^T) P^T + C_abs},
 * {@code B = P (F o (b s^T + s b^T)) P^T}, {@code D = P (F o s s^T) P^T}, computed
 * once here;</li>
 * <li>total covariance {@code C(x) = C_sys(x) + diag(stat(mu(x), n))}, the statistical
 * term pearson ({@code mu}) or cnp ({@link StatTerm}: {@code 3 / (1/n + 2/mu)},
 * {@code mu/2} where {@code n = 0}), as TLee's {@code Minimization_Lee_strength_FullCov};</li>
 * <li>{@code chi2(x) = (n - mu(x))^T C(x)^-1 (n - mu(x))}.</li>
 * </ul>
 * Immutable; safe to share between threads.
 */
public final class SignalModel implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private final int k, n;
	private final double[] background, signal, observed;
	private final int[] collapse;
	private final double[] mu0, sig;
	private final double[][] a, b, d;
	private final StatTerm stat;
	private final String[] names;
	/** Constraint: the bins in the order X (constraining) then Y (constrained); Y starts at {@code yFrom}. */
	private final int[] order;
	private final int yFrom;

	/**
	 * @param background expected background per component bin (K entries, {@code >= 0})
	 * @param signal expected signal at {@code x = 1} per component bin (K entries,
	 *          {@code >= 0}, not all zero)
	 * @param collapse channel bin of each component bin (K entries in {@code 0..N-1})
	 * @param channelBins N, the number of observed (channel) bins
	 * @param fracCov fractional covariance over component bins (K x K), or null for none
	 * @param absCov absolute covariance over channel bins (N x N), or null for none
	 * @param observed observed counts per channel bin (N entries)
	 * @param stat statistical term: {@link StatTerm#PEARSON} or {@link StatTerm#CNP}
	 * @throws ModelException naming the argument that is wrong
	 */
	public SignalModel(final double[] background, final double[] signal, final int[] collapse,
		final int channelBins, final double[][] fracCov, final double[][] absCov, final double[] observed,
		final StatTerm stat)
	{
		if (signal == null || signal.length == 0) throw new ModelException(
			"no signal: mark one or more components with \"signal\": true");
		k = signal.length;
		n = channelBins;
		if (n < 1) throw new ModelException("the model has no bins");
		check("background", background, k);
		check("collapse", collapse == null ? null : new double[collapse.length], k);
		check("observed", observed, n);
		boolean any = false;
		for (int i = 0; i < k; i++) {
			if (!(background[i] >= 0) || Double.isInfinite(background[i])) throw new ModelException(
				"background expected counts must be finite and >= 0, got " + ModelException.show(background[i]) +
					" in component bin " + i);
			if (!(signal[i] >= 0) || Double.isInfinite(signal[i])) throw new ModelException(
				"signal expected counts must be finite and >= 0, got " + ModelException.show(signal[i]) +
					" in component bin " + i);
			if (collapse[i] < 0 || collapse[i] >= n) throw new ModelException("collapse: component bin " + i +
				" maps to channel bin " + collapse[i] + ", outside 0.." + (n - 1));
			any |= signal[i] > 0;
		}
		if (!any) throw new ModelException("signal is all zero: the signal components predict no events, so x " +
			"cannot be measured");
		if (stat != StatTerm.PEARSON && stat != StatTerm.CNP) throw new ModelException(
			"stat must be pearson or cnp for a signal fit, got " + stat.key() + " (toys can observe 0 events)");
		this.stat = stat;
		this.background = background.clone();
		this.signal = signal.clone();
		this.collapse = collapse.clone();
		this.observed = observed.clone();
		names = new String[n];
		for (int i = 0; i < n; i++) names[i] = "bin " + i;
		order = identity(n);
		yFrom = 0;
		mu0 = new double[n];
		sig = new double[n];
		for (int i = 0; i < k; i++) {
			mu0[collapse[i]] += background[i];
			sig[collapse[i]] += signal[i];
		}
		a = new double[n][n];
		b = new double[n][n];
		d = new double[n][n];
		if (fracCov != null) {
			checkSquare("frac_cov", fracCov, k);
			for (int i = 0; i < k; i++) {
				final int pi = collapse[i];
				for (int j = 0; j < k; j++) {
					final double f = fracCov[i][j];
					if (f == 0) continue;
					final int pj = collapse[j];
					a[pi][pj] += f * background[i] * background[j];
					b[pi][pj] += f * (background[i] * signal[j] + signal[i] * background[j]);
					d[pi][pj] += f * signal[i] * signal[j];
				}
			}
		}
		if (absCov != null) {
			checkSquare("cov", absCov, n);
			for (int i = 0; i < n; i++)
				for (int j = 0; j < n; j++) a[i][j] += absCov[i][j];
		}
	}

	/**
	 * The signal model of a {@link Model} whose components mark the signal
	 * ({@code "signal": true}): b and s from its components in SBNfit's full order
	 * (signal components in s, the others in b, so {@code mu(1)} is the model's
	 * expectation), its observed counts, and every systematic source: a fractional
	 * source over the channel bins scales with the channel's {@code mu(x)} (it enters F
	 * as {@code F_chan[P a][P b]}, since {@code sum F_chan[i][j] m_a m_b = F_chan[i][j]
	 * mu_i mu_j}), one over the component bins with {@code m(x)}; an absolute source
	 * stays (one over the component bins collapsed, {@code P C P^T}).
	 *
	 * @param stat the {@code stat} key: pearson or cnp
	 * @throws ModelException one line: no signal component, an all-zero signal, no
	 *           observed counts, a stat other than pearson or cnp
	 */
	public static SignalModel of(final Model model, final String stat) {
		final StatTerm term = StatTerm.of(stat);
		final List<Component> comps = model.components();
		final List<String> signalNames = new ArrayList<>();
		for (final Component c : comps)
			if (c.signal()) signalNames.add(c.channel() + "_" + c.name());
		if (signalNames.isEmpty()) throw new ModelException("no signal: mark one or more components with " +
			"\"signal\": true (" + (comps.isEmpty() ? "the model's channels have no components"
				: "none of its " + comps.size() + " components is") + ")");
		final int k = model.fullSize(), n = model.size();
		final int[] p = model.collapse();
		final double[] b = new double[k], s = new double[k];
		boolean any = false;
		int at = 0;
		for (final Component c : comps) {
			for (int i = 0; i < c.size(); i++, at++) {
				if (c.signal()) {
					s[at] = c.expected(i);
					any |= s[at] > 0;
				}
				else b[at] = c.expected(i);
			}
		}
		if (!any) throw new ModelException("signal is all zero: the signal components " + String.join(", ",
			signalNames) + " expect 0 events in every bin, so x cannot be measured; give them expected counts > 0");
		final double[] observed = model.observed();
		double[][] frac = null, abs = null;
		for (final Systematic src : model.systematics()) {
			final boolean full = model.overComponents(src);
			if (src.isAbsolute()) {
				final double[][] c = src.covariance(full ? model.fullExpected() : model.expected());
				if (abs == null) abs = new double[n][n];
				for (int i = 0; i < c.length; i++)
					for (int j = 0; j < c.length; j++) abs[full ? p[i] : i][full ? p[j] : j] += c[i][j];
			}
			else {
				final double[][] f = src.fracCovMatrix();
				if (frac == null) frac = new double[k][k];
				for (int i = 0; i < k; i++)
					for (int j = 0; j < k; j++) frac[i][j] += full ? f[i][j] : f[p[i]][p[j]];
			}
		}
		return new SignalModel(b, s, p, n, frac, abs, observed, term).withNames(model.channels());
	}

	private static int[] identity(final int n) {
		final int[] id = new int[n];
		for (int i = 0; i < n; i++) id[i] = i;
		return id;
	}

	/** A model without components: background and signal given per channel bin. */
	public static SignalModel ofChannelBins(final double[] background, final double[] signal,
		final double[][] fracCov, final double[][] absCov, final double[] observed, final StatTerm stat)
	{
		final int[] identity = identity(signal == null ? 0 : signal.length);
		return new SignalModel(background, signal, identity, identity.length, fracCov, absCov, observed, stat);
	}

	/** The same model with other observed counts (e.g. the Asimov data {@code mu(x)}). */
	public SignalModel withObserved(final double[] counts) {
		check("observed", counts, n);
		return new SignalModel(this, counts, names, order, yFrom);
	}

	/** The same model with channel-bin names for messages (default {@code bin 0}, {@code bin 1}, ...). */
	public SignalModel withNames(final String[] binNames) {
		if (binNames == null || binNames.length != n) throw new ModelException("names must have " + n +
			" entries, got " + (binNames == null ? 0 : binNames.length));
		return new SignalModel(this, observed, binNames.clone(), order, yFrom);
	}

	/**
	 * The same model fitted after the conditional constraint (TLee's
	 * {@code Minimization_Lee_strength_FullCov} with {@code flag_Lee_minimization_after_constraint}):
	 * the bins {@code constrained} (Y) are constrained by all the others (X), at every x,
	 * with the total covariance {@code C = C(x)} of the strength:
	 * {@code chi2(x) = (d_Y - C_YX C_XX^-1 d_X)^T (C_YY - C_YX C_XX^-1 C_XY)^-1 (d_Y - C_YX C_XX^-1 d_X)},
	 * {@code d = n - mu(x)}; |Y| degrees of freedom. (It equals
	 * {@code d^T C^-1 d - d_X^T C_XX^-1 d_X}, the Schur complement: the toys sum only the Y
	 * part of the triangular solve with the bins ordered X, Y.)
	 *
	 * @param constrained channel-bin indices of Y (e.g. {@code Model#binsOf("constrained", name)})
	 * @throws ModelException when Y is empty, repeats a bin, is out of range or holds every bin
	 */
	public SignalModel constrained(final int[] constrained) {
		if (constrained == null || constrained.length == 0) throw new ModelException(
			"constrained: no bins given (name a channel, a binned channel or one bin)");
		final boolean[] inY = new boolean[n];
		for (final int i : constrained) {
			if (i < 0 || i >= n) throw new ModelException("constrained: bin " + i + " is outside 0.." + (n - 1));
			if (inY[i]) throw new ModelException("constrained: " + names[i] + " is named twice");
			inY[i] = true;
		}
		if (constrained.length == n) throw new ModelException("constrained: every bin is constrained, so none " +
			"is left to constrain them; name fewer channels");
		final int[] o = new int[n];
		int q = 0;
		for (int i = 0; i < n; i++) if (!inY[i]) o[q++] = i;
		final int from = q;
		for (int i = 0; i < n; i++) if (inY[i]) o[q++] = i;
		return new SignalModel(this, observed, names, o, from);
	}

	/** Whether the fit is after the constraint ({@link #constrained(int[])}). */
	public boolean isConstrained() {
		return yFrom > 0;
	}

	/** The bins ordered X then Y (the identity without a constraint; shared, do not modify). */
	int[] order() {
		return order;
	}

	/** Where Y starts in {@link #order()}: the number of constraining bins (0 without a constraint). */
	int constrainedFrom() {
		return yFrom;
	}

	private SignalModel(final SignalModel o, final double[] counts, final String[] binNames, final int[] order,
		final int yFrom)
	{
		k = o.k;
		n = o.n;
		background = o.background;
		signal = o.signal;
		collapse = o.collapse;
		observed = counts.clone();
		mu0 = o.mu0;
		sig = o.sig;
		a = o.a;
		b = o.b;
		d = o.d;
		stat = o.stat;
		names = binNames;
		this.order = order;
		this.yFrom = yFrom;
	}

	private static void check(final String what, final double[] v, final int len) {
		if (v == null || v.length != len) throw new ModelException(what + " must have " + len + " entries, got " +
			(v == null ? 0 : v.length));
	}

	private static void checkSquare(final String what, final double[][] m, final int len) {
		if (m.length != len) throw new ModelException(what + " must be " + len + "x" + len + ", got " + m.length +
			" rows");
		for (int i = 0; i < len; i++) {
			if (m[i].length != len) throw new ModelException(what + " must be " + len + "x" + len + ", got row " + i +
				" of length " + m[i].length);
			for (int j = 0; j < len; j++)
				if (!Double.isFinite(m[i][j])) throw new ModelException(what + " must be finite, got " + m[i][j] +
					" at [" + i + "][" + j + "]");
		}
	}

	/**
	 * A 64-bit hash of everything the toys and their fits depend on: b, s, the collapse,
	 * {@code A, B, D}, the statistical term and the constraint; not the observed counts
	 * nor the names. Two shards of toys merge only when their models have the same.
	 */
	public long fingerprint() {
		long h = BlockSeeds.mix64(0x51A7F17L + n * 31L + k);
		h = mix(h, stat.ordinal());
		h = mix(h, yFrom);
		for (final int i : order) h = mix(h, i);
		for (final int i : collapse) h = mix(h, i);
		for (final double v : background) h = mix(h, Double.doubleToLongBits(v));
		for (final double v : signal) h = mix(h, Double.doubleToLongBits(v));
		for (final double[][] m : new double[][][] { a, b, d })
			for (final double[] row : m)
				for (final double v : row) h = mix(h, Double.doubleToLongBits(v));
		return h;
	}

	private static long mix(final long h, final long v) {
		return BlockSeeds.mix64(h ^ BlockSeeds.mix64(v + 0x9E3779B97F4A7C15L));
	}

	/** N, the number of channel bins. */
	public int bins() {
		return n;
	}

	/** K, the number of component bins. */
	public int componentBins() {
		return k;
	}

	/** Channel-bin names, for messages (shared, do not modify). */
	String[] names() {
		return names;
	}

	public StatTerm stat() {
		return stat;
	}

	/** Observed counts per channel bin (a copy). */
	public double[] observed() {
		return observed.clone();
	}

	/** {@code mu(x) = P (b + x s)}. */
	public double[] prediction(final double x) {
		final double[] mu = new double[n];
		for (int i = 0; i < n; i++) mu[i] = mu0[i] + x * sig[i];
		return mu;
	}

	/** {@code C_sys(x) = A + x B + x^2 D}. */
	public double[][] systematic(final double x) {
		final double x2 = x * x;
		final double[][] c = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++) c[i][j] = a[i][j] + x * b[i][j] + x2 * d[i][j];
		return c;
	}

	/** {@code C(x) = C_sys(x) + diag(stat(mu(x), counts))}. */
	public double[][] covariance(final double x, final double[] counts) {
		final double[][] c = systematic(x);
		final double[] v = stat.variances(names, prediction(x), counts);
		for (int i = 0; i < n; i++) c[i][i] += v[i];
		return c;
	}

	/**
	 * Checks, before any toy or fit, that the covariance {@code C(x)} of the observed
	 * counts at strength {@code x} is one every chi-square at x can use: finite, and
	 * positive definite (the factorization and one-line messages of {@link ChiSquare},
	 * as Signal Fit's fit gets them: a bin without variance is named). Toys never
	 * find a bin without variance that the observed counts do not (pearson's variance
	 * is mu(x), cnp's is 0 only where mu(x) is).
	 *
	 * @param key the key that set x ({@code x_max} for a grid, {@code x0}, {@code asimov_x}, ...),
	 *          named when x alone makes the covariance overflow a double or an expected count
	 *          exceed 2^31-1 (the most a toy's count may be: the toy engine's limit)
	 * @throws ModelException one line naming {@code key} or the channel bin
	 */
	public void checkCovariance(final double x, final String key) {
		final double[][] c = covariance(x, observed);
		final double[] mu = prediction(x);
		if (finite(a) && finite(b) && finite(d)) for (int i = 0; i < n; i++) {
			boolean ok = Double.isFinite(mu[i]);
			for (int j = 0; j < n; j++) ok &= Double.isFinite(c[i][j]);
			if (!ok) throw new ModelException(key + " is too large: at x = " + ModelException.show(x) +
				" the covariance of " + names[i] + " overflows a double; give a smaller " + key);
		}
		for (int i = 0; i < n; i++)
			if (mu[i] > Integer.MAX_VALUE) throw new ModelException(key + " is too large: at x = " + ModelException
				.show(x) + " the expected count of " + names[i] + " is " + ModelException.show(mu[i]) + ", above " +
				"2^31-1 (toys cannot count that high); give a smaller " + key);
		// NB: a bin of signal only expects 0 at x = 0 alone; say so, and what avoids it
		for (int i = 0; i < n; i++)
			if (x == 0 && sig[i] > 0 && c[i][i] == 0) throw new ModelException("covariance is singular at channel " +
				names[i] + " at x = 0 (" + (key.equals("x_max") ? "the grid's start" : key) + "): it holds signal " +
				"only, so at x = 0 it expects 0 counts and has no variance; give " + names[i] + " a background or " +
				"a systematic variance" + (key.equals("x_max") ? " (the grid starts at x = 0)" : ", or use " + key +
				" > 0"));
		new ChiSquare(c, names);
	}

	/** {@link #checkCovariance(double, String)} at every strength of {@code x}. */
	public void checkCovariance(final double[] x, final String key) {
		for (final double v : x) checkCovariance(v, key);
	}

	private static boolean finite(final double[][] m) {
		for (final double[] row : m)
			for (final double v : row) if (!Double.isFinite(v)) return false;
		return true;
	}

	/** The chi-square of the observed counts at strength {@code x}. */
	public double chi2(final double x) {
		return chi2(x, observed);
	}

	/**
	 * {@code (counts - mu(x))^T C(x)^-1 (counts - mu(x))}, the covariance rebuilt at {@code x};
	 * after the constraint (if any) of {@link #constrained(int[])}.
	 */
	public double chi2(final double x, final double[] counts) {
		final double[][] c = covariance(x, counts);
		final double[] mu = prediction(x);
		final double full = new ChiSquare(c, names).chi2(mu, counts);
		if (yFrom == 0) return full;
		final double[][] cxx = new double[yFrom][yFrom];
		final double[] mx = new double[yFrom], nx = new double[yFrom];
		final String[] xNames = new String[yFrom];
		for (int i = 0; i < yFrom; i++) {
			final int a = order[i];
			for (int j = 0; j < yFrom; j++) cxx[i][j] = c[a][order[j]];
			mx[i] = mu[a];
			nx[i] = counts[a];
			xNames[i] = names[a];
		}
		return full - new ChiSquare(cxx, xNames).chi2(mx, nx);
	}
}
