package org.toycov.model;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a fractional covariance matrix from CSV: one row per line, values
 * separated by commas (or spaces); a first line that is not numbers is a
 * header and skipped.
 */
public final class FractionalCovarianceCsv {

	private FractionalCovarianceCsv() {}

	public static double[][] read(final File file, final int bins) {
		final String where = "frac_cov file " + file.getPath();
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
		for (int l = 0; l < lines.size(); l++) {
			final String line = lines.get(l).trim();
			if (line.isEmpty() || line.startsWith("#")) continue;
			final String[] cells = line.split("\\s*[,;\\s]\\s*");
			final double[] row = new double[cells.length];
			try {
				for (int j = 0; j < cells.length; j++)
					row[j] = Double.parseDouble(cells[j]);
			}
			catch (final NumberFormatException exc) {
				if (rows.isEmpty() && l == firstNonEmpty(lines)) continue; // a header
				throw new ModelException(where + ": line " + (l + 1) +
					" is not a row of numbers: " + line);
			}
			rows.add(row);
		}
		if (rows.size() != bins) throw new ModelException(where + " must be " +
			bins + " x " + bins + " (one row and column per bin), got " + rows.size() +
			" rows");
		for (int i = 0; i < bins; i++) {
			if (rows.get(i).length != bins) throw new ModelException(where +
				" must be " + bins + " x " + bins +
				" (one row and column per bin), got " + rows.get(i).length +
				" columns in row " + (i + 1));
		}
		return rows.toArray(new double[0][]);
	}

	private static int firstNonEmpty(final List<String> lines) {
		for (int l = 0; l < lines.size(); l++) {
			final String s = lines.get(l).trim();
			if (!s.isEmpty() && !s.startsWith("#")) return l;
		}
		return -1;
	}
}
