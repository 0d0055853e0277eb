package org.toycov.model;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;

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
 * {@code <channel>_1}, ..., and it may give {@code bin_edges} and
 * {@code bin_axis}. A channel may be the sum of {@code components} (each with
 * {@code name}, {@code expected} and an optional {@code signal} flag). A
 * source may instead give {@code "frac_cov"} (fractional) or {@code "cov"}
 * (absolute covariance) over the model bins or the component bins, inline, as
 * the path of a CSV file (relative to the model file) or as a HEPData table
 * {@code {"hepdata": "cov.yaml"}}. Counts may come from a HEPData table too:
 * {@code {"hepdata": "nue.yaml", "column": "Data"}}.
 * </p>
 * <p>
 * NB: the file is read into a small {@link Json} tree, by a strict reader of
 * its own or, for a file with an error, by jackson-core's streaming parser
 * for its message; not bound with Jackson's databind, whose cold start cost
 * more than the whole analysis of a 137-bin model. Each object accepts only
 * the fields listed below and names the first other one.
 * </p>
 */
public final class ModelFile {

	private ModelFile() {}

	// -- The fields of the file's objects, in the order messages list them --

	/** The top level. */
	private static final String[] ROOT = { "channels", "systematics",
		"description" };
	/** {@code channels[i]}. */
	private static final String[] CHANNEL = { "name", "expected", "observed",
		"bin_edges", "bin_axis", "components", "description" };
	/**
	 * {@code channels[i].components[j]}; {@code signal}: signal (true) or
	 * background (false, the default), see {@link Component#signal()}.
	 */
	private static final String[] COMPONENT = { "name", "expected", "signal",
		"description" };
	/** {@code systematics[k]}. */
	private static final String[] SOURCE = { "name", "frac_err", "correlation",
		"frac_cov", "cov", "description" };
	/** A reference to a HEPData table: {@code {"hepdata": file, "column": name}}. */
	private static final String[] HEPDATA_REF = { "hepdata", "column",
		"description" };

	/**
	 * jackson-core, for a file {@link Json#parse(String)} did not take. NB: a
	 * class of its own, loaded (with jackson-core) only then.
	 */
	private static final class Jackson {

		private static final JsonFactory FACTORY = new JsonFactory();

		/**
		 * Reads a file that {@link Json#parse(String)} did not take: its tree if
		 * jackson-core reads it (null if empty), else one line naming the place.
		 *
		 * @param text the file's text if it is UTF-8, else null (jackson-core
		 *          then detects the encoding from the bytes)
		 */
		private static Json read(final File file, final String text,
			final String where)
		{
			final Json root;
			// NB: the text, not the bytes, when the file is UTF-8 and not ASCII:
			// jackson-core's byte parser names a character of more than one byte
			// after its first byte ("Invalid UTF-8 start byte 0x88" for U+2212) and
			// counts columns in bytes; ASCII text it reads as before
			try (JsonParser p = text != null && !ascii(text) ? FACTORY.createParser(
				text) : FACTORY.createParser(file))
			{
				try {
					root = p.nextToken() == null ? null : Json.read(p);
				}
				catch (final JsonProcessingException exc) {
					// NB: a limit exceeded has no location of its own
					throw new ModelException(where + jsonError(exc, p
						.currentLocation()), exc);
				}
				catch (final Json.OutOfRange exc) {
					throw new ModelException(where + ": " + exc.getMessage(), exc);
				}
				JsonToken after;
				try {
					after = p.nextToken();
				}
				catch (final JsonProcessingException exc) {
					after = JsonToken.NOT_AVAILABLE;
				}
				if (after != null) throw new ModelException(where +
					" is not valid JSON: text after the closing brace (line " + p
						.currentLocation().getLineNr() + ", column " + p.currentLocation()
							.getColumnNr() + ")");
			}
			catch (final JsonProcessingException exc) {
				throw new ModelException(where + jsonError(exc, null), exc);
			}
			catch (final IOException exc) {
				throw new ModelException(where + " cannot be read: " + exc.getMessage(),
					exc);
			}
			return root;
		}

		private static boolean ascii(final String text) {
			for (int i = 0; i < text.length(); i++)
				if (text.charAt(i) > 0x7F) return false;
			return true;
		}

