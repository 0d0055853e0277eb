package org.toycov.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * A counting experiment: N named channels with expected counts, K systematic
 * sources and (optionally) observed counts. Validated on construction, so a
 * {@code Model} that exists is one every later layer may compute with.
 * <p>
 * Keys in error messages follow the seed's names: {@code <channel>_exp},
 * {@code <channel>_obs}, {@code <channel>_<source>_frac_err} and
 * {@code <source>_corr}; a model read from a model file names the places in
 * the file instead, e.g. {@code systematics[0].correlation} (see
 * {@link Places}).
 * </p>
 */
public final class Model {

	private final String[] channels;
	private final double[] expected;
	private final double[] observed;
	private final List<Systematic> systematics;
	/** Binned channels: name -> bin indices, in file order; empty if none. */
	private final Map<String, int[]> groups;
	/** Components in SBNfit's full order; empty if the channels have none. */
	private final List<Component> components;
	/** Full (component) bin -> model bin; the identity without components. */
	private final int[] collapse;
	/** Channel -> bin edges (bins + 1, increasing); and its axis title. */
	private final Map<String, double[]> binEdges;
	private final Map<String, String> binAxes;
	/** Where a model file holds the inputs, or null for keys like {@code e_exp}. */
	private final Places places;

	/** Where a model file holds each input a message may name. */
	static final class Places {

		/** Per model bin, e.g. {@code channels[1].expected[3]}. */
		final String[] expected;
		/** Per model bin, e.g. {@code channels[1].observed[3]}. */
		final String[] observed;
		/** Per systematic source, e.g. {@code systematics[0]}. */
		final String[] sources;
		/** Channel -> e.g. {@code channels[0].bin_edges}. */
		final Map<String, String> binEdges;

