package org.toycov.model;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a covariance matrix (fractional or absolute) from CSV: one row per
 * line, values separated by commas, semicolons, tabs or blanks; a first line
 * that holds no number is a header naming the bins (see {@link NumberRows}).
 */
public final class FractionalCovarianceCsv {

	private FractionalCovarianceCsv() {}

	public static double[][] read(final File file, final int bins) {
		return read(file, bins, null);
	}

	/**
	 * @param names the bins in model order; a header row, if there is one,
	 *          must name them in that order (or be null to skip the check)
	 */
	public static double[][] read(final File file, final int bins,
		final String[] names)
	{
		return read(file, "frac_cov", names, names == null ? bins : names.length,
			null);
	}

	/**
	 * Reads a matrix over the model bins ({@code names}) or, when it has as
	 * many rows as there are component bins, over {@code fullNames}.
	 *
	 * @param key how messages call the file, e.g. {@code cov}
	 * @param bins the model's bins when {@code names} is null
	 */
	public static double[][] read(final File file, final String key,
		final String[] names, final int bins, final String[] fullNames)
	{
		final String where = key + " file " + file.getPath();
		final List<double[]> rows = new ArrayList<>();
		final List<String> labels = new ArrayList<>();
		final List<Long> lines = new ArrayList<>();
		final String[] header;
		try (NumberRows r = NumberRows.open(file, where)) {
			header = r.header();
			for (double[] row = r.next(); row != null; row = r.next()) {
				rows.add(row);
				labels.add(r.label());
				lines.add(r.line());
			}
		}
		final boolean full = fullNames != null && fullNames.length != bins &&
			rows.size() == fullNames.length;
		final int size = full ? fullNames.length : bins;
		if (rows.size() != size) throw new ModelException(where + " must be " +
			bins + " x " + bins + " (one row and column per bin" + (fullNames !=
				null && fullNames.length != bins ? ") or " + fullNames.length + " x " +
					fullNames.length + " (one per component bin" : "") + "), got " + rows
						.size() + " rows");
		for (int i = 0; i < size; i++) {
			if (rows.get(i).length != size) throw new ModelException(where +
				" must be " + size + " x " + size +
				" (one row and column per bin), got " + rows.get(i).length +
				" columns in matrix row " + (i + 1) + " (rows of numbers, the header not counted)");
		}
		final String[] expected = full ? fullNames : names;
		if (header != null && expected != null) NumberRows.checkHeader(where,
			header, expected, "the model");
		checkLabels(where, labels, lines, expected);
		return rows.toArray(new double[0][]);
	}

	/**
	 * A label column must name the bins in model order, or the rows are
	 * misread: a matrix whose rows and columns were both moved stays symmetric.
	 */
	private static void checkLabels(final String where,
		final List<String> labels, final List<Long> lines, final String[] names)
	{
		if (names == null) return;
		for (int i = 0; i < labels.size(); i++) {
			final String label = labels.get(i);
			if (label != null && !label.equals(names[i])) throw new ModelException(
				where + ": row " + (i + 1) + " (line " + lines.get(i) +
					") is labelled " + (label.trim().isEmpty() ? "(blank)" : label) + " but bin " + (i + 1) +
					" of the model is " + names[i] + " (rows must be in the model's " +
					"bin order)");
		}
	}

}
