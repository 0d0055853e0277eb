package org.toycov.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * A counting experiment: N named channels with expected counts, K systematic
 * sources and (optionally) observed counts. Validated on construction, so a
 * {@code Model} that exists is one every later layer may compute with.
 * <p>
 * Keys in error messages follow the seed's names: {@code <channel>_exp},
 * {@code <channel>_obs}, {@code <channel>_<source>_frac_err} and
 * {@code <source>_corr}.
 * </p>
 */
public final class Model {

	private final String[] channels;
	private final double[] expected;
	private final double[] observed;
	private final List<Systematic> systematics;

	/**
	 * @param channels channel names, unique and non-empty
	 * @param expected expected count per channel, each finite and >= 0
	 * @param systematics systematic sources, one fractional error per channel
	 * @param observed observed count per channel, or null if not observed
	 * @throws ModelException naming the key and the value that are wrong
	 */
	public Model(final String[] channels, final double[] expected,
		final List<Systematic> systematics, final double[] observed)
	{
		this.channels = channels.clone();
		this.expected = expected.clone();
		this.observed = observed == null ? null : observed.clone();
		this.systematics = Collections.unmodifiableList(new ArrayList<>(
			systematics));
		validate();
	}

	// -- Accessors --

	public int size() {
		return channels.length;
	}

	public String channel(final int i) {
		return channels[i];
	}

	public String[] channels() {
		return channels.clone();
	}

	public double[] expected() {
		return expected.clone();
	}

	public double expected(final int i) {
		return expected[i];
	}

	public boolean hasObserved() {
		return observed != null;
	}

	/** Observed counts; throws if the model has none. */
	public double[] observed() {
		if (observed == null) throw new ModelException(
			"no observed counts given (set " + channels[0] + "_obs ...)");
		return observed.clone();
	}

	public List<Systematic> systematics() {
		return systematics;
	}

	/** Index of the named channel. */
	public int indexOf(final String channel) {
		for (int i = 0; i < channels.length; i++) {
			if (channels[i].equals(channel)) return i;
		}
		throw new ModelException("channel must be one of " + Arrays.toString(
			channels) + ", got " + channel);
	}

	// -- Derived models --

	/** The same model with other observed counts. */
	public Model withObserved(final double[] newObserved) {
		return new Model(channels, expected, systematics, newObserved);
	}

	/** The same model with other expected counts (the seed's naive "tuning"). */
	public Model withExpected(final double[] newExpected) {
		return new Model(channels, newExpected, systematics, observed);
	}

	// -- Validation --

	private void validate() {
		final int n = channels.length;
		if (n == 0) throw new ModelException("a model needs at least one channel");
		for (int i = 0; i < n; i++) {
			if (channels[i] == null || channels[i].isEmpty()) {
				throw new ModelException("channel " + (i + 1) + " has no name");
			}
			for (int j = 0; j < i; j++) {
				if (channels[i].equals(channels[j])) throw new ModelException(
					"channel names must be unique, got " + channels[i] + " twice");
			}
		}
		if (expected.length != n) throw new ModelException("expected counts: " +
			n + " channels but " + expected.length + " values");
		for (int i = 0; i < n; i++) {
			final double v = expected[i];
			if (!(v >= 0) || Double.isInfinite(v)) throw new ModelException(
				channels[i] + "_exp must be >= 0, got " + ModelException.show(v));
		}
		if (observed != null) {
			if (observed.length != n) throw new ModelException("observed counts: " +
				n + " channels but " + observed.length + " values");
			for (int i = 0; i < n; i++) {
				final double v = observed[i];
				if (!(v >= 0) || Double.isInfinite(v)) throw new ModelException(
					channels[i] + "_obs must be >= 0, got " + ModelException.show(v));
			}
		}
		for (final Systematic s : systematics) validate(s);
	}

	private void validate(final Systematic s) {
		final int n = channels.length;
		final String src = s.name();
		if (src == null || src.isEmpty()) throw new ModelException(
			"a systematic source has no name");
		if (s.size() != n) throw new ModelException(src + "_frac_err: " + n +
			" channels but " + s.size() + " values");
		for (int i = 0; i < n; i++) {
			final double f = s.fracErr(i);
			if (!(f >= 0) || Double.isInfinite(f)) throw new ModelException(
				channels[i] + "_" + src + "_frac_err must be >= 0, got " +
					ModelException.show(f));
		}
		if (s.rows() != n) throw new ModelException(src + "_corr must be " + n +
			" x " + n + ", got " + s.rows() + " rows");
		for (int i = 0; i < n; i++) {
			if (s.columns(i) != n) throw new ModelException(src + "_corr must be " +
				n + " x " + n + ", got " + s.columns(i) + " columns in row " + (i + 1));
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				final double r = s.correlation(i, j);
				final String key = corrKey(src, i, j);
				if (!(r >= -1 && r <= 1)) throw new ModelException(key +
					" must be within [-1, 1], got " + ModelException.show(r));
				if (i == j && r != 1) throw new ModelException(key +
					" (a diagonal term) must be 1, got " + ModelException.show(r));
				if (r != s.correlation(j, i)) throw new ModelException(src +
					"_corr must be symmetric, got " + ModelException.show(r) + " and " +
					ModelException.show(s.correlation(j, i)) + " for " + channels[i] +
					"/" + channels[j]);
			}
		}
		if (n > 2) {
			// NB: a 2x2 matrix with unit diagonal and |rho| <= 1 is always PSD.
			final double[] ev = new EigenDecomposition(new Array2DRowRealMatrix(s
				.correlationMatrix(), false)).getRealEigenvalues();
			double min = Double.POSITIVE_INFINITY;
			for (final double e : ev)
				min = Math.min(min, e);
			if (min < -1e-10) throw new ModelException(src +
				"_corr must be positive semi-definite, got smallest eigenvalue " +
				String.format("%.4g", min));
		}
	}

	private String corrKey(final String src, final int i, final int j) {
		if (channels.length == 2 && i != j) return src + "_corr";
		return src + "_corr[" + channels[i] + "," + channels[j] + "]";
	}
}
