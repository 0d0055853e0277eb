package org.toycov.model;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an N-channel {@link Model} from a JSON model file:
 *
 * <pre>
 * { "channels": [ { "name": "e",  "expected": 100,   "observed": 100  },
 *                 { "name": "mu", "expected": 10000, "observed": 9000 } ],
 *   "systematics": [
 *     { "name": "xsec", "frac_err": { "e": 0.1, "mu": 0.1 }, "correlation": 1.0 },
 *     { "name": "reco", "frac_err": { "mu": 0.1 }, "correlation": [[1, 0], [0, 1]] } ] }
 * </pre>
 *
 * {@code frac_err} is an object keyed by channel (a missing channel has no
 * error) or an array in channel order; {@code correlation} is one number for
 * every pair of channels or a full matrix. {@code observed} is optional but
 * must then be given for every channel.
 * <p>
 * A binned channel gives arrays: {@code "expected": [12, 30, ...]} (and
 * {@code observed} alike); its bins are named {@code <channel>_0},
 * {@code <channel>_1}, ... A {@code frac_err} entry for it is one number for
 * every bin or an array. A source may instead give {@code "frac_cov"}: the
 * fractional covariance over all bins, inline or as the path of a CSV file
 * (relative to the model file), as SBNfit and the Wire-Cell LEE code exchange.
 * </p>
 */
public final class ModelFile {

	private ModelFile() {}

	public static Model read(final File file) {
		if (file == null) throw new ModelException("model: no file given");
		final String where = "model file " + file.getPath();
		if (!file.isFile()) throw new ModelException(where + " not found");
		final JsonNode root;
		try {
			root = new ObjectMapper().enable(
				DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(file);
		}
		catch (final JsonProcessingException exc) {
			// NB: keep what the user can act on, not the parser's feature hints
			final String msg = exc.getOriginalMessage().split("\n")[0].replaceAll(
				"\\s*\\(StreamReadFeature[^)]*\\)", "").replaceAll(
					"[;:]?\\s*\\(?(enable|disable|use) [A-Z][A-Za-z]*Feature\\.[A-Z_]+[^)]*\\)?",
					"").trim();
			final String at = exc.getLocation() == null ? "" : " (line " + exc
				.getLocation().getLineNr() + ", column " + exc.getLocation()
					.getColumnNr() + ")";
			throw new ModelException(where + " is not valid JSON: " + msg + at, exc);
		}
		catch (final IOException exc) {
			throw new ModelException(where + " cannot be read: " + exc.getMessage(),
				exc);
		}
		if (root == null || !root.isObject()) throw new ModelException(where +
			" must hold a JSON object with \"channels\"");
		try {
			return parse(root, file.getAbsoluteFile().getParentFile());
		}
		catch (final ModelException exc) {
			throw new ModelException(where + ": " + exc.getMessage(), exc);
		}
	}

	/** Parses the JSON tree of a model file (see the class comment). */
	public static Model parse(final JsonNode root) {
		return parse(root, null);
	}

	/**
	 * Parses the JSON tree of a model file; {@code dir} resolves the relative
	 * paths of {@code frac_cov} CSV files.
	 */
	public static Model parse(final JsonNode root, final File dir) {
		known(root, "the top level", "channels", "systematics", "description");
		final JsonNode chs = root.get("channels");
		if (chs == null || !chs.isArray() || chs.size() == 0) {
			throw new ModelException("\"channels\" must be a non-empty array");
		}
		final List<String> names = new ArrayList<>();
		final List<Double> exp = new ArrayList<>();
		final List<Double> obs = new ArrayList<>();
		final Map<String, int[]> groups = new LinkedHashMap<>();
		final List<String> channelNames = new ArrayList<>();
		int observedChannels = 0;
		for (int c = 0; c < chs.size(); c++) {
			final JsonNode ch = chs.get(c);
			final String at = "channels[" + c + "]";
			if (!ch.isObject()) throw new ModelException(at + " must be an object");
			known(ch, at, "name", "expected", "observed", "bin_edges", "description");
			final String name = text(ch, "name", at);
			channelNames.add(name);
			final JsonNode e = ch.get("expected");
			final int first = names.size();
			if (e != null && e.isArray()) {
				if (e.size() == 0) throw new ModelException(at +
					".expected must hold at least one bin");
				for (int b = 0; b < e.size(); b++) {
					names.add(name + "_" + b);
					exp.add(number(e.get(b), at + ".expected[" + b + "]", true));
				}
				final int[] bins = new int[e.size()];
				for (int b = 0; b < bins.length; b++)
					bins[b] = first + b;
				groups.put(name, bins);
			}
			else {
				names.add(name);
				exp.add(number(e, at + ".expected", true));
			}
			final int bins = names.size() - first;
			final JsonNode o = ch.get("observed");
			if (o != null) {
				observedChannels++;
				if (o.isArray() != (bins > 1 || e.isArray()) || o.isArray() && o
					.size() != bins) throw new ModelException(at + ".observed must have " +
						(e.isArray() ? bins + " bins like .expected" : "one number"));
				for (int b = 0; b < bins; b++)
					obs.add(number(o.isArray() ? o.get(b) : o, at + ".observed" + (o
						.isArray() ? "[" + b + "]" : ""), true));
			}
		}
		if (observedChannels != 0 && observedChannels != chs.size()) {
			throw new ModelException(
				"\"observed\" must be given for every channel or for none");
		}
		final String[] binNames = names.toArray(new String[0]);
		final List<Systematic> sys = new ArrayList<>();
		final JsonNode srcs = root.get("systematics");
		if (srcs != null && !srcs.isNull()) {
			if (!srcs.isArray()) throw new ModelException(
				"\"systematics\" must be an array");
			for (int k = 0; k < srcs.size(); k++) {
				sys.add(systematic(srcs.get(k), "systematics[" + k + "]", binNames,
					channelNames, groups, dir));
			}
		}
		return new Model(binNames, unbox(exp), sys, observedChannels == 0 ? null
			: unbox(obs), groups);
	}

	private static double[] unbox(final List<Double> list) {
		final double[] d = new double[list.size()];
		for (int i = 0; i < d.length; i++)
			d[i] = list.get(i);
		return d;
	}

	private static Systematic systematic(final JsonNode s, final String at,
		final String[] bins, final List<String> channels,
		final Map<String, int[]> groups, final File dir)
	{
		if (!s.isObject()) throw new ModelException(at + " must be an object");
		known(s, at, "name", "frac_err", "correlation", "frac_cov", "description");
		final String name = text(s, "name", at);
		final int n = bins.length;
		final JsonNode fc = s.get("frac_cov");
		if (fc != null) {
			if (s.has("frac_err") || s.has("correlation")) throw new ModelException(
				at + " gives frac_cov and frac_err/correlation: give one or the other");
			final double[][] f = fc.isTextual() ? FractionalCovarianceCsv.read(
				resolve(dir, fc.asText()), n, bins) : matrix(fc, at + ".frac_cov", n, false);
			return Systematic.fractionalCovariance(name, f);
		}
		final double[] frac = new double[n];
		final JsonNode f = s.get("frac_err");
		if (f == null) throw new ModelException(at +
			".frac_err (or .frac_cov) is missing");
		if (f.isArray()) {
			if (f.size() != n) throw new ModelException(at + ".frac_err must have " +
				n + " values, got " + f.size());
			for (int i = 0; i < n; i++)
				frac[i] = number(f.get(i), at + ".frac_err[" + i + "]", true);
		}
		else if (f.isObject()) {
			for (final Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it
				.hasNext();)
			{
				final Map.Entry<String, JsonNode> e = it.next();
				final String where = at + ".frac_err." + e.getKey();
				final int[] idx = groups.containsKey(e.getKey()) ? groups.get(e.getKey())
					: new int[] { index(bins, e.getKey(), at + ".frac_err") };
				final JsonNode v = e.getValue();
				if (v.isArray()) {
					if (v.size() != idx.length) throw new ModelException(where +
						" must have " + idx.length + " values, got " + v.size());
					for (int b = 0; b < idx.length; b++)
						frac[idx[b]] = number(v.get(b), where + "[" + b + "]", true);
				}
				else {
					final double d = number(v, where, true);
					for (final int i : idx)
						frac[i] = d;
				}
			}
		}
		else throw new ModelException(at +
			".frac_err must be an object keyed by channel or an array");
		final JsonNode c = s.get("correlation");
		if (c == null && n > 1) throw new ModelException(at +
			".correlation is missing: give one number for every pair of bins " +
			"(0 for uncorrelated) or a " + n + " x " + n + " matrix");
		if (c == null || c.isNumber()) {
			final double rho = c == null ? 0 : c.asDouble();
			return Systematic.uniform(name, frac, rho);
		}
		return new Systematic(name, frac, matrix(c, at + ".correlation", n, false));
	}

	private static File resolve(final File dir, final String path) {
		final File f = new File(path);
		return f.isAbsolute() || dir == null ? f : new File(dir, path);
	}

	private static double[][] matrix(final JsonNode c, final String at,
		final int n, final boolean nonNegative)
	{
		if (!c.isArray() || c.size() != n) throw new ModelException(at +
			" must be a number or a " + n + " x " + n + " matrix");
		final double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			final JsonNode row = c.get(i);
			if (!row.isArray() || row.size() != n) throw new ModelException(at + "[" +
				i + "] must have " + n + " values");
			for (int j = 0; j < n; j++)
				m[i][j] = number(row.get(j), at + "[" + i + "][" + j + "]", nonNegative);
		}
		return m;
	}

