package org.toycov.stats;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.toycov.model.ModelException;
import org.toycov.model.Systematic;
import org.toycov.model.UniverseFile;

/**
 * Covariance matrices from universes (varied predictions), as SBNfit's
 * {@code SBNcovariance::FormCovarianceMatrix} and PROfit build them, with
 * {@code d_u = u - CV}:
 * <ul>
 * <li>{@code multisim}: {@code M = (1/N) sum_u d_u d_u^T} over N random
 * universes;</li>
 * <li>{@code unisim}: {@code M = sum_k d_k d_k^T}, one one-sigma variation per
 * knob;</li>
 * <li>{@code minmax}: {@code M = sum_k h_k h_k^T} with
 * {@code h_k = (u_k+ - u_k-) / 2}, a pair of rows (+ then -) per knob.</li>
 * </ul>
 * The sum streams over the universes, K at a time (memory O(bins^2), not
 * O(universes x bins)). The fractional covariance is {@code M_ij / (CV_i CV_j)},
 * 0 where a central value is 0 (never a division by 0); the correlation is
 * {@code M_ij / sqrt(M_ii M_jj)}.
 * <p>
 * Plain entry point of the {@code Universe Covariance} command: keys
 * {@code central_value} (a file of one row), {@code universes} (one file per
 * source, comma separated; the source is named by the file name without its
 * extension), {@code mode}; outputs per source the tables
 * {@code <source>_covariance}, {@code <source>_frac_cov},
 * {@code <source>_correlation} and for the sum of the sources
 * {@code covariance}, {@code frac_cov}, {@code correlation} (a {@code bin}
 * label column, then one column per bin, so that a model file's {@code cov} or
 * {@code frac_cov} reads them directly), a heat-map chart of each correlation,
 * and the scalar {@code universes} (rows read, summed over the sources).
 * </p>
 */
public final class UniverseCovariance {

	/** How universes make a covariance. */
	public enum Mode {
			MULTISIM, UNISIM, MINMAX;

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Mode of(final String key) {
			for (final Mode m : values())
				if (m.key().equals(key)) return m;
			throw new ModelException("mode must be one of multisim, unisim, " +
				"minmax, got " + key);
		}
	}

	/** Universes per block of the streamed sum: rows stay in cache across a block. */
	private static final int BLOCK = 32;

	/** A streaming sum of {@code d d^T}; add universes one at a time. */
	public static final class Accumulator {

		private final double[] cv;
		private final Mode mode;
		private final int n;
		/** Lower triangle of the sum, row by row. */
		private final double[][] sum;
		private final double[][] block;
		private int inBlock;
		private long count;
		private double[] plus;

		public Accumulator(final double[] cv, final Mode mode) {
			this.cv = cv.clone();
			this.mode = mode;
			n = cv.length;
			sum = new double[n][];
			for (int i = 0; i < n; i++)
				sum[i] = new double[i + 1];
			block = new double[BLOCK][n];
		}

		/** Adds one universe (one row of bins in model order). */
		public void add(final double[] u) {
			if (u.length != n) throw new ModelException("a universe has " + u.length +
				" bins, the central value " + n);
			count++;
			if (mode == Mode.MINMAX) {
				if (count % 2 == 1) {
					plus = u.clone();
					return;
				}
				final double[] d = block[inBlock];
				for (int j = 0; j < n; j++)
					d[j] = (plus[j] - u[j]) / 2;
			}
			else {
				final double[] d = block[inBlock];
				for (int j = 0; j < n; j++)
					d[j] = u[j] - cv[j];
			}
			if (++inBlock == BLOCK) flush();
		}

		/** sum_k d_k d_k^T for the rows of the block: one pass over the triangle. */
		private void flush() {
			for (int i = 0; i < n; i++) {
				final double[] row = sum[i];
				for (int k = 0; k < inBlock; k++) {
					final double[] d = block[k];
					final double a = d[i];
					if (a == 0) continue;
					// NB: an axpy over a contiguous row, which the JIT vectorizes
					for (int j = 0; j <= i; j++)
						row[j] += a * d[j];
				}
			}
			inBlock = 0;
		}

