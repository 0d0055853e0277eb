package org.toycov.model;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * One HEPData table (a YAML file of a HEPData record): bins in
 * {@code independent_variables} ({@code low}/{@code high} or {@code value}),
 * columns in {@code dependent_variables} named by {@code header.name}. A
 * matrix is a 2D table: two independent variables (row bin, column bin) and
 * one column of {@code bins^2} values flattened row by row.
 */
public final class HepData {

	private final String where;
	private final JsonNode root;

	private HepData(final String where, final JsonNode root) {
		this.where = where;
		this.root = root;
	}

	/** Reads a HEPData YAML table; errors name the file. */
	public static HepData read(final File file) {
		final String where = "hepdata file " + file.getPath();
		if (file.isDirectory()) throw new ModelException(where +
			" is a folder, not a YAML file");
		if (!file.isFile()) throw new ModelException(where + " not found");
		final JsonNode root;
		try {
			root = new ObjectMapper(new YAMLFactory()).readTree(file);
		}
		catch (final JsonProcessingException exc) {
			throw new ModelException(where + " is not valid YAML: " + exc
				.getOriginalMessage().split("\n")[0], exc);
		}
		catch (final IOException exc) {
			throw new ModelException(where + " cannot be read: " + exc.getMessage(),
				exc);
		}
		if (root == null || !root.isObject() || !root.path(
			"dependent_variables").isArray() || !root.path("independent_variables")
				.isArray()) throw new ModelException(where +
					" is not a HEPData table (it needs independent_variables and " +
					"dependent_variables)");
		return new HepData(where, root);
	}

	/** Names of the columns ({@code dependent_variables[].header.name}). */
	public List<String> columns() {
		final List<String> names = new ArrayList<>();
		for (final JsonNode d : root.get("dependent_variables"))
			names.add(d.path("header").path("name").asText());
		return names;
	}

	/**
	 * The values of the named column; a null column names the only one.
	 *
	 * @throws ModelException if there is no such column or a value is not a number
	 */
	public double[] column(final String name) {
		final List<String> names = columns();
		int k = name == null && names.size() == 1 ? 0 : names.indexOf(name);
		if (k < 0) throw new ModelException(where + " has no column " + (name ==
			null ? "named (give \"column\": one of " : "\"" + name +
				"\" (its columns: ") + String.join(", ", names) + ")");
		final JsonNode values = root.get("dependent_variables").get(k).path(
			"values");
		final double[] v = new double[values.size()];
		for (int i = 0; i < v.length; i++) {
			final JsonNode x = values.get(i).path("value");
			if (!x.isNumber()) throw new ModelException(where + ": column " +
				names.get(k) + ", value " + (i + 1) + " is not a number: " + x);
			v[i] = x.asDouble();
		}
		return v;
	}

	/** Bin edges of the first independent variable ({@code low}, then the last {@code high}), or null without them. */
	public double[] binEdges() {
		final JsonNode vals = root.get("independent_variables").path(0).path(
			"values");
		if (vals.size() == 0 || !vals.get(0).has("low")) return null;
		final double[] e = new double[vals.size() + 1];
		for (int i = 0; i < vals.size(); i++)
			e[i] = vals.get(i).path("low").asDouble();
		e[vals.size()] = vals.get(vals.size() - 1).path("high").asDouble();
		return e;
	}

	/** Title of the first independent variable with its unit, e.g. {@code E_QE (MeV)}. */
	public String axis() {
		final JsonNode h = root.get("independent_variables").path(0).path("header");
		final String units = h.path("units").asText("");
		return h.path("name").asText("") + (units.isEmpty() ? "" : " (" + units +
			")");
	}

	/**
	 * The named column as a square matrix of {@code bins x bins} (or
	 * {@code fullBins x fullBins}, over component bins), flattened row by row.
	 */
	public double[][] matrix(final String name, final int bins,
		final int fullBins)
	{
		final double[] v = column(name);
		final int n = (int) Math.round(Math.sqrt(v.length));
		if (n * n != v.length) throw new ModelException(where + ": the matrix " +
			"has " + v.length + " values, not a square number (a 2D table holds " +
			"rows x columns values)");
		if (n != bins && n != fullBins) throw new ModelException(where +
			": the matrix has " + v.length + " values (" + n + " x " + n +
			") but the model needs " + bins + " x " + bins + " = " + bins * bins +
			(fullBins != bins ? " (or " + fullBins * fullBins +
				" over component bins)" : ""));
		final double[][] m = new double[n][n];
		for (int i = 0; i < n; i++)
			System.arraycopy(v, i * n, m[i], 0, n);
		return m;
	}
}