		/**
		 * The parser's complaint in the user's terms, one line without Jackson's
		 * source description or feature hints: {@code " ends too early (line 3,
		 * column 1): ..."} for a file cut short, else
		 * {@code " is not valid JSON: ... (line 1, column 8)"}.
		 */
		private static String jsonError(final JsonProcessingException exc,
			final JsonLocation parserAt)
		{
			final String first = exc.getOriginalMessage().split("\n")[0];
			final String raw = clean(first);
			final JsonLocation loc = exc.getLocation() != null ? exc.getLocation()
				: parserAt;
			final String at = loc == null ? "" : " (line " + loc.getLineNr() +
				", column " + loc.getColumnNr() + ")";
			if (exc instanceof JsonEOFException || raw.contains("end-of-input"))
				return " ends too early" + at + ": " + endOfInput(first);
			// NB: as the matrix files say it (NumberRows)
			if (first.startsWith("Invalid UTF-8")) return " is not UTF-8 text " +
				"(save it as UTF-8)" + at;
			final String msg;
			final Matcher ctrl = Pattern.compile("CTRL-CHAR, code (\\d+)").matcher(raw);
			final Matcher unicode = Pattern.compile(
				"Unexpected character \\('(.+?)' \\(code (\\d+)(?: / 0x[0-9a-f]+)?\\)\\): (.*)")
				.matcher(first);
			final Matcher limit = Pattern.compile("maximum allowed \\((\\d+)")
				.matcher(first);
			if (exc instanceof StreamConstraintsException) {
				// NB: jackson-core's default StreamReadConstraints
				if (first.contains("NestingDepth") && limit.find()) msg =
					"arrays and objects are nested more than " + limit.group(1) + " deep";
				else if (first.contains("NumberLength") && limit.find()) msg =
					"a number is longer than " + limit.group(1) + " characters";
				else msg = raw.replaceAll("\\s*,? from `[^`]*`", "");
			}
			else if (unicode.matches() && Integer.parseInt(unicode.group(2)) > 0x7F) {
				final int code = Integer.parseInt(unicode.group(2));
				final String name = Character.getName(code);
				final String c = "'" + unicode.group(1) + "' (" + String.format(
					"U+%04X", code) + (name == null ? "" : " " + name) + ")";
				final String rest = unicode.group(3);
				if (rest.startsWith("expected a hex-digit")) msg = c +
					" in a \\u escape: write its four hex digits with 0-9 and a-f";
				else if (Character.isSpaceChar(code)) msg = c +
					" is not a blank in JSON: write a plain space";
				else if (rest.startsWith("expected a valid value")) msg = c +
					" cannot start a value: write numbers with the ASCII characters " +
					"- + . 0-9 e";
				else msg = c + ": " + clean(rest);
			}
			else if (first.contains("Non-standard token") || first.contains(
				JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.name())) msg =
					"NaN and Infinity are not JSON numbers (give a finite number)";
			else if (first.contains("ALLOW_COMMENTS")) msg =
				"comments (// or /* */) are not JSON; remove them or move the text " +
					"into a \"description\"";
			else if (ctrl.find()) {
				final int code = Integer.parseInt(ctrl.group(1));
				msg = first.contains("between tokens") ? "the control character " +
					code + " stands between values, where only blanks, tabs and line " +
					"breaks may (remove it)" : code == 10 || code == 13
					? "a string is not closed before its line ends (a \" is missing; " +
						"write a line break inside a string as \\n)"
					: "a string holds the control character " + code +
						" (write it escaped, e.g. \\t for a tab)";
			}
			else msg = raw;
			return " is not valid JSON: " + msg + at;
		}

		/** What a file cut short leaves open. */
		private static String endOfInput(final String raw) {
			final Matcher open = Pattern.compile(
				"close marker for (Object|Array).*line: (\\d+), column: (\\d+)").matcher(
					raw);
			if (open.find()) {
				final boolean obj = open.group(1).equals("Object");
				return "the " + (obj ? "object" : "array") + " opened at line " + open
					.group(2) + ", column " + open.group(3) + " is never closed (a " + (obj
						? "}" : "]") + " is missing)";
			}
			if (raw.contains("VALUE_STRING") || raw.contains("field name") || raw
				.contains("closing quote"))
				return "a string is never closed (a \" is missing)";
			if (raw.contains("Object entries"))
				return "an object is never closed (a } is missing)";
			if (raw.contains("Array entries"))
				return "an array is never closed (a ] is missing)";
			return "the file ends inside a value; is it complete?";
		}