	/** Rejects a field the format does not know: a typo must not change the physics. */
	private static void known(final JsonNode node, final String at,
		final String... fields)
	{
		final List<String> ok = Arrays.asList(fields);
		for (final Iterator<String> it = node.fieldNames(); it.hasNext();) {
			final String f = it.next();
			if (!ok.contains(f)) throw new ModelException("unknown field \"" + f +
				"\" in " + at + " (known: " + String.join(", ", ok) + ")");
		}
	}

	private static int index(final String[] names, final String name,
		final String at)
	{
		for (int i = 0; i < names.length; i++)
			if (names[i].equals(name)) return i;
		throw new ModelException(at + " names an unknown channel: " + name);
	}

	private static String text(final JsonNode node, final String field,
		final String at)
	{
		final JsonNode v = node.get(field);
		if (v == null || !v.isTextual() || v.asText().isEmpty()) {
			throw new ModelException(at + "." + field + " must be a non-empty string");
		}
		return v.asText();
	}

	private static double number(final JsonNode v, final String at,
		final boolean nonNegative)
	{
		if (v == null || !v.isNumber()) throw new ModelException(at +
			" must be a number, got " + (v == null ? "nothing" : v.toString()));
		final double d = v.asDouble();
		if (!Double.isFinite(d)) throw new ModelException(at +
			" must be a finite number, got " + v.asText());
		if (nonNegative && d < 0) throw new ModelException(at + " must be >= 0, got " +
			ModelException.show(d));
		return d;
	}
}
