package org.toycov.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.model.FileList;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.MatrixCharts;
import org.toycov.stats.UniverseCovariance;

/**
 * Covariance matrices from universes (SBNfit's
 * {@code SBNcovariance::FormCovarianceMatrix}): per source and in total, the
 * absolute and fractional covariance and the correlation, as CSV that a model
 * file's {@code cov} or {@code frac_cov} reads directly.
 */
@Plugin(type = Command.class, label = "Universe Covariance")
public class UniverseCovarianceCommand extends ResultsCommand {

	// NB: not required for SciJava, whose "is required but unset" is not ours
	@Parameter(label = "Central value", style = "open", persist = false,
		required = false,
		description = "central_value: a CSV or .npy file of one row, the prediction of every bin in model order (a header row naming the bins is kept in the tables; a universe file's header must name the same bins in the same order).")
	private File central_value;

	@Parameter(label = "Universe files (comma separated)", persist = false,
		description = "universes: one CSV or .npy file per source (rows = universes, columns = bins in model order), comma separated; a source is named by its file name without the extension.")
	private String universes = "";

	@Parameter(label = "Mode", persist = false, choices = { "multisim",
		"unisim", "minmax" },
		description = "mode: multisim (M = (1/N) sum_u d_u d_u^T over N random universes), unisim (M = sum_k d_k d_k^T, one one-sigma variation per knob) or minmax (M = sum_k h_k h_k^T, h_k = (u_k+ - u_k-) / 2, a pair of rows per knob), with d = u - central value.")
	private String mode = "multisim";

	@Parameter(label = "Output folder (optional)", required = false,
		persist = false, style = "directory",
		description = "output_dir: folder the result tables (<table>.csv) and charts (<chart>.png, .svg) are written to.")
	private File output_dir;

	@Parameter(label = "Show charts", persist = false,
		description = "show_charts: open each chart in a window when there is a display (bin/toycov: only when given as true).")
	private boolean show_charts = true;

	@Parameter(type = ItemIO.OUTPUT, label = "Universes read",
		description = "universes_read: rows read from the universe files, summed over the sources.")
	private long universes_read;

	@Override
	protected void execute() {
		if (central_value == null || central_value.getPath().isEmpty())
			throw new IllegalArgumentException(
				"central_value: give the central value's file (a CSV or .npy of one row)");
		final List<File> files = new ArrayList<>();
		for (final String f : FileList.split(universes))
			files.add(new File(f));
		final UniverseCovariance u = toycov.universeCovariance(central_value,
			files, mode);
		final String[] bins = u.names();
		final double[] cv = u.centralValue();
		universes_read = 0;
		for (final UniverseCovariance.Source s : u.sources()) {
			universes_read += s.universes();
			matrices(s.name() + "_", bins, s.covariance(), cv);
		}
		matrices("", bins, u.covariance(), cv);
	}

	/** The tables and the correlation chart of one covariance. */
	private void matrices(final String prefix, final String[] bins,
		final double[][] m, final double[] cv)
	{
		final double[][] r = UniverseCovariance.correlation(m);
		table(Table.matrix(prefix + "covariance", bins, m));
		table(Table.matrix(prefix + "frac_cov", bins, UniverseCovariance
			.fractional(m, cv)));
		table(Table.matrix(prefix + "correlation", bins, r));
		final String source = prefix.isEmpty() ? "all sources" : prefix.substring(0,
			prefix.length() - 1);
		chart(prefix + "correlation", () -> MatrixCharts.correlation(
			"Correlation (" + source + ", " + mode + ")", bins, r));
	}

	@Override
	public List<String> outputNames() {
		// NB: the sources are known from the file names before the run
		final List<String> tables = new ArrayList<>(), charts = new ArrayList<>();
		final List<String> prefixes = new ArrayList<>();
		for (final String f : FileList.split(universes)) {
			String name = new File(f).getName();
			if (name.contains(".")) name = name.substring(0, name.lastIndexOf('.'));
			prefixes.add(name + "_");
		}
		prefixes.add("");
		for (final String p : prefixes) {
			tables.add(p + "covariance");
			tables.add(p + "frac_cov");
			tables.add(p + "correlation");
			charts.add(p + "correlation");
		}
		return outputNames(tables.toArray(new String[0]), charts.toArray(
			new String[0]));
	}
}