		/** Jackson's message without its source description, codes and feature hints. */
		private static String clean(final String raw) {
			return raw.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
				.replaceAll("\\s*(at )?\\[Source:[^\\]]*\\]", "")
				.replaceAll("\\s*\\(not recognized as one since Feature[^)]*\\)", "")
				.replaceAll("\\s*\\(StreamReadFeature[^)]*\\)", "")
				.replaceAll(
					"[;:]?\\s*\\(?(enable|disable|use) [A-Z][A-Za-z]*Feature\\.[A-Z_]+[^)]*\\)?",
					"").replaceAll("\\('(.)' \\(code \\d+\\)\\)", "'$1'").trim();
		}
	}

	public static Model read(final File file) {
		if (file == null) throw new ModelException("model: no file given");
		final String where = "model file " + file.getPath();
		if (file.isDirectory()) throw new ModelException(where +
			" is a folder, not a JSON file");
		if (!file.isFile()) throw new ModelException(where + " not found");
		final byte[] bytes;
		try (FileInputStream in = new FileInputStream(file)) {
			bytes = in.readAllBytes();
		}
		catch (final IOException exc) {
			throw new ModelException(where + " cannot be read: " + exc.getMessage(),
				exc);
		}
		final String text = strictUtf8(bytes);
		final Json fast = text == null ? null : Json.parse(text);
		final Json root = fast != null ? fast : Jackson.read(file, text, where);
		if (root == null || !root.isObject()) throw new ModelException(where +
			" must hold a JSON object with \"channels\"");
		try {
			return parse(root, file.getAbsoluteFile().getParentFile());
		}
		catch (final ModelException exc) {
			throw new ModelException(where + ": " + exc.getMessage(), exc);
		}
	}

	/**
	 * The text of UTF-8 bytes, after a byte order mark, else null (jackson-core
	 * detects the encoding).
	 */
	private static String strictUtf8(final byte[] bytes) {
		final int bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF &&
			bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(
				CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
		}
		catch (final CharacterCodingException exc) {
			return null;
		}
	}

	/** Checks that {@code node} holds no field but {@code known}; one line naming the first other one. */
	private static Json fields(final Json node, final String[] known,
		final String at)
	{
		for (final String key : node.fields().keySet())
			if (!Arrays.asList(known).contains(key)) throw new ModelException(
				"unknown field \"" + key + "\" in " + at + " (known: " + String.join(
					", ", known) + ")");
		return node;
	}

