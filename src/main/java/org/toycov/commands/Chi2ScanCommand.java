package org.toycov.commands;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import java.util.Collections;

import org.toycov.model.ModelException;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Chi2CurveCharts;
import org.toycov.outputs.charts.Curve;
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
		style = BoundsPreprocessor.POSITIVE, persist = false,
		description = "e_obs_step: step between scanned counts.")
	private double e_obs_step = 1;

	@Parameter(label = "Scanned channel", persist = false,
		description = "scan_channel: the channel whose observed count is scanned (e for the seed's model).")
	private String scan_channel = "e";

	@Parameter(label = "Statistical term", persist = false, choices = {
		"pearson", "neyman", "cnp" },
		description = "stat: Poisson variance on the diagonal: pearson (expected counts, the seed), neyman (observed counts), cnp (combined Neyman-Pearson, 3 / (1/n_obs + 2/n_exp)).")
	private String stat = "pearson";

	@Parameter(type = ItemIO.OUTPUT, label = "n(e,obs) at the grid minimum",
		description = "e_obs_at_min: scanned count with the lowest chi2 (the seed's argmin).")
	private double e_obs_at_min;

	@Parameter(type = ItemIO.OUTPUT, label = "Best n(e,obs)",
		description = "e_obs_best: exact minimum of the chi2 over a continuous count.")
	private double e_obs_best;

	@Parameter(type = ItemIO.OUTPUT, label = "Minimum chi-square",
		description = "chi2_min: chi2 at e_obs_best.")
	private double chi2_min;

	@Override
	protected void execute() {
		final Chi2Scan s = toycov.scan(model(), scan_channel, e_obs_min,
			e_obs_max, e_obs_step, stat);
		e_obs_at_min = s.xAtMin();
		e_obs_best = s.xBest();
		chi2_min = s.chi2Min();
		table(new Table("chi2_scan").column(scan_channel + "_obs", s.x()).column(
			"chi2", s.chi2()));
		final Curve curve = Curve.solid(scan_channel.equals("e") && model == null
			? "n(μ,obs) = " + ModelException.show(mu_obs) : "chi2", Palette.ORIGINAL,
			s.x(), s.chi2());
		chart("chi2_scan", Chi2CurveCharts.create("χ² against the observed " +
			scan_channel + " count (stat = " + stat + ")", scan_channel.equals("e")
				? Notation.N_E_OBS : "n_{" + scan_channel + ",obs}", Notation.CHI2,
			Collections.singletonList(curve), null, null));
	}
}