		/** Rows added. */
		public long universes() {
			return count;
		}

		/** The covariance of the universes added so far. */
		public double[][] covariance() {
			if (count == 0) throw new ModelException("no universes given");
			if (mode == Mode.MINMAX && count % 2 == 1) throw new ModelException(
				"mode=minmax needs pairs of rows (+ then - per knob), got " + count +
					" rows");
			flush();
			final double scale = mode == Mode.MULTISIM ? 1.0 / count : 1;
			final double[][] m = new double[n][n];
			for (int i = 0; i < n; i++)
				for (int j = 0; j <= i; j++)
					m[i][j] = m[j][i] = sum[i][j] * scale;
			return m;
		}
	}

	/** One source's matrices. */
	public static final class Source {

		private final String name;
		private final double[][] covariance;
		private final long universes;

		Source(final String name, final double[][] covariance,
			final long universes)
		{
			this.name = name;
			this.covariance = covariance;
			this.universes = universes;
		}

		public String name() {
			return name;
		}

		/** Absolute covariance ({@code <source>_covariance}). */
		public double[][] covariance() {
			return covariance;
		}

		public long universes() {
			return universes;
		}
	}

	private final double[] cv;
	private final List<Source> sources;
	private final double[][] total;
	private String[] names;

	private UniverseCovariance(final double[] cv, final List<Source> sources,
		final double[][] total)
	{
		this.cv = cv;
		this.sources = Collections.unmodifiableList(sources);
		this.total = total;
	}

	/**
	 * Reads the central value and each universe file, streaming.
	 *
	 * @throws ModelException naming a universe file whose width differs
	 */
	public static UniverseCovariance read(final File centralValue,
		final List<File> universes, final Mode mode)
	{
		final double[] cv;
		final String cvWhere;
		final String[] cvNames;
		try (UniverseFile c = UniverseFile.open(centralValue, "central_value")) {
			cv = c.onlyRow();
			cvWhere = c.where();
			cvNames = c.header();
		}
		if (cvNames != null && cvNames.length != cv.length) throw new ModelException(
			cvWhere + ": the header names " + cvNames.length + " columns, its row " +
				"has " + cv.length + " values");
		for (int i = 0; i < cv.length; i++)
			if (cv[i] < 0) throw new ModelException(cvWhere + ": column " + (i + 1) +
				(cvNames == null ? "" : " (" + cvNames[i] + ")") + " is " + ModelException
					.show(cv[i]) + ", but a central value is a predicted count and " +
				"must be >= 0");
		final List<Source> sources = new ArrayList<>();
		// NB: the bins' names, from the central value's header, else from the first
		// universe file with one; every header must name them in order
		String[] names = cvNames;
		String namesOf = "the central_value";
		for (final File f : universes) {
			try (UniverseFile u = UniverseFile.open(f, "universes")) {
				if (u.width() == 0) throw new ModelException("universes file " + f
					.getPath() + " is empty");
				if (u.width() != cv.length) throw new ModelException("universes file " +
					f.getPath() + " has " + u.width() + " bins per row but the " +
					"central_value has " + cv.length);
				String name = f.getName();
				if (name.contains(".")) name = name.substring(0, name.lastIndexOf('.'));
				for (final Source s : sources)
					if (s.name.equals(name)) throw new ModelException("universes: two " +
						"sources named " + name + " (a source is named by its file name): " +
						"rename one of the files");
				final Accumulator a = new Accumulator(cv, mode);
				final double[] row = new double[cv.length];
				while (u.next(row))
					a.add(row);
				if (a.universes() == 0) throw new ModelException("universes file " + f
					.getPath() + " has no rows of numbers");
				if (names != null) u.checkHeader(names, namesOf);
				else if (u.header() != null) {
					if (u.header().length != cv.length) throw new ModelException(u
						.where() + ": the header names " + u.header().length +
						" columns, the central_value has " + cv.length + " bins");
					names = u.header();
					namesOf = u.where();
				}
				final double[][] m = a.covariance();
				checkFinite(m, u.where() + ": its covariance", names,
					" (the universes are too far from the central value); give smaller values");
				checkFractional(m, cv, cvWhere + ": the frac_cov of " + name, names);
				sources.add(new Source(name, m, a.universes()));
			}
		}
		final UniverseCovariance out = of(cv, sources);
		out.names = names;
		checkFinite(out.total, "universes: the covariance summed over the sources",
			names, "; give smaller values");
		checkFractional(out.total, cv, cvWhere + ": the frac_cov of the sum",
			names);
		return out;
	}