	/**
	 * Parses the JSON tree of a model file; {@code dir} resolves the relative
	 * paths of CSV and HEPData files.
	 */
	private static Model parse(final Json root, final File dir) {
		final Json r = fields(root, ROOT, "the top level");
		final Json chs = r.get("channels");
		if (chs == null || !chs.isArray() || chs.size() == 0) {
			throw new ModelException("\"channels\" must be a non-empty array");
		}
		final List<String> names = new ArrayList<>();
		final List<String> places = new ArrayList<>();
		final List<String> obsPlaces = new ArrayList<>();
		final Map<String, String> edgePlaces = new LinkedHashMap<>();
		final List<Double> exp = new ArrayList<>();
		final List<Double> obs = new ArrayList<>();
		final Map<String, int[]> groups = new LinkedHashMap<>();
		final Map<String, double[]> edges = new LinkedHashMap<>();
		final Map<String, String> axes = new LinkedHashMap<>();
		final List<Component> components = new ArrayList<>();
		int observedChannels = 0;
		boolean anyComponents = false;
		for (int c = 0; c < chs.size(); c++) {
			final String at = "channels[" + c + "]";
			if (!chs.get(c).isObject()) throw new ModelException(at +
				" must be an object");
			final Json ch = fields(chs.get(c), CHANNEL, at);
			final String name = text(ch.get("name"), at + ".name");
			final int first = names.size();
			final List<Json> comps = components(ch.get("components"), at);
			anyComponents |= !comps.isEmpty();
			final Counts e;
			if (present(ch.get("expected"))) e = counts(ch.get("expected"), at + ".expected", dir);
			else if (!comps.isEmpty()) e = sum(comps, at, dir);
			else throw new ModelException(at + ".expected must be a number, got nothing");
			if (e.binned) {
				for (int b = 0; b < e.values.length; b++)
					names.add(name + "_" + b);
				final int[] bins = new int[e.values.length];
				for (int b = 0; b < bins.length; b++)
					bins[b] = first + b;
				groups.put(name, bins);
			}
			else names.add(name);
			for (int b = 0; b < e.values.length; b++) {
				exp.add(e.values[b]);
				places.add(at + (present(ch.get("expected")) ? ".expected" : ".components") +
					(e.binned ? "[" + b + "]" : ""));
				obsPlaces.add(at + ".observed" + (e.binned ? "[" + b + "]" : ""));
			}
			final int bins = e.values.length;
			if (present(ch.get("observed"))) {
				observedChannels++;
				final Counts o = counts(ch.get("observed"), at + ".observed", dir);
				if (o.binned != e.binned || o.values.length != bins)
					throw new ModelException(at + ".observed must have " + (e.binned
						? bins + " bins like .expected" : "one number"));
				for (final double v : o.values)
					obs.add(v);
			}
			if (present(ch.get("bin_edges"))) {
				edges.put(name, numbers(ch.get("bin_edges"), at + ".bin_edges", false));
				edgePlaces.put(name, at + ".bin_edges");
			}
			else if (e.edges != null) {
				edges.put(name, e.edges);
				edgePlaces.put(name, "the bin edges of " + at + ".expected.hepdata");
			}
			if (present(ch.get("bin_axis"))) axes.put(name, text(ch.get("bin_axis"), at +
				".bin_axis"));
			else if (e.axis != null) axes.put(name, e.axis);
			final int[] idx = new int[bins];
			for (int b = 0; b < bins; b++)
				idx[b] = first + b;
			for (int k = 0; k < comps.size(); k++) {
				final String cat = at + ".components[" + k + "]";
				final Json cn = comps.get(k);
				final Counts ce = counts(cn.get("expected"), cat + ".expected", dir);
				if (ce.values.length != bins) throw new ModelException(cat +
					".expected has " + ce.values.length + " bins but channel " + name +
					" has " + bins + " (components must have the channel's bins)");
				components.add(new Component(name, text(cn.get("name"), cat + ".name"), idx,
					ce.values, present(cn.get("signal")) && bool(cn.get("signal"), cat + ".signal")));
			}
			if (comps.isEmpty()) components.add(new Component(name, name, idx, e.values,
				false));
			else if (present(ch.get("expected"))) checkSum(e.values, components, comps
				.size(), at);
		}
		if (observedChannels != 0 && observedChannels != chs.size()) {
			throw new ModelException(
				"\"observed\" must be given for every channel or for none");
		}
		final String[] binNames = names.toArray(new String[0]);
		final List<Component> comps = anyComponents ? components : null;
		String[] fullNames = binNames;
		if (comps != null) {
			final List<String> f = new ArrayList<>();
			for (final Component c : comps)
				for (int b = 0; b < c.size(); b++)
					f.add(c.binName(b, groups.containsKey(c.channel())));
			fullNames = f.toArray(new String[0]);
		}
		final List<Systematic> sys = new ArrayList<>();
		final List<String> srcPlaces = new ArrayList<>();
		final Json srcs = r.get("systematics");
		if (present(srcs)) {
			if (!srcs.isArray()) throw new ModelException(
				"\"systematics\" must be an array");
			for (int k = 0; k < srcs.size(); k++) {
				srcPlaces.add("systematics[" + k + "]");
				sys.add(systematic(srcs.get(k), srcPlaces.get(k), binNames, fullNames,
					groups, dir));
			}
		}
		return new Model(binNames, unbox(exp), sys, observedChannels == 0 ? null
			: unbox(obs), groups, comps, edges, axes, new Model.Places(places
				.toArray(new String[0]), obsPlaces.toArray(new String[0]), srcPlaces
					.toArray(new String[0]), edgePlaces));
	}

	private static List<Json> components(final Json node,
		final String at)
	{
		final List<Json> out = new ArrayList<>();
		if (!present(node)) return out;
		if (!node.isArray() || node.size() == 0) throw new ModelException(at +
			".components must be a non-empty array");
		for (int k = 0; k < node.size(); k++) {
			final String cat = at + ".components[" + k + "]";
			if (!node.get(k).isObject()) throw new ModelException(cat +
				" must be an object");
			out.add(fields(node.get(k), COMPONENT, cat));
		}
		return out;
	}

