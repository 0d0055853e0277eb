package org.toycov.commands;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.TuneComparison;
import org.toycov.analysis.TuneComparisonSummaryFile;
import org.toycov.frontend.Inputs;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Chi2CurveCharts;
import org.toycov.outputs.charts.CountGrid;
import org.toycov.outputs.charts.PlotLine;
import org.toycov.outputs.charts.DensityMapCharts;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.SliceHistogramCharts;
import org.toycov.outputs.charts.StepHistogram;

/**
 * The seed's "to tune or not to tune" (cells 19-27): the original model
 * against the naively tuned one ({@code mu_exp -> mu_obs}, {@code e_exp}
 * scaled alike), as chi-square curves and as toy slices at the observed muon
 * count, beside the exact conditional constraint.
 */
@Plugin(type = Command.class, label = "Tune Comparison")
public class TuneComparisonCommand extends ToyCommand {

	@Parameter(label = "Scan from n(e,obs)", min = "0", persist = false,
		description = "e_obs_min: first observed count of the chi-square curves.")
	private double e_obs_min = 50;

	@Parameter(label = "Scan to n(e,obs), excluded", min = "0",
		persist = false,
		description = "e_obs_max: end of the chi-square curves, excluded like np.arange.")
	private double e_obs_max = 150;

	@Parameter(label = "Scan step", min = "0",
		style = Inputs.POSITIVE, persist = false,
		description = "e_obs_step: step of the chi-square curves.")
	private double e_obs_step = 1;

	@Parameter(label = "Slice half-width", min = "0",
		style = Inputs.POSITIVE, persist = false,
		description = "slice_halfwidth: toys with mu_obs - slice_halfwidth < n_mu < mu_obs + slice_halfwidth are kept.")
	private double slice_halfwidth = 10;

	@Parameter(type = ItemIO.OUTPUT, label = "Original: slice mean",
		description = "orig_slice_mean: mean n_e of the original model's toys in the slice.")
	private Double orig_slice_mean;

	@Parameter(type = ItemIO.OUTPUT, label = "Original: slice variance",
		description = "orig_slice_variance: variance of n_e of the original model's toys in the slice.")
	private Double orig_slice_variance;

	@Parameter(type = ItemIO.OUTPUT, label = "Original: toys in the slice",
		description = "orig_slice_count: number of the original model's toys in the slice.")
	private long orig_slice_count;

	@Parameter(type = ItemIO.OUTPUT, label = "Original: error on the slice mean",
		description = "orig_slice_mean_error: sqrt(orig_slice_variance / orig_slice_count).")
	private Double orig_slice_mean_error;

	@Parameter(type = ItemIO.OUTPUT, label = "Tuned: slice mean",
		description = "tune_slice_mean: mean n_e of the tuned model's toys in the slice.")
	private Double tune_slice_mean;

	@Parameter(type = ItemIO.OUTPUT, label = "Tuned: slice variance",
		description = "tune_slice_variance: variance of n_e of the tuned model's toys in the slice.")
	private Double tune_slice_variance;

	@Parameter(type = ItemIO.OUTPUT, label = "Tuned: toys in the slice",
		description = "tune_slice_count: number of the tuned model's toys in the slice.")
	private long tune_slice_count;

	@Parameter(type = ItemIO.OUTPUT, label = "Tuned: error on the slice mean",
		description = "tune_slice_mean_error: sqrt(tune_slice_variance / tune_slice_count).")
	private Double tune_slice_mean_error;

	@Parameter(type = ItemIO.OUTPUT, label = "Constrained n(e) mean",
		description = "constrained_e_mean: e_exp + C_e,mu / C_mu,mu (mu_obs - mu_exp), the conditional constraint.")
	private double constrained_e_mean;

	@Parameter(type = ItemIO.OUTPUT, label = "Constrained n(e) variance",
		description = "constrained_e_variance: conditional variance with the Poisson term at the constrained mean, the spread toys show.")
	private double constrained_e_variance;

	@Parameter(type = ItemIO.OUTPUT, label = "Constrained n(e) variance (Gaussian)",
		description = "constrained_e_variance_gauss: C_ee - C_e,mu^2 / C_mu,mu with the Poisson term at e_exp, as TLee.")
	private double constrained_e_variance_gauss;

	@Parameter(type = ItemIO.OUTPUT, label = "Original: best n(e,obs)",
		description = "orig_e_obs_best: minimum of the original chi-square curve.")
	private double orig_e_obs_best;

	@Parameter(type = ItemIO.OUTPUT, label = "Tuned: best n(e,obs)",
		description = "tune_e_obs_best: minimum of the tuned chi-square curve.")
	private double tune_e_obs_best;

