package org.toycov.model;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a covariance matrix (fractional or absolute) from CSV: one row per line, values
 * separated by commas (or spaces); a first line that is not numbers is a
 * header and skipped.
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
		if (file.isDirectory()) throw new ModelException(where +
			" is a folder, not a file");
		if (!file.isFile()) throw new ModelException(where + " not found");
		final List<String> lines;
		try {
			lines = Files.readAllLines(file.toPath(), StandardCharsets.UTF_8);
		}
		catch (final IOException exc) {
			throw new ModelException(where + " cannot be read: " + exc.getMessage(),
				exc);
		}
		final List<double[]> rows = new ArrayList<>();
		String[] header = null;
		for (int l = 0; l < lines.size(); l++) {
			final String line = lines.get(l).trim();
			if (line.isEmpty() || line.startsWith("#")) continue;
			final String[] cells = cells(line);
			if (l == firstNonEmpty(lines) && isHeader(cells)) {
				header = cells;
				continue;
			}
			final double[] row = new double[cells.length];
			for (int j = 0; j < cells.length; j++) {
				try {
					row[j] = Double.parseDouble(cells[j]);
				}
				catch (final NumberFormatException exc) {
					throw new ModelException(where + ": line " + (l + 1) + ", column " +
						(j + 1) + " is not a number: " + cells[j]);
				}
			}
			rows.add(row);
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
				" columns in row " + (i + 1));
		}
		if (header != null) checkHeader(where, header, full ? fullNames : names);
		return rows.toArray(new double[0][]);
	}

	/** Splits a line at commas, semicolons or runs of blanks (a hand loop: a regex per line costs more than the numbers). */
	private static String[] cells(final String line) {
		final List<String> out = new ArrayList<>();
		final int n = line.length();
		int i = 0;
		while (i < n) {
			int j = i;
			while (j < n && !separator(line.charAt(j)))
				j++;
			out.add(line.substring(i, j));
			// NB: one comma or semicolon, with blanks around it, or a run of blanks
			boolean hard = false;
			while (j < n && separator(line.charAt(j))) {
				final char c = line.charAt(j);
				if (c == ',' || c == ';') {
					if (hard) break;
					hard = true;
				}
				j++;
			}
			i = j;
		}
		return out.toArray(new String[0]);
	}

	private static boolean separator(final char c) {
		return c == ',' || c == ';' || c == ' ' || c == '\t';
	}

	/** A header row holds no number at all. */
	private static boolean isHeader(final String[] cells) {
		for (final String c : cells) {
			try {
				Double.parseDouble(c);
				return false;
			}
			catch (final NumberFormatException exc) {
				// NB: not a number, as a header cell
			}
		}
		return true;
	}

	/** A header must name the bins in model order, or the columns are misread. */
	private static void checkHeader(final String where, final String[] cells,
		final String[] names)
	{
		if (names == null) return;
		if (cells.length != names.length) throw new ModelException(where +
			": the header names " + cells.length + " columns, the model has " +
			names.length + " bins");
		for (int j = 0; j < cells.length; j++) {
			final String c = cells[j].replace("\"", "");
			if (!c.equals(names[j])) throw new ModelException(where +
				": header column " + (j + 1) + " is " + c + " but bin " + (j + 1) +
				" of the model is " + names[j] +
				" (columns must be in the model's bin order)");
		}
	}

	private static int firstNonEmpty(final List<String> lines) {
		for (int l = 0; l < lines.size(); l++) {
			final String s = lines.get(l).trim();
			if (!s.isEmpty() && !s.startsWith("#")) return l;
		}
		return -1;
	}
}