	/** A channel's expectation as the sum of its components. */
	private static Counts sum(final List<Json> comps, final String at,
		final File dir)
	{
		Counts total = null;
		for (int k = 0; k < comps.size(); k++) {
			final String cat = at + ".components[" + k + "]";
			final Counts c = counts(comps.get(k).get("expected"), cat + ".expected", dir);
			if (total == null) total = new Counts(c.values.clone(), c.binned, c.edges,
				c.axis);
			else {
				if (c.values.length != total.values.length) throw new ModelException(
					cat + ".expected has " + c.values.length + " bins but " + at +
						".components[0] has " + total.values.length +
						" (components must have the channel's bins)");
				for (int b = 0; b < c.values.length; b++)
					total.values[b] += c.values[b];
			}
		}
		return total;
	}

	private static void checkSum(final double[] expected,
		final List<Component> all, final int count, final String at)
	{
		final double[] s = new double[expected.length];
		for (int k = all.size() - count; k < all.size(); k++)
			for (int b = 0; b < s.length; b++)
				s[b] += all.get(k).expected(b);
		for (int b = 0; b < s.length; b++)
			if (Math.abs(s[b] - expected[b]) > 1e-9 * Math.max(1, expected[b]))
				throw new ModelException(at + ".expected" + (s.length > 1 ? "[" + b +
					"]" : "") + " must be the sum of its components, " + ModelException
						.show(s[b]) + ", got " + ModelException.show(expected[b]) +
					" (or leave .expected out)");
	}

	/** Counts: a number, an array (binned) or a HEPData column (binned, with edges). */
	private static final class Counts {

		final double[] values;
		final boolean binned;
		final double[] edges;
		final String axis;

		Counts(final double[] values, final boolean binned, final double[] edges,
			final String axis)
		{
			this.values = values;
			this.binned = binned;
			this.edges = edges;
			this.axis = axis;
		}
	}

	private static Counts counts(final Json v, final String at,
		final File dir)
	{
		if (v != null && v.isObject()) {
			final Json ref = fields(v, HEPDATA_REF, at);
			final HepData h = HepData.read(resolve(dir, text(ref.get("hepdata"), at +
				".hepdata")));
			final double[] values = h.column(present(ref.get("column")) ? text(ref.get("column"),
				at + ".column") : null);
			for (int b = 0; b < values.length; b++)
				if (!(values[b] >= 0) || Double.isInfinite(values[b]))
					throw new ModelException(at + "[" + b + "] must be >= 0, got " +
						ModelException.show(values[b]));
			final double[] edges = h.binEdges();
			return new Counts(values, true, edges != null &&
				edges.length == values.length + 1 ? edges : null, h.axis());
		}
		if (v != null && v.isArray()) {
			if (v.size() == 0) throw new ModelException(at +
				" must hold at least one bin");
			return new Counts(numbers(v, at, true), true, null, null);
		}
		return new Counts(new double[] { number(v, at, true) }, false, null, null);
	}

	private static double[] numbers(final Json v, final String at,
		final boolean nonNegative)
	{
		if (!v.isArray()) throw new ModelException(at + " must be an array");
		final double[] d = new double[v.size()];
		for (int b = 0; b < d.length; b++)
			d[b] = number(v.get(b), at + "[" + b + "]", nonNegative);
		return d;
	}

	private static double[] unbox(final List<Double> list) {
		final double[] d = new double[list.size()];
		for (int i = 0; i < d.length; i++)
			d[i] = list.get(i);
		return d;
	}

