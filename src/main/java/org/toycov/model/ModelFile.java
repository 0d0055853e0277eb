package org.toycov.model;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 */
public final class ModelFile {

	private ModelFile() {}

	public static Model read(final File file) {
		if (file == null) throw new ModelException("model: no file given");
		final String where = "model file " + file.getPath();
		if (!file.isFile()) throw new ModelException(where + " not found");
		final JsonNode root;
		try {
			root = new ObjectMapper().readTree(file);
		}
		catch (final JsonProcessingException exc) {
			final String msg = exc.getOriginalMessage().split("\n")[0];
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
			return parse(root);
		}
		catch (final ModelException exc) {
			throw new ModelException(where + ": " + exc.getMessage(), exc);
		}
	}

	/** Parses the JSON tree of a model file (see the class comment). */
	public static Model parse(final JsonNode root) {
		final JsonNode chs = root.get("channels");
		if (chs == null || !chs.isArray() || chs.size() == 0) {
			throw new ModelException("\"channels\" must be a non-empty array");
		}
		final int n = chs.size();
		final String[] names = new String[n];
		final double[] exp = new double[n];
		final double[] obs = new double[n];
		int observedCount = 0;
		for (int i = 0; i < n; i++) {
			final JsonNode ch = chs.get(i);
			final String at = "channels[" + i + "]";
			if (!ch.isObject()) throw new ModelException(at + " must be an object");
			names[i] = text(ch, "name", at);
			exp[i] = number(ch.get("expected"), at + ".expected", true);
			if (ch.has("observed")) {
				obs[i] = number(ch.get("observed"), at + ".observed", true);
				observedCount++;
			}
		}
		if (observedCount != 0 && observedCount != n) throw new ModelException(
			"\"observed\" must be given for every channel or for none");
		final List<Systematic> sys = new ArrayList<>();
		final JsonNode srcs = root.get("systematics");
		if (srcs != null && !srcs.isNull()) {
			if (!srcs.isArray()) throw new ModelException(
				"\"systematics\" must be an array");
			for (int k = 0; k < srcs.size(); k++) {
				sys.add(systematic(srcs.get(k), "systematics[" + k + "]", names));
			}
		}
		return new Model(names, exp, sys, observedCount == 0 ? null : obs);
	}

	private static Systematic systematic(final JsonNode s, final String at,
		final String[] names)
	{
		if (!s.isObject()) throw new ModelException(at + " must be an object");
		final String name = text(s, "name", at);
		final int n = names.length;
		final double[] frac = new double[n];
		final JsonNode f = s.get("frac_err");
		if (f == null) throw new ModelException(at + ".frac_err is missing");
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
				final int i = index(names, e.getKey(), at + ".frac_err");
				frac[i] = number(e.getValue(), at + ".frac_err." + e.getKey(), true);
			}
		}
		else throw new ModelException(at +
			".frac_err must be an object keyed by channel or an array");
		final JsonNode c = s.get("correlation");
		if (c == null || c.isNumber()) {
			final double rho = c == null ? 0 : c.asDouble();
			return Systematic.uniform(name, frac, rho);
		}
		if (!c.isArray() || c.size() != n) throw new ModelException(at +
			".correlation must be a number or a " + n + " x " + n + " matrix");
		final double[][] corr = new double[n][n];
		for (int i = 0; i < n; i++) {
			final JsonNode row = c.get(i);
			if (!row.isArray() || row.size() != n) throw new ModelException(at +
				".correlation[" + i + "] must have " + n + " values");
			for (int j = 0; j < n; j++)
				corr[i][j] = number(row.get(j), at + ".correlation[" + i + "][" + j +
					"]", false);
		}
		return new Systematic(name, frac, corr);
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
		if (nonNegative && d < 0) throw new ModelException(at + " must be >= 0, got " +
			ModelException.show(d));
		return d;
	}
}
