package org.toycov.commands;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.toycov.model.Model;
import org.jfree.chart.JFreeChart;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Table;
import org.toycov.outputs.Tables;
import org.toycov.service.ToyCovService;

/**
 * Inputs every ToyCov command shares: a model file, or the seed's ten keys
 * (defaults: the seed's final scenario, cells 19-21), and the folder tables
 * and charts go
 * to. Subclasses compute through {@link ToyCovService}; bad input cancels the
 * command with a one-line reason instead of throwing.
 */
public abstract class ModelCommand extends ContextCommand implements Results {

	@Parameter
	protected ToyCovService toycov;

	@Parameter(label = "Model file (optional)", required = false,
		persist = false, style = "open",
		description = "model: a JSON model file; when given, it replaces the ten keys below.")
	protected File model;

	@Parameter(label = "Expected muon events", min = "0", persist = false,
		description = "mu_exp: number of expected muon events.")
	protected double mu_exp = 10000;

	@Parameter(label = "Expected electron events", min = "0", persist = false,
		description = "e_exp: number of expected electron events.")
	protected double e_exp = 100;

	@Parameter(label = "Muon cross-section frac. error", min = "0",
		persist = false,
		description = "mu_xsec_frac_err: fractional uncertainty on the muon cross section.")
	protected double mu_xsec_frac_err = 0.1;

	@Parameter(label = "Electron cross-section frac. error", min = "0",
		persist = false,
		description = "e_xsec_frac_err: fractional uncertainty on the electron cross section.")
	protected double e_xsec_frac_err = 0.1;

	@Parameter(label = "Cross-section correlation", min = "-1", max = "1",
		persist = false,
		description = "xsec_corr: correlation coefficient of the muon and electron cross-section errors.")
	protected double xsec_corr = 1.0;

	@Parameter(label = "Muon reconstruction frac. error", min = "0",
		persist = false,
		description = "mu_reco_frac_err: fractional uncertainty on the muon reconstruction.")
	protected double mu_reco_frac_err = 0.1;

	@Parameter(label = "Electron reconstruction frac. error", min = "0",
		persist = false,
		description = "e_reco_frac_err: fractional uncertainty on the electron reconstruction.")
	protected double e_reco_frac_err = 0.0;

	@Parameter(label = "Reconstruction correlation", min = "-1", max = "1",
		persist = false,
		description = "reco_corr: correlation coefficient of the muon and electron reconstruction errors.")
	protected double reco_corr = 0.0;

	@Parameter(label = "Observed muon events", min = "0", persist = false,
		description = "mu_obs: number of observed muon events.")
	protected double mu_obs = 9000;

	@Parameter(label = "Observed electron events", min = "0", persist = false,
		description = "e_obs: number of observed electron events.")
	protected double e_obs = 100;

	@Parameter(label = "Output folder (optional)", required = false,
		persist = false, style = "directory",
		description = "output_dir: folder the result tables (<table>.csv) and charts (<chart>.png, .svg) are written to.")
	protected File output_dir;

	@Parameter(label = "Show charts", persist = false,
		description = "show_charts: open each chart in a window when there is a display (bin/toycov: only when given as true).")
	protected boolean show_charts = true;

	private final List<Table> tables = new ArrayList<>();
	private final List<Chart> charts = new ArrayList<>();

	@Override
	public final void run() {
		try {
			// NB: find an unwritable folder before the work, not after 1e8 toys
			if (output_dir != null && !output_dir.getPath().isEmpty()) writable(
				output_dir);
			execute();
			if (output_dir != null && !output_dir.getPath().isEmpty()) {
				for (final Table t : tables)
					t.writeCsv(output_dir);
				for (final Chart c : charts)
					c.write(output_dir);
			}
			Tables.show(tables);
			if (show_charts) for (final Chart c : charts)
				c.show();
		}
		catch (final IllegalArgumentException | UncheckedIOException exc) {
			cancel(exc.getMessage());
		}
	}

	/** Creates the folder if need be; throws if files cannot be written there. */
	static void writable(final File dir) {
		try {
			java.nio.file.Files.createDirectories(dir.toPath());
		}
		catch (final java.io.IOException | SecurityException exc) {
			throw new IllegalArgumentException("output_dir: cannot create " + dir
				.getPath() + " (" + exc.getMessage() + ")");
		}
		if (!java.nio.file.Files.isWritable(dir.toPath())) throw new IllegalArgumentException(
			"output_dir: cannot write in " + dir.getPath());
	}

	/** Computes the outputs; throws IllegalArgumentException on bad input. */
	protected abstract void execute();

	/** The model of this command's inputs. */
	protected Model model() {
		return toycov.model(model, mu_exp, e_exp, mu_xsec_frac_err,
			e_xsec_frac_err, xsec_corr, mu_reco_frac_err, e_reco_frac_err, reco_corr,
			mu_obs, e_obs);
	}

	/** Adds a result table. */
	protected void table(final Table t) {
		tables.add(t);
	}

	/** Adds a result chart. */
	protected void chart(final String name, final JFreeChart chart) {
		charts.add(new Chart(name, chart));
	}

	@Override
	public List<Chart> charts() {
		return Collections.unmodifiableList(charts);
	}

	@Override
	public List<Table> tables() {
		return Collections.unmodifiableList(tables);
	}
}