	private static Systematic systematic(final Json node, final String at,
		final String[] bins, final String[] fullBins,
		final Map<String, int[]> groups, final File dir)
	{
		if (!node.isObject()) throw new ModelException(at + " must be an object");
		final Json s = fields(node, SOURCE, at);
		final String name = text(s.get("name"), at + ".name");
		final int n = bins.length;
		final boolean fc = present(s.get("frac_cov")), ac = present(s.get("cov"));
		if (fc || ac) {
			if (fc && ac) throw new ModelException(at +
				" gives frac_cov and cov: give one matrix per source");
			if (present(s.get("frac_err")) || present(s.get("correlation")))
				throw new ModelException(at + " gives " + (fc ? "frac_cov" : "cov") +
					" and frac_err/correlation: give one or the other");
			final String key = fc ? "frac_cov" : "cov";
			final double[][] m = matrix(fc ? s.get("frac_cov") : s.get("cov"), at + "." + key, key,
				bins, fullBins, dir);
			return fc ? Systematic.fractionalCovariance(name, m) : Systematic
				.covariance(name, m);
		}
		final double[] frac = new double[n];
		final Json f = s.get("frac_err");
		if (!present(f)) throw new ModelException(at +
			".frac_err (or .frac_cov or .cov) is missing");
		if (f.isArray()) {
			if (f.size() != n) throw new ModelException(at + ".frac_err must have " +
				n + " values, got " + f.size());
			for (int i = 0; i < n; i++)
				frac[i] = number(f.get(i), at + ".frac_err[" + i + "]", true);
		}
		else if (f.isObject()) {
			for (final Map.Entry<String, Json> e : f.fields().entrySet()) {
				final String where = at + ".frac_err." + e.getKey();
				final int[] idx = groups.containsKey(e.getKey()) ? groups.get(e.getKey())
					: new int[] { index(bins, e.getKey(), at + ".frac_err") };
				final Json v = e.getValue();
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
		final Json c = s.get("correlation");
		if (!present(c) && n > 1) throw new ModelException(at +
			".correlation is missing: give one number for every pair of bins " +
			"(0 for uncorrelated) or a " + n + " x " + n + " matrix");
		if (!present(c) || c.isNumber()) {
			final double rho = !present(c) ? 0 : c.asDouble();
			// NB: one number for every pair; Model would name a matrix entry
			if (!(rho >= -1 && rho <= 1)) throw new ModelException(at +
				".correlation must be within [-1, 1], got " + ModelException.show(rho));
			return Systematic.uniform(name, frac, rho);
		}
		return new Systematic(name, frac, matrix(c, at + ".correlation", n, n,
			true));
	}

	/** A matrix source: inline, a CSV path or a HEPData 2D table. */
	private static double[][] matrix(final Json m, final String at,
		final String key, final String[] bins, final String[] fullBins,
		final File dir)
	{
		if (m.isTextual()) return FractionalCovarianceCsv.read(resolve(dir, m
			.asText()), key, bins, bins.length, fullBins);
		if (m.isObject()) {
			final Json ref = fields(m, HEPDATA_REF, at);
			return HepData.read(resolve(dir, text(ref.get("hepdata"), at + ".hepdata")))
				.matrix(present(ref.get("column")) ? text(ref.get("column"), at + ".column") : null,
					bins.length, fullBins.length);
		}
		final int n = m.isArray() && m.size() == fullBins.length ? fullBins.length
			: bins.length;
		return matrix(m, at, n, fullBins.length, false);
	}

	private static File resolve(final File dir, final String path) {
		final File f = new File(path);
		return f.isAbsolute() || dir == null ? f : new File(dir, path);
	}

	/** @param number whether one number (a correlation for every pair) is allowed */
	private static double[][] matrix(final Json c, final String at,
		final int n, final int full, final boolean number)
	{
		if (!c.isArray() || c.size() != n) throw new ModelException(at +
			" must be " + (number ? "a number or " : "") + "a " + n + " x " + n +
			" matrix" + (full != n ? " (or " + full + " x " + full +
				" over component bins)" : "") + (number ? ""
					: ", the path of a CSV file or {\"hepdata\": file}"));
		final double[][] m = new double[n][n];
		for (int i = 0; i < n; i++) {
			final Json row = c.get(i);
			if (!row.isArray() || row.size() != n) throw new ModelException(at + "[" +
				i + "] must have " + n + " values");
			for (int j = 0; j < n; j++)
				m[i][j] = number(row.get(j), at + "[" + i + "][" + j + "]", false);
		}
		return m;
	}

	private static boolean present(final Json v) {
		return v != null && !v.isNull();
	}

	private static int index(final String[] names, final String name,
		final String at)
	{
		for (int i = 0; i < names.length; i++)
			if (names[i].equals(name)) return i;
		throw new ModelException(at + " names an unknown channel: " + name);
	}

	private static String text(final Json v, final String at) {
		if (v == null || !v.isTextual() || v.asText().isEmpty()) {
			throw new ModelException(at + " must be a non-empty string");
		}
		return v.asText();
	}

	private static boolean bool(final Json v, final String at) {
		if (!v.isBoolean()) throw new ModelException(at +
			" must be true or false, got " + v);
		return v.asBoolean();
	}

	private static double number(final Json v, final String at,
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
