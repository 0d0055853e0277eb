package org.toycov.commands;

import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import java.util.Collections;

import org.toycov.frontend.Inputs;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Chi2CurveCharts;
import org.toycov.outputs.charts.PlotLine;
import org.toycov.outputs.charts.Notation;
import org.toycov.outputs.charts.Palette;
import org.toycov.stats.Chi2Scan;

/**
 * Chi-square against the observed electron count, the other channels held at
 * their observed counts (seed cells 7-17).
 */
@Plugin(type = Command.class, label = "Chi2 Scan")
public class Chi2ScanCommand extends ModelCommand {

	@Parameter(label = "Scan from n(e,obs)", min = "0", persist = false,
		description = "e_obs_min: first observed count of the scan.")
	private double e_obs_min = 50;

	@Parameter(label = "Scan to n(e,obs), excluded", min = "0",
		persist = false,
		description = "e_obs_max: end of the scan, excluded like np.arange.")
	private double e_obs_max = 150;

	@Parameter(label = "Scan step", min = "0",
		style = Inputs.POSITIVE, persist = false,
		description = "e_obs_step: step between scanned counts.")
	private double e_obs_step = 1;

	@Parameter(label = "Scanned channel", persist = false,
		description = "scan_channel: the channel whose observed count is scanned (e for the seed's model).")
	private String scan_channel = "e";

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "neyman", "cnp" },
		description = "stat: Poisson variance on the diagonal: pearson (expected counts, the seed), neyman (observed counts), cnp (combined Neyman-Pearson, 3 / (1/n_obs + 2/n_exp)).")
	private String stat = "pearson";

	@Parameter(type = ItemIO.OUTPUT, label = "Count at the grid minimum",
		description = "obs_at_min: scanned count of scan_channel with the lowest chi2 (the seed's argmin).")
	private double obs_at_min;

	@Parameter(type = ItemIO.OUTPUT, label = "Best count",
		description = "obs_best: exact minimum of the chi2 over a continuous count of scan_channel.")
	private double obs_best;

	@Parameter(type = ItemIO.OUTPUT, label = "Minimum chi-square",
		description = "chi2_min: chi2 at obs_best.")
	private double chi2_min;

	@Override
	protected void execute() {
		final boolean seed = model == null || model.getPath().isEmpty();
		final Chi2Scan s = toycov.scan(model(), scan_channel, e_obs_min,
			e_obs_max, e_obs_step, stat);
		obs_at_min = s.xAtMin();
		obs_best = s.xBest();
		chi2_min = s.chi2Min();
		final double[] x = s.x(), chi2 = s.chi2();
		// NB: a one-point grid's only point is both its edges
		if (x.length == 1) warn("the grid has one point, " + scan_channel +
			"_obs = " + Numbers.format(x[0]) + " (e_obs_step is wider than e_obs_max " +
			"- e_obs_min): its lowest chi2 is on its edge, and the minimum may lie " +
			"elsewhere (obs_best = " + Numbers.format(obs_best) + ")");
		else if ((obs_at_min == x[0] || obs_at_min == x[x.length -
			1])) warn("the lowest chi2 of the grid is at its " + (obs_at_min == x[0]
				? "first point, " + scan_channel + "_obs = " + Numbers.format(x[0]) +
					": the minimum may lie below e_obs_min"
				: "last point, " + scan_channel + "_obs = " + Numbers.format(x[x.length -
					1]) + ": the minimum may lie beyond e_obs_max") + " (obs_best = " +
				Numbers.format(obs_best) + ")");
		table(new Table("chi2_scan").column(scan_channel + "_obs", x).column(
			"chi2", chi2));
		final double muObs = mu_obs;
		chart("chi2_scan", () -> Chi2CurveCharts.create("χ² against the " +
			"observed " + scan_channel + " count (stat = " + stat + ")", scan_channel
				.equals("e") ? Notation.N_E_OBS : "n_{" + scan_channel + ",obs}",
			Notation.CHI2, Collections.singletonList(PlotLine.solid(scan_channel.equals(
				"e") && seed ? "n(μ,obs) = " + Numbers.format(muObs) : "chi2",
				Palette.ORIGINAL, x, chi2)), null, null));
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "chi2_scan" }, "chi2_scan");
	}
}
