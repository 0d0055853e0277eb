package org.toycov.commands;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.swing.SwingUtilities;

import org.jfree.chart.JFreeChart;
import org.scijava.command.Command;
import org.scijava.command.InteractiveCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.ModelDescription;
import org.toycov.model.Model;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Results;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Chi2CurveCharts;
import org.toycov.outputs.charts.PlotLine;
import org.toycov.outputs.charts.Palette;
import org.toycov.service.ToyCovService;
import org.toycov.stats.Chi2Scan;

/**
 * The seed's sliders (cells 10-20): chi-square against n_e,obs redrawn as the
 * observed muon count, the cross-section error and correlation and the muon
 * reconstruction error move, with the starting curve kept dashed.
 */
@Plugin(type = Command.class, label = "Chi2 Explorer")
public class Chi2ExplorerCommand extends InteractiveCommand implements Results {

	@Parameter
	private ToyCovService toycov;

	@Parameter(label = "Observed muon events", style = "slider", min = "7000",
		max = "13000", stepSize = "100", persist = false, callback = "update",
		description = "mu_obs: number of observed muon events.")
	private double mu_obs = 10000;

	@Parameter(label = "Cross-section error (%)", style = "slider", min = "0",
		max = "100", stepSize = "1", persist = false, callback = "update",
		description = "xsec_err_pct: cross-section error of both channels, in percent.")
	private double xsec_err_pct = 10;

	@Parameter(label = "Cross-section correlation", style = "slider",
		min = "0", max = "1", stepSize = "0.05", persist = false,
		callback = "update",
		description = "xsec_corr: correlation of the muon and electron cross-section errors.")
	private double xsec_corr = 1.0;

	@Parameter(label = "Muon reconstruction error (%)", style = "slider",
		min = "0", max = "100", stepSize = "1", persist = false,
		callback = "update",
		description = "mu_reco_err_pct: uncorrelated muon reconstruction error, in percent.")
	private double mu_reco_err_pct = 10;

	@Parameter(label = "Output folder (optional)", required = false,
		persist = false, style = "directory",
		description = "output_dir: folder the chart is written to as chi2_explorer.png and .svg.")
	private File output_dir;

	/** The files run() wrote, or null. */
	private OutputSet written;

	private List<PlotLine> reference;
	/** The chart's name: its window is "chi2_explorer (chart)", its files chi2_explorer.png/.svg. */
	private static final String TITLE = "chi2_explorer";

	private JFreeChart chart;
	/** Whether run() has opened the chart; sliders before that only recompute. */
	private volatile boolean shown;

	@Override
	public void run() {
		try {
			update();
		}
		catch (final IllegalArgumentException exc) {
			cancel(exc.getMessage());
			return;
		}
		if (output_dir != null && !output_dir.getPath().isEmpty()) {
			try (OutputSet set = new OutputSet()) {
				new Chart(TITLE, chart).write(set, "output_dir", output_dir);
				set.commit();
				written = set;
			}
			catch (final IllegalArgumentException | java.io.UncheckedIOException exc) {
				cancel(exc.getMessage());
				return;
			}
		}
		// NB: open the chart before returning, so the sliders' dialog, shown
		// after run(), comes up on top of it rather than behind; an ordinary
		// ImageJ window in ImageJ (Window menu, Ctrl+W, closes only itself)
		shown = true;
		show();
	}

	/** Shows the chart, reusing its window (none when headless). */
	private void show() {
		if (!shown || GraphicsEnvironment.isHeadless()) return;
		final Chart c = new Chart(TITLE, chart);
		if (SwingUtilities.isEventDispatchThread()) c.show();
		else SwingUtilities.invokeLater(c::show);
	}

	/** Recomputes the curves from the inputs and redraws them. */
	protected void update() {
		if (reference == null) reference = Arrays.asList(curve(
			"start: n(μ,obs) = 10000, σ(xsec) = 10%, σ(μ,reco) = 10%",
			Palette.NOMINAL, true, 10000, 0.1, 1.0, 0.1));
		// NB: the y axis follows the curves (JFreeChart's automatic range)
		chart = Chi2CurveCharts.create("χ² against n(e,obs)", curves(), null,
			null);
		show();
	}

	/** The curves drawn now: the dashed start, then with and without the reco error. */
	public List<PlotLine> curves() {
		final String sliders = "n(μ,obs) = " + Numbers.format(mu_obs) +
			", σ(xsec) = " + Numbers.format(xsec_err_pct) + "%, ρ(xsec) = " + Numbers
				.format(xsec_corr);
		return Arrays.asList(reference.get(0), curve("w/ reco error: " + sliders +
			", σ(μ,reco) = " + Numbers.format(mu_reco_err_pct) + "%",
			Palette.ORIGINAL, false, mu_obs, xsec_err_pct / 100, xsec_corr,
			mu_reco_err_pct / 100), curve("w/o reco error: " + sliders,
				Palette.NO_RECO, false, mu_obs, xsec_err_pct / 100, xsec_corr, 0));
	}

	/** The chart as last drawn. */
	public JFreeChart chart() {
		return chart;
	}

	@Override
	public List<Table> tables() {
		return Collections.emptyList();
	}

	@Override
	public List<String> outputNames() {
		return Arrays.asList("chi2_explorer.png", "chi2_explorer.svg");
	}

	@Override
	public List<String> warnings() {
		return Collections.emptyList();
	}

	/**
	 * The chart's files, written (committed) when the command runs, so a front
	 * end says what was written as for the other commands; null before.
	 */
	@Override
	public OutputSet files() {
		return written;
	}

	@Override
	public List<Chart> charts() {
		return chart == null ? Collections.emptyList() : Collections.singletonList(
			new Chart(TITLE, chart));
	}

	private PlotLine curve(final String label, final String colour,
		final boolean dashed, final double muObs, final double xsec,
		final double corr, final double reco)
	{
		final Model m = toycov.model(ModelDescription.seedKeys().set("mu_exp",
			10000).set("e_exp", 100).set("mu_xsec_frac_err", xsec).set(
				"e_xsec_frac_err", xsec).set("xsec_corr", corr).set("mu_reco_frac_err",
					reco).set("e_reco_frac_err", 0).set("reco_corr", 0).set("mu_obs", muObs)
			.set("e_obs", 100));
		final Chi2Scan s = toycov.scan(m, "e", 50, 150, 1, "pearson");
		return dashed ? PlotLine.dashed(label, colour, s.x(), s.chi2()) : PlotLine.solid(
			label, colour, s.x(), s.chi2());
	}
}
