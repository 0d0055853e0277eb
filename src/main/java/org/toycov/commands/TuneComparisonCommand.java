package org.toycov.commands;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.model.Model;
import java.util.Arrays;

import org.toycov.model.ModelException;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Chi2CurveCharts;
import org.toycov.outputs.charts.Curve;
import org.toycov.outputs.charts.DensityMapCharts;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.SliceHistogramCharts;
import org.toycov.stats.Chi2Scan;
import org.toycov.stats.Constraint;
import org.toycov.toys.Histogram1D;
import org.toycov.toys.ToySummary;

/**
 * The seed's "to tune or not to tune" (cells 19-27): the original model
 * against the naively tuned one ({@code mu_exp -> mu_obs}, {@code e_exp}
 * scaled alike), as chi-square curves and as toy slices at the observed muon
 * count, beside the exact conditional constraint.
 */
@Plugin(type = Command.class, label = "Tune Comparison")
public class TuneComparisonCommand extends ToyCommand {

	/** Toys drawn in the density maps, as the seed plots the first 1e5. */
	private static final long HEXBIN_TOYS = 100_000;

	@Parameter(label = "Scan from n(e,obs)", min = "0", persist = false,
		description = "e_obs_min: first observed count of the chi-square curves.")
	private double e_obs_min = 50;

	@Parameter(label = "Scan to n(e,obs), excluded", min = "0",
		persist = false,
		description = "e_obs_max: end of the chi-square curves, excluded like np.arange.")
	private double e_obs_max = 150;

	@Parameter(label = "Scan step", min = "0",
		style = BoundsPreprocessor.POSITIVE, persist = false,
		description = "e_obs_step: step of the chi-square curves.")
	private double e_obs_step = 1;

	@Parameter(label = "Slice half-width", min = "0",
		style = BoundsPreprocessor.POSITIVE, persist = false,
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
		final String e = "e", mu = "mu";
		final Model orig = model();
		if (orig.size() != 2 || !Arrays.asList(orig.channels()).containsAll(Arrays
			.asList(e, mu))) throw new ModelException(
				"Tune Comparison is the seed's two-channel study: the model must have " +
					"exactly the channels e and mu, unbinned (use Constraint for others)");
		final Model tune = toycov.naiveTune(orig, e);
		final Chi2Scan so = toycov.scan(orig, e, e_obs_min, e_obs_max, e_obs_step,
			"pearson");
		final Chi2Scan st = toycov.scan(tune, e, e_obs_min, e_obs_max, e_obs_step,
			"pearson");
		orig_e_obs_best = so.xBest();
		tune_e_obs_best = st.xBest();
		table(new Table("tune_chi2_scan").column("e_obs", so.x()).column(
			"chi2_orig", so.chi2()).column("chi2_tune", st.chi2()));

		final Constraint k = toycov.constrain(orig, e);
		constrained_e_mean = k.mean()[0];
		constrained_e_variance = k.covarianceAtConstrainedMean()[0][0];
		constrained_e_variance_gauss = k.covariance()[0][0];

		final double center = orig.observed()[orig.indexOf(mu)];
		final ToySummary to = run(options(toycov.toyConfig(orig, mu, e))
			.sliceCenter(center).sliceHalfwidth(slice_halfwidth).fullSummaries(false)
			.build(), "original", null);
		if (to == null) return;
		final ToySummary tt = run(options(toycov.toyConfig(tune, mu, e))
			.sliceCenter(center).sliceHalfwidth(slice_halfwidth).fullSummaries(false)
			.build(), "tuned", null);
		if (tt == null) return;
		orig_slice_mean = mean(to);
		orig_slice_variance = variance(to);
		orig_slice_count = to.sliceCount();
		orig_slice_mean_error = meanError(to);
		tune_slice_mean = mean(tt);
		tune_slice_variance = variance(tt);
		tune_slice_count = tt.sliceCount();
		tune_slice_mean_error = meanError(tt);

		// NB: one set of edges for both, about 20 bins as the seed's hist(..., 20)
		final double[] edges = integerEdges(20, to, tt);
		final Histogram1D ho = to.sliceHistogram(edges);
		final Histogram1D ht = tt.sliceHistogram(edges);
		final double[] lo = new double[ho.bins()], hi = new double[ho.bins()];
		for (int i = 0; i < lo.length; i++) {
			lo[i] = edges[i];
			hi[i] = edges[i + 1];
		}
		table(new Table("tune_slice_histogram").column("e_obs_low", lo).column(
			"e_obs_high", hi).column("orig_count", ho.counts()).column("orig_density",
				ho.density()).column("tune_count", ht.counts()).column("tune_density", ht
					.density()));

		// seed cell 19: original vs naively tuned chi-square, both dashed
		chart("tune_chi2_scan", Chi2CurveCharts.create("χ² at n(μ,obs) = " +
			ModelException.show(center) + ": original vs naively tuned", Arrays.asList(
				Curve.dashed("\"Original\"", Palette.ORIGINAL, so.x(), so.chi2()), Curve
					.dashed("\"Tuned\" (naive)", Palette.TUNED, st.x(), st.chi2())), null,
			null));
		// seed cell 27: the slice histograms, linear and log
		final String slice = SliceHistogramCharts.sliceLabel(center -
			slice_halfwidth, center + slice_halfwidth);
		chart("tune_slice_histogram", SliceHistogramCharts.create(Arrays.asList(step(
			"'Original'", Palette.ORIGINAL, ho), step("'Tuned'", Palette.TUNED, ht)),
			slice));
		// seed cell 24: the joint distribution of the first toys, as its hexbin pair
		final ToySummary po = run(options(toycov.toyConfig(orig, mu, e)).toys(Math
			.min(toys, HEXBIN_TOYS)).sliceCenter(center).sliceHalfwidth(
				slice_halfwidth).fullSummaries(true).hist2dTarget(45, 140, 95)
			.hist2dSlice(4500, 14000, 95).build(), "original, density map", null);
		if (po == null) return;
		final ToySummary pt = run(options(toycov.toyConfig(tune, mu, e)).toys(Math
			.min(toys, HEXBIN_TOYS)).sliceCenter(center).sliceHalfwidth(
				slice_halfwidth).fullSummaries(true).hist2dTarget(45, 140, 95)
			.hist2dSlice(4500, 14000, 95).build(), "tuned, density map", null);
		if (pt == null) return;
		chart("toy_histogram_2d_pair", DensityMapCharts.pair("The first " + po
			.toys() + " toys", "'Original'", grid(po.histogram2D()), "'Tuned'", grid(pt
				.histogram2D()), new double[] { 45, 140 }, new double[] { 4500,
					14000 }));
	}
}