		Places(final String[] expected, final String[] observed,
			final String[] sources, final Map<String, String> binEdges)
		{
			this.expected = expected.clone();
			this.observed = observed.clone();
			this.sources = sources.clone();
			this.binEdges = new LinkedHashMap<>(binEdges);
		}
	}

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
		this(channels, expected, systematics, observed, null);
	}

	/**
	 * A model whose bins are grouped into binned channels.
	 *
	 * @param groups binned channel name -> indices of its bins (the bins are
	 *          named {@code <channel>_<i>}); null or empty if there are none
	 */
	public Model(final String[] channels, final double[] expected,
		final List<Systematic> systematics, final double[] observed,
		final Map<String, int[]> groups)
	{
		this(channels, expected, systematics, observed, groups, null, null, null);
	}

	/**
	 * A model whose channels may be sums of components and carry bin edges.
	 *
	 * @param components every channel's components in SBNfit's full order
	 *          (channel by channel, component by component); each bin of the
	 *          model must be covered and {@code expected} must be their sum;
	 *          null or empty for a model without components
	 * @param binEdges channel (a binned channel, or a one-bin channel) -> its
	 *          bin edges, one more than its bins, increasing; null if none
	 * @param binAxes channel -> the title of its bin axis with the unit, e.g.
	 *          {@code E_QE (MeV)}; null if none
	 */
	public Model(final String[] channels, final double[] expected,
		final List<Systematic> systematics, final double[] observed,
		final Map<String, int[]> groups, final List<Component> components,
		final Map<String, double[]> binEdges, final Map<String, String> binAxes)
	{
		this(channels, expected, systematics, observed, groups, components,
			binEdges, binAxes, null, true);
	}

	/** A model read from a model file, whose messages name the places in it. */
	Model(final String[] channels, final double[] expected,
		final List<Systematic> systematics, final double[] observed,
		final Map<String, int[]> groups, final List<Component> components,
		final Map<String, double[]> binEdges, final Map<String, String> binAxes,
		final Places places)
	{
		this(channels, expected, systematics, observed, groups, components,
			binEdges, binAxes, places, true);
	}

	/** @param checkSources false for a derived model whose sources were checked */
	private Model(final String[] channels, final double[] expected,
		final List<Systematic> systematics, final double[] observed,
		final Map<String, int[]> groups, final List<Component> components,
		final Map<String, double[]> binEdges, final Map<String, String> binAxes,
		final Places places, final boolean checkSources)
	{
		this.places = places;
		this.channels = channels.clone();
		this.expected = expected.clone();
		this.observed = observed == null ? null : observed.clone();
		this.systematics = Collections.unmodifiableList(new ArrayList<>(
			systematics));
		final Map<String, int[]> g = new LinkedHashMap<>();
		if (groups != null) for (final Map.Entry<String, int[]> e : groups
			.entrySet())
			g.put(e.getKey(), e.getValue().clone());
		this.groups = Collections.unmodifiableMap(g);
		this.components = Collections.unmodifiableList(components == null
			? new ArrayList<>() : new ArrayList<>(components));
		this.binEdges = new LinkedHashMap<>();
		if (binEdges != null) for (final Map.Entry<String, double[]> e : binEdges
			.entrySet())
			this.binEdges.put(e.getKey(), e.getValue().clone());
		this.binAxes = binAxes == null ? new LinkedHashMap<>()
			: new LinkedHashMap<>(binAxes);
		int full = 0;
		for (final Component c : this.components)
			full += c.size();
		collapse = new int[this.components.isEmpty() ? channels.length : full];
		if (this.components.isEmpty()) for (int i = 0; i < collapse.length; i++)
			collapse[i] = i;
		else {
			int k = 0;
			for (final Component c : this.components)
				for (final int b : c.bins())
					collapse[k++] = b;
		}
		validate(checkSources);
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
			"no observed counts given (" + (places == null ? "set " + channels[0] +
				"_obs ..." : "give \"observed\" for every channel in the model file") +
				")");
		return observed.clone();
	}

	public List<Systematic> systematics() {
		return systematics;
	}

	/** Index of the named channel (or bin of a binned channel). */
	public int indexOf(final String channel) {
		return indexOf("channel", channel);
	}

	/**
	 * Index of the named channel or bin; the error names the user's
	 * {@code key} and lists exactly the names it accepts.
	 */
	public int indexOf(final String key, final String channel) {
		for (int i = 0; i < channels.length; i++) {
			if (channels[i].equals(channel)) return i;
		}
		if (groups.containsKey(channel)) throw new ModelException(key +
			" must be a channel or one bin, got the binned channel " + channel +
			" (its bins are " + range(groups.get(channel)) + ")");
		throw new ModelException(key + " must be one of " + names(false) +
			", got " + channel);
	}

	/** The bins of a binned channel, or the one index of a channel or bin. */
	public int[] binsOf(final String name) {
		return binsOf("channel", name);
	}

	/**
	 * As {@link #binsOf(String)}; the error names the user's {@code key} and
	 * lists exactly the names it accepts.
	 */
	public int[] binsOf(final String key, final String name) {
		final int[] g = groups.get(name);
		if (g != null) return g.clone();
		for (int i = 0; i < channels.length; i++)
			if (channels[i].equals(name)) return new int[] { i };
		throw new ModelException(key + " must be one of " + names(true) +
			", got " + name);
	}

	/** Binned channels (name -> bin indices); empty for an unbinned model. */
	public Map<String, int[]> groups() {
		return groups;
	}

	/**
	 * The channel of every model bin: a binned channel's name for each of its
	 * bins ({@code nue} for {@code nue_3}), a scalar channel's own name.
	 */
	public String[] binChannels() {
		final String[] out = channels();
		for (final Map.Entry<String, int[]> g : groups.entrySet())
			for (final int b : g.getValue())
				out[b] = g.getKey();
		return out;
	}

	/** Components in SBNfit's full order; empty if the channels have none. */
	public List<Component> components() {
		return components;
	}

	/** Number of component bins (the full order); {@link #size()} without components. */
	public int fullSize() {
		return collapse.length;
	}

	/** Model bin of each full (component) bin: the collapse {@code P}. */
	public int[] collapse() {
		return collapse.clone();
	}

	/** Expected counts of the component bins in the full order; {@link #expected()} without components. */
	public double[] fullExpected() {
		if (components.isEmpty()) return expected();
		final double[] e = new double[collapse.length];
		int k = 0;
		for (final Component c : components)
			for (int b = 0; b < c.size(); b++)
				e[k++] = c.expected(b);
		return e;
	}

	/** Names of the component bins ({@code <channel>_<component>_<b>}); the channels without components. */
	public String[] fullNames() {
		if (components.isEmpty()) return channels();
		final String[] n = new String[collapse.length];
		int k = 0;
		for (final Component c : components)
			for (int b = 0; b < c.size(); b++)
				n[k++] = c.binName(b, groups.containsKey(c.channel()));
		return n;
	}

	/** Whether a source covers the component bins (else the model bins). */
	public boolean overComponents(final Systematic s) {
		return s.size() != channels.length;
	}

	/** Bin edges of a channel (bins + 1 values), or null if it has none. */
	public double[] binEdges(final String channel) {
		final double[] e = binEdges.get(channel);
		return e == null ? null : e.clone();
	}

	/**
	 * Lower bin edge of every model bin, NaN where its channel has no edges:
	 * the column {@code low} of the per-bin tables ({@code constraint}, spectra),
	 * beside {@link #binHighs()} ({@code high}).
	 */
	public double[] binLows() {
		return edgeColumn(0);
	}

	/** Upper bin edge of every model bin, NaN where none: the column {@code high}. */
	public double[] binHighs() {
		return edgeColumn(1);
	}

	private double[] edgeColumn(final int shift) {
		final double[] out = new double[channels.length];
		Arrays.fill(out, Double.NaN);
		for (final Map.Entry<String, double[]> e : binEdges.entrySet()) {
			final int[] bins = groups.containsKey(e.getKey()) ? groups.get(e.getKey())
				: new int[] { indexOf(e.getKey()) };
			for (int b = 0; b < bins.length; b++)
				out[bins[b]] = e.getValue()[b + shift];
		}
		return out;
	}

	/** Title of a channel's bin axis with its unit (e.g. {@code E_QE (MeV)}), or null. */
	public String binAxis(final String channel) {
		return binAxes.get(channel);
	}

	/**
	 * The key a user changes to fix bin i's expected count: {@code <bin>_exp},
	 * or for a model read from a file its place there, e.g.
	 * {@code channels[1].expected[3]}.
	 */
	public String expectedKey(final int i) {
		return places != null ? places.expected[i] : channels[i] + "_exp";
	}

	/**
	 * The key a user changes to fix bin i's observed count: {@code <bin>_obs},
	 * or for a model read from a file its place there, e.g.
	 * {@code channels[1].observed[3]}.
	 */
	public String observedKey(final int i) {
		return places != null ? places.observed[i] : channels[i] + "_obs";
	}

	/**
	 * The key of a field of systematic source k: {@code <source>_<field>}
	 * (e.g. {@code xsec_corr}, {@code flux_frac_cov}), or for a model read from
	 * a file its place there, e.g. {@code systematics[0].frac_cov}.
	 */
	public String sourceKey(final int k, final String field) {
		return places != null ? places.sources[k] + "." + field : systematics.get(
			k).name() + "_" + field;
	}

	/**
	 * The key of source k's fractional error of bin i:
	 * {@code <bin>_<source>_frac_err}, or in a model file e.g.
	 * {@code systematics[0].frac_err of bin nue_3}.
	 */
	public String fracErrKey(final int k, final int i) {
		return places != null ? sourceKey(k, "frac_err") + " of bin " +
			channels[i] : channels[i] + "_" + systematics.get(k).name() +
				"_frac_err";
	}

	/**
	 * The names a user may give, in model order: every channel and bin, a
	 * binned channel's bins as a range ({@code nue_0 to nue_10}), preceded by
	 * the binned channel's own name if {@code binned} channels are accepted.
	 */
	private String names(final boolean binned) {
		final Map<Integer, String> firstBin = new LinkedHashMap<>();
		final boolean[] inGroup = new boolean[channels.length];
		for (final Map.Entry<String, int[]> g : groups.entrySet()) {
			firstBin.put(g.getValue()[0], g.getKey());
			for (final int b : g.getValue())
				inGroup[b] = true;
		}
		final List<String> n = new ArrayList<>();
		for (int i = 0; i < channels.length; i++) {
			final String group = firstBin.get(i);
			if (group != null) {
				if (binned) n.add(group);
				n.add(range(groups.get(group)));
			}
			else if (!inGroup[i]) n.add(channels[i]);
		}
		return String.join(", ", n);
	}

	/** A binned channel's bin names, {@code nue_0 to nue_10}. */
	private String range(final int[] bins) {
		return bins.length == 1 ? channels[bins[0]] : channels[bins[0]] + " to " +
			channels[bins[bins.length - 1]];
	}

	// -- Derived models --

	/** The same model with other observed counts. */
	public Model withObserved(final double[] newObserved) {
		return new Model(channels, expected, systematics, newObserved, groups,
			components, binEdges, binAxes, places, false);
	}

	/** The same model with other expected counts (the seed's naive "tuning"). */
	public Model withExpected(final double[] newExpected) {
		return new Model(channels, newExpected, systematics, observed, groups,
			scaledComponents(newExpected), binEdges, binAxes, places, false);
	}

	/**
	 * Components scaled bin by bin to new channel expectations; a bin expected
	 * to be 0 before is shared equally among its components.
	 */
	private List<Component> scaledComponents(final double[] newExpected) {
		if (components.isEmpty()) return null;
		final int[] count = new int[channels.length];
		for (final Component c : components)
			for (final int b : c.bins())
				count[b]++;
		final List<Component> out = new ArrayList<>();
		for (final Component c : components) {
			final double[] e = new double[c.size()];
			final int[] bins = c.bins();
			for (int b = 0; b < e.length; b++) {
				final double old = expected[bins[b]];
				e[b] = old > 0 ? c.expected(b) * (newExpected[bins[b]] / old)
					: newExpected[bins[b]] / count[bins[b]];
			}
			out.add(c.withExpected(e));
		}
		return out;
	}

	// -- Validation --

	private void validate(final boolean checkSources) {
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
				expectedKey(i) + " must be >= 0, got " + ModelException.show(v));
		}
		if (observed != null) {
			if (observed.length != n) throw new ModelException("observed counts: " +
				n + " channels but " + observed.length + " values");
			for (int i = 0; i < n; i++) {
				final double v = observed[i];
				if (!(v >= 0) || Double.isInfinite(v)) throw new ModelException(
					observedKey(i) + " must be >= 0, got " + ModelException.show(v));
			}
		}
		validateComponents();
		for (final Map.Entry<String, double[]> e : binEdges.entrySet()) {
			final int bins = groups.containsKey(e.getKey()) ? groups.get(e.getKey())
				.length : 1;
			final double[] edges = e.getValue();
			final String key = places != null && places.binEdges.containsKey(e
				.getKey()) ? places.binEdges.get(e.getKey()) : e.getKey() +
					"_bin_edges";
			if (edges.length != bins + 1) throw new ModelException(key +
				" must have " + (bins + 1) + " values (one more than its " + bins +
				" bins), got " + edges.length);
			for (int i = 0; i < edges.length; i++) {
				if (!Double.isFinite(edges[i])) throw new ModelException(key +
					" must be finite, got " + edges[i]);
				if (i > 0 && !(edges[i] > edges[i - 1])) throw new ModelException(key +
					" must increase, got " + ModelException.show(edges[i - 1]) +
					" then " + ModelException.show(edges[i]));
			}
		}
		// NB: a derived model has the same, already checked sources (a PSD check
		// is a Cholesky: seconds at thousands of bins)
		if (checkSources) for (int k = 0; k < systematics.size(); k++)
			validate(systematics.get(k), k);
		for (int a = 0; a < systematics.size(); a++)
			for (int b = 0; b < a; b++)
				if (systematics.get(a).name().equals(systematics.get(b).name()))
					throw new ModelException(places != null ? places.sources[a] +
						".name must be unique, got " + systematics.get(a).name() +
						" (also " + places.sources[b] + ".name)"
						: "systematic source names must be unique, got " + systematics
							.get(a).name() + " twice");
		for (final Map.Entry<String, int[]> g : groups.entrySet()) {
			if (g.getValue().length == 0) throw new ModelException("channel " + g
				.getKey() + " has no bins");
			for (final int i : g.getValue())
				if (i < 0 || i >= n) throw new ModelException("channel " + g.getKey() +
					" names bin " + i + " of " + n);
		}
	}

	private void validateComponents() {
		if (components.isEmpty()) return;
		final double[] sum = new double[channels.length];
		final boolean[] covered = new boolean[channels.length];
		for (final Component c : components) {
			final String key = c.channel() + "_" + c.name();
			if (c.name() == null || c.name().isEmpty()) throw new ModelException(
				"a component of channel " + c.channel() + " has no name");
			final int[] bins = c.bins();
			final int[] g = groups.get(c.channel());
			final int want = g == null ? 1 : g.length;
			if (bins.length != want) throw new ModelException("component " + key +
				" has " + bins.length + " bins but channel " + c.channel() + " has " +
				want + " (components must have the channel's bins)");
			for (int b = 0; b < bins.length; b++) {
				final double v = c.expected(b);
				if (!(v >= 0) || Double.isInfinite(v)) throw new ModelException(key +
					"_exp must be >= 0, got " + ModelException.show(v));
				sum[bins[b]] += v;
				covered[bins[b]] = true;
			}
		}
		for (int i = 0; i < channels.length; i++) {
			if (!covered[i]) throw new ModelException("bin " + channels[i] +
				" belongs to no component (give every channel components, or none)");
			if (Math.abs(sum[i] - expected[i]) > 1e-9 * Math.max(1, expected[i]))
				throw new ModelException(channels[i] + "_exp must be the sum of its " +
					"components, " + ModelException.show(sum[i]) + ", got " +
					ModelException.show(expected[i]));
		}
	}

	/** @param k the source's index (its place {@code systematics[k]} in a model file) */
	private void validate(final Systematic s, final int k) {
		final int n = channels.length;
		final String src = s.name();
		if (src == null || src.isEmpty()) throw new ModelException(
			"a systematic source has no name");
		if (s.isMatrix() || s.isAbsolute()) {
			validateMatrix(s, k);
			return;
		}
		final boolean inFile = places != null;
		final String corrName = sourceKey(k, inFile ? "correlation" : "corr");
		if (s.size() != n) throw new ModelException(sourceKey(k, "frac_err") +
			": " + n + " bins but " + s.size() + " values");
		for (int i = 0; i < n; i++) {
			final double f = s.fracErr(i);
			if (!(f >= 0) || Double.isInfinite(f)) throw new ModelException(
				fracErrKey(k, i) + " must be >= 0, got " + ModelException.show(f));
		}
		final double[][] corr = s.raw();
		if (corr.length != n) throw new ModelException(corrName + " must be " + n +
			" x " + n + ", got " + corr.length + " rows");
		for (int i = 0; i < n; i++) {
			if (corr[i].length != n) throw new ModelException(corrName + " must be " +
				n + " x " + n + ", got " + corr[i].length + " columns in row " + (i + 1));
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				final double r = corr[i][j];
				final String key = inFile ? corrName + "[" + i + "][" + j + "]"
					: corrKey(src, i, j);
				if (!(r >= -1 && r <= 1)) throw new ModelException(key +
					" must be within [-1, 1], got " + ModelException.show(r));
				if (i == j && r != 1) throw new ModelException(key +
					" (a diagonal term) must be 1, got " + ModelException.show(r));
				if (r != corr[j][i]) throw new ModelException(corrName +
					" must be symmetric, got " + ModelException.show(r) + " and " +
					ModelException.show(corr[j][i]) + " for " + channels[i] + "/" +
					channels[j] + (inFile ? " ([" + i + "][" + j + "] and [" + j + "][" +
						i + "])" : ""));
			}
		}
		// NB: a 2x2 matrix with unit diagonal and |rho| <= 1 is always PSD.
		if (n > 2) {
			final double min = PsdCholesky.smallestEigenvalueIfNegative(corr);
			if (min < 0) throw new ModelException(corrName +
				" must be positive semi-definite, got smallest eigenvalue " +
				String.format("%.4g", min));
		}
	}

	private void validateMatrix(final Systematic s, final int k) {
		final int full = collapse.length;
		final String key = sourceKey(k, s.isAbsolute() ? "cov" : "frac_cov");
		final double[][] f = s.raw();
		if (f.length != channels.length && f.length != full) throw new ModelException(
			key + " must be " + channels.length + " x " + channels.length +
				" (one row and column per bin)" + (full != channels.length ? " or " +
					full + " x " + full + " (one per component bin)" : "") + ", got " +
				f.length + " rows");
		final int n = f.length;
		for (int i = 0; i < n; i++) {
			if (f[i].length != n) throw new ModelException(key + " must be " + n +
				" x " + n + " (one row and column per bin), got " + f[i].length +
				" columns in row " + (i + 1));
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				if (!Double.isFinite(f[i][j])) throw new ModelException(key +
					" must hold finite numbers, got " + f[i][j] + " at row " + (i + 1) +
					", column " + (j + 1));
				if (Math.abs(f[i][j] - f[j][i]) > 1e-12 * Math.max(Math.abs(f[i][j]),
					Math.abs(f[j][i]))) throw new ModelException(key +
						" must be symmetric, got " + f[i][j] + " at row " + (i + 1) +
						", column " + (j + 1) + " but " + f[j][i] + " at row " + (j + 1) +
						", column " + (i + 1));
			}
			if (f[i][i] < 0) throw new ModelException(key +
				" must have a diagonal >= 0 (variances), got " + f[i][i] + " at " +
				(n == channels.length ? "bin " + channels[i] : "component bin " +
					fullNames()[i]) + " (row " + (i + 1) + ")");
		}
		final double min = PsdCholesky.smallestEigenvalueIfNegative(f);
		if (min < 0) throw new ModelException(key +
			" is not positive semi-definite: most negative eigenvalue " + String
				.format("%.4g", min) +
			" (set negative eigenvalues to 0, e.g. with numpy.linalg.eigh" + (s
				.isAbsolute() ? ")" : ", or check that it is fractional: covariance / " +
					"(N_i N_j))"));
	}

	private String corrKey(final String src, final int i, final int j) {
		if (channels.length == 2 && i != j) return src + "_corr";
		return src + "_corr[" + channels[i] + "," + channels[j] + "]";
	}
}