	@Override
	protected void execute() {
		final TuneComparison.Result r = toycov.tuneComparison(model(),
			new TuneComparison.Settings(e_obs_min, e_obs_max, e_obs_step,
				slice_halfwidth), options(), this::progress);
		saveSummary(() -> TuneComparisonSummaryFile.format(r));
		final Map<String, Double> s = scalars(r);
		orig_e_obs_best = s.get("orig_e_obs_best");
		tune_e_obs_best = s.get("tune_e_obs_best");
		constrained_e_mean = s.get("constrained_e_mean");
		constrained_e_variance = s.get("constrained_e_variance");
		constrained_e_variance_gauss = s.get("constrained_e_variance_gauss");
		orig_slice_mean = s.get("orig_slice_mean");
		orig_slice_variance = s.get("orig_slice_variance");
		orig_slice_count = s.get("orig_slice_count").longValue();
		orig_slice_mean_error = s.get("orig_slice_mean_error");
		tune_slice_mean = s.get("tune_slice_mean");
		tune_slice_variance = s.get("tune_slice_variance");
		tune_slice_count = s.get("tune_slice_count").longValue();
		tune_slice_mean_error = s.get("tune_slice_mean_error");
		tablesAndCharts(this, r);
	}

	/** The scalar outputs of the study {@code r} by name, in order (null: none). */
	static Map<String, Double> scalars(final TuneComparison.Result r) {
		final Map<String, Double> s = new LinkedHashMap<>();
		s.put("orig_slice_mean", r.originalSlice.mean);
		s.put("orig_slice_variance", r.originalSlice.variance);
		s.put("orig_slice_count", (double) r.originalSlice.count);
		s.put("orig_slice_mean_error", r.originalSlice.meanError);
		s.put("tune_slice_mean", r.tunedSlice.mean);
		s.put("tune_slice_variance", r.tunedSlice.variance);
		s.put("tune_slice_count", (double) r.tunedSlice.count);
		s.put("tune_slice_mean_error", r.tunedSlice.meanError);
		s.put("constrained_e_mean", r.constrainedMean);
		s.put("constrained_e_variance", r.constrainedVariance);
		s.put("constrained_e_variance_gauss", r.constrainedVarianceGauss);
		s.put("orig_e_obs_best", r.originalScan.xBest());
		s.put("tune_e_obs_best", r.tunedScan.xBest());
		return s;
	}

	/**
	 * The tables and charts of the study {@code r} as command {@code c}'s
	 * outputs: a run's or a merge's (Merge Toys); no density maps when the
	 * run holds none of the first toys (a shard with a large first_toy).
	 */
	static void tablesAndCharts(final ResultsCommand c, final TuneComparison.Result r) {
		final double slice_halfwidth = r.configs[TuneComparison.ORIGINAL].sliceHalfwidth();
		c.table(new Table("tune_chi2_scan").column("e_obs", r.originalScan.x())
			.column("chi2_orig", r.originalScan.chi2()).column("chi2_tune", r.tunedScan
				.chi2()));
		final Table ho = Table.histogram("", "e_obs", r.originalHistogram);
		final Table ht = Table.histogram("", "e_obs", r.tunedHistogram);
		c.table(new Table("tune_slice_histogram").column("e_obs_low", ho.numbers(
			"e_obs_low")).column("e_obs_high", ho.numbers("e_obs_high")).column(
				"orig_count", ho.numbers("count")).column("orig_density", ho.numbers(
					"density")).column("tune_count", ht.numbers("count")).column(
						"tune_density", ht.numbers("density")));

		// seed cell 19: original vs naively tuned chi-square, both dashed
		c.chart("tune_chi2_scan", () -> Chi2CurveCharts.create("χ² at n(μ,obs) = " +
			Numbers.format(r.center) + ": original vs naively tuned", Arrays.asList(
				PlotLine.dashed("\"Original\"", Palette.ORIGINAL, r.originalScan.x(),
					r.originalScan.chi2()), PlotLine.dashed("\"Tuned\" (naive)", Palette.TUNED,
						r.tunedScan.x(), r.tunedScan.chi2())), null, null));
		// seed cell 27: the slice histograms, linear and log
		c.chart("tune_slice_histogram", () -> SliceHistogramCharts.create(Arrays
			.asList(new StepHistogram("'Original'", Palette.ORIGINAL,
				r.originalHistogram), new StepHistogram("'Tuned'", Palette.TUNED,
					r.tunedHistogram)), SliceHistogramCharts.sliceLabel(r.center -
						slice_halfwidth, r.center + slice_halfwidth)));
		// seed cell 24: the joint distribution of the first toys, as its hexbin pair
		if (r.originalMap != null) c.chart("toy_histogram_2d_pair", () -> DensityMapCharts.pair("The first " +
			r.mapToys + " toys", "'Original'", new CountGrid(r.originalMap), "'Tuned'",
			new CountGrid(r.tunedMap), TuneComparison.MAP_E, TuneComparison.MAP_MU));
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "tune_chi2_scan", "tune_slice_histogram" },
			"tune_chi2_scan", "tune_slice_histogram", "toy_histogram_2d_pair");
	}
}
