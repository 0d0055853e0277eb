package org.toycov.commands;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.ModelDescription;
import org.toycov.model.Model;
import org.toycov.outputs.Chart;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Results;
import org.toycov.outputs.Table;
import org.toycov.service.ToyCovService;

/**
 * Inputs every ToyCov command shares: a model file, or the seed's ten keys
 * (defaults: the seed's final scenario, cells 19-21), and where the tables and
 * charts go. A subclass maps its parameters to one {@link ToyCovService} call
 * and the result to outputs; bad input cancels the command with a one-line
 * reason instead of throwing. The front ends' postprocessors write
 * ({@code OutputsPostprocessor}, all or nothing) and show the outputs.
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
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, Double> namedScalars = new LinkedHashMap<>();
	private OutputSet files;
	private Throwable failure;

	@Override
	public final void run() {
		tables.clear();
		charts.clear();
		warnings.clear();
		namedScalars.clear();
		failure = null;
		files = new OutputSet();
		boolean done = false;
		try {
			execute();
			done = true;
		}
		catch (final IllegalArgumentException | UncheckedIOException exc) {
			cancel(exc.getMessage());
		}
		catch (final CancellationException exc) {
			if (!isCanceled()) cancel("\"" + title() + "\" was canceled");
			canceled();
		}
		catch (final RuntimeException | Error exc) {
			// NB: a bug: one line for the user, the trace kept for TOYCOV_DEBUG
			failure = exc;
			cancel("internal error in \"" + title() + "\": " + exc.getClass()
				.getSimpleName() + (exc.getMessage() == null ? "" : ": " + exc
					.getMessage().split("\n")[0]));
		}
		finally {
			// NB: a failed or canceled run leaves no file, staged or not
			if (!done || isCanceled()) files.abort();
		}
	}

	/** Computes the outputs; throws IllegalArgumentException on bad input. */
	protected abstract void execute();

	/** Called when the run was canceled (e.g. to clear a progress bar). */
	protected void canceled() {}

	/** The command's title, its {@code @Plugin} label. */
	protected String title() {
		final Plugin p = getClass().getAnnotation(Plugin.class);
		return p == null ? getClass().getSimpleName() : p.label();
	}

	/** What this command's model is made from. */
	protected ModelDescription description() {
		if (model != null && !model.getPath().isEmpty()) return ModelDescription
			.file(model);
		return ModelDescription.seedKeys().set("mu_exp", mu_exp).set("e_exp",
			e_exp).set("mu_xsec_frac_err", mu_xsec_frac_err).set("e_xsec_frac_err",
				e_xsec_frac_err).set("xsec_corr", xsec_corr).set("mu_reco_frac_err",
					mu_reco_frac_err).set("e_reco_frac_err", e_reco_frac_err).set(
						"reco_corr", reco_corr).set("mu_obs", mu_obs).set("e_obs", e_obs);
	}

	/** The model of this command's inputs. */
	protected Model model() {
		return toycov.model(description());
	}

	/** Adds a result table. */
	protected void table(final Table t) {
		tables.add(t);
	}

	/** Adds a result chart, drawn only when it is written or shown. */
	protected void chart(final String name, final Supplier<JFreeChart> draw) {
		charts.add(new Chart(name, draw));
	}

	/** Adds a scalar whose name depends on the inputs ({@link Results#namedScalars()}). */
	protected void scalar(final String name, final double value) {
		namedScalars.put(name, value);
	}

	/** Adds a one-line warning. */
	protected void warn(final String warning) {
		if (warning != null) warnings.add(warning);
	}

	/** The file names of tables and charts: {@code <table>.csv}, {@code <chart>.png} and {@code .svg}. */
	protected static List<String> outputNames(final String[] tableNames,
		final String... chartNames)
	{
		final List<String> out = new ArrayList<>();
		for (final String t : tableNames)
			out.add(t + ".csv");
		for (final String c : chartNames) {
			out.add(c + ".png");
			out.add(c + ".svg");
		}
		return out;
	}

	@Override
	public List<Chart> charts() {
		return Collections.unmodifiableList(charts);
	}

	@Override
	public List<Table> tables() {
		return Collections.unmodifiableList(tables);
	}

	@Override
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	@Override
	public OutputSet files() {
		return files;
	}

	@Override
	public Map<String, Double> namedScalars() {
		return Collections.unmodifiableMap(namedScalars);
	}

	@Override
	public Throwable failure() {
		return failure;
	}
}