	/** A covariance that overflows a double is refused naming its bin. */
	private static void checkFinite(final double[][] m, final String what,
		final String[] names, final String advice)
	{
		for (int i = 0; i < m.length; i++)
			for (int j = 0; j < m.length; j++)
				if (!Double.isFinite(m[i][j])) {
					// NB: |M_ij| <= sqrt(M_ii M_jj): blame the diagonal that overflows
					final int bin = Double.isFinite(m[i][i]) ? j : i;
					throw new ModelException(what + " overflows a double at bin " + bin(
						names, bin) + advice);
				}
	}

	/** {@code M_ij / (CV_i CV_j)} overflows for tiny central values. */
	private static void checkFractional(final double[][] m, final double[] cv,
		final String what, final String[] names)
	{
		final double[][] f = fractional(m, cv);
		for (int i = 0; i < f.length; i++)
			for (int j = 0; j < f.length; j++)
				if (!Double.isFinite(f[i][j])) {
					final int bin = Math.abs(cv[i]) <= Math.abs(cv[j]) ? i : j;
					throw new ModelException(what + " overflows a double at bin " + bin(
						names, bin) + " (M_ij / (CV_i CV_j) with a central value of " +
						ModelException.show(cv[bin]) + "); give larger central values");
				}
	}

	private static String bin(final String[] names, final int i) {
		return names == null ? "bin_" + i : names[i];
	}

	/** Sums computed sources. */
	static UniverseCovariance of(final double[] cv, final List<Source> sources) {
		if (sources.isEmpty()) throw new ModelException(
			"universes: give at least one file");
		final int n = cv.length;
		final double[][] t = new double[n][n];
		for (final Source s : sources)
			for (int i = 0; i < n; i++)
				for (int j = 0; j < n; j++)
					t[i][j] += s.covariance[i][j];
		return new UniverseCovariance(cv, sources, t);
	}

	/**
	 * Bin names for the tables' header row and {@code bin} column: the header
	 * row of the central value, else of the universe files (the model's bin
	 * names, so that a model file reads the CSV), else {@code bin_0, bin_1, ...}.
	 */
	public String[] names() {
		if (names != null) return names.clone();
		final String[] n = new String[cv.length];
		for (int i = 0; i < n.length; i++)
			n[i] = "bin_" + i;
		return n;
	}

	public double[] centralValue() {
		return cv.clone();
	}

	public List<Source> sources() {
		return sources;
	}

	/** Sum over the sources ({@code covariance}). */
	public double[][] covariance() {
		return total;
	}

	/** {@code M_ij / (CV_i CV_j)}, 0 where a central value is 0 ({@code frac_cov}). */
	public static double[][] fractional(final double[][] m, final double[] cv) {
		final int n = cv.length;
		final double[][] f = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				f[i][j] = cv[i] != 0 && cv[j] != 0 ? m[i][j] / (cv[i] * cv[j]) : 0;
		return f;
	}

	/** Correlation of a covariance ({@code correlation}). */
	public static double[][] correlation(final double[][] m) {
		return Systematic.correlationOf(m);
	}
}
