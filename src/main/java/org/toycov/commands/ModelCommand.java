package org.toycov.commands;

import java.io.File;

import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.ModelDescription;
import org.toycov.frontend.Inputs;
import org.toycov.model.Model;
import org.toycov.outputs.Table;

/**
 * Inputs every ToyCov command shares: a model file, or the seed's ten keys
 * (defaults: the seed's final scenario, cells 19-21), and where the tables and
 * charts go. A subclass maps its parameters to one {@code ToyCovService} call
 * and the result to outputs ({@link ResultsCommand}). A command marked
 * {@code @Plugin(attrs = @Attr(name = Inputs.SIGNAL_MODEL))} needs a model
 * file whose components mark the signal: the ten keys are not its inputs
 * ({@link Inputs#isHidden}) and a run without a model file is a one-line error.
 */
public abstract class ModelCommand extends ResultsCommand {

	@Parameter(label = "Model file", required = false,
		persist = false, style = "open",
		description = "model: a JSON model file; it replaces the seed's ten keys (mu_exp ... e_obs) where a command has them. Signal Fit, Feldman Cousins, Hypothesis Test and Goodness of Fit have none: they need a file whose components mark the signal (\"signal\": true), e.g. sample-data/binned-signal.json.")
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

	/** What this command's model is made from. */
	protected ModelDescription description() {
		if (model != null && !model.getPath().isEmpty()) return ModelDescription
			.file(model);
		if (isSignalModel()) throw new IllegalArgumentException("model: give a " +
			"model file whose components mark the signal (\"signal\": true), e.g. " +
			"sample-data/binned-signal.json; \"" + title() + "\" has no seed model");
		return ModelDescription.seedKeys().set("mu_exp", mu_exp).set("e_exp",
			e_exp).set("mu_xsec_frac_err", mu_xsec_frac_err).set("e_xsec_frac_err",
				e_xsec_frac_err).set("xsec_corr", xsec_corr).set("mu_reco_frac_err",
					mu_reco_frac_err).set("e_reco_frac_err", e_reco_frac_err).set(
						"reco_corr", reco_corr).set("mu_obs", mu_obs).set("e_obs", e_obs);
	}

	/** Whether the command is marked {@link Inputs#SIGNAL_MODEL}. */
	private boolean isSignalModel() {
		final Plugin p = getClass().getAnnotation(Plugin.class);
		if (p != null) for (final Attr a : p.attrs())
			if (a.name().equals(Inputs.SIGNAL_MODEL)) return true;
		return false;
	}

	/** The model of this command's inputs. */
	protected Model model() {
		return toycov.model(description());
	}


	/**
	 * Adds the columns {@code low} and {@code high} (the bins' edges, NaN for a
	 * bin whose channel has none) when any listed bin has edges.
	 */
	protected static Table edges(final Table t, final double[] low,
		final double[] high)
	{
		for (final double v : low)
			if (!Double.isNaN(v)) return t.column("low", low).column("high", high);
		return t;
	}

	/** {@link #edges(Table, double[], double[])} for every bin of the model. */
	protected static Table edges(final Table t, final Model m) {
		return edges(t, m.binLows(), m.binHighs());
	}
}
