package org.toycov.commands;

import java.io.File;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.model.Model;
import java.util.Collections;

import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Chi2DistributionCharts;
import org.toycov.outputs.charts.DensityMapCharts;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.SliceHistogramCharts;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.Covariances;
import org.toycov.toys.Histogram1D;
import org.toycov.toys.Histogram2D;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToySummary;

/**
 * Pseudo-experiments of one model (seed cells 21-27): a multivariate-normal
 * throw of the expectations from the systematic covariance, then a Poisson
 * throw per channel, summarised as they are thrown.
 */
@Plugin(type = Command.class, label = "Toy Experiments")
public class ToyExperimentsCommand extends ToyCommand {

	@Parameter(label = "First toy", min = "0", persist = false,
		description = "first_toy: index of the first toy, to split a run into shards that merge exactly.")
	private long first_toy = 0;

	@Parameter(label = "Slice channel", persist = false,
		description = "slice_channel: the channel whose count selects the slice.")
	private String slice_channel = "mu";

	@Parameter(label = "Slice centre", min = "0", persist = false,
		description = "slice_center: toys with slice_center - slice_halfwidth < n < slice_center + slice_halfwidth are kept (strict, as the seed).")
	private double slice_center = 9000;

	@Parameter(label = "Slice half-width", min = "0",
		style = BoundsPreprocessor.POSITIVE, persist = false,
		description = "slice_halfwidth: half-width of the slice.")
	private double slice_halfwidth = 10;

	@Parameter(label = "Summarised channel", persist = false,
		description = "target_channel: the channel whose count is summarised in the slice.")
	private String target_channel = "e";

	@Parameter(label = "Save toys to (.npy, optional)", required = false,
		persist = false, style = "save",
		description = "save_toys: a .npy file for the raw counts, shape (toys, channels), read with numpy.load.")
	private File save_toys;

	@Parameter(type = ItemIO.OUTPUT, label = "Toys in the slice",
		description = "slice_count: number of toys in the slice.")
	private long slice_count;

	@Parameter(type = ItemIO.OUTPUT, label = "Slice mean",
		description = "slice_mean: mean of the summarised count in the slice.")
	private Double slice_mean;

	@Parameter(type = ItemIO.OUTPUT, label = "Slice variance",
		description = "slice_variance: sample variance (ddof 1) of the summarised count in the slice.")
	private Double slice_variance;

	@Parameter(type = ItemIO.OUTPUT, label = "Error on the slice mean",
		description = "slice_mean_error: sqrt(slice_variance / slice_count).")
	private Double slice_mean_error;

	@Parameter(type = ItemIO.OUTPUT, label = "Observed chi-square",
		description = "chi2: chi-square of the observed counts.")
	private Double chi2;

	@Parameter(type = ItemIO.OUTPUT, label = "Asymptotic p-value",
		description = "p_value: P(chi-square with ndf degrees of freedom >= chi2).")
	private Double p_value;

	@Parameter(type = ItemIO.OUTPUT, label = "Toy p-value",
		description = "toy_p_value: fraction of toys with a chi-square at least the observed one.")
	private Double toy_p_value;

	@Parameter(type = ItemIO.OUTPUT, label = "Toy p-value error",
		description = "toy_p_value_error: binomial standard error of toy_p_value.")
	private Double toy_p_value_error;

	@Parameter(type = ItemIO.OUTPUT, label = "Toys with a negative throw",
		description = "negative_count: toys whose Gaussian throw had a negative mean.")
	private long negative_count;

	@Override
	protected void execute() {
		final Model m = model();
		final ToyConfig c = options(toycov.toyConfig(m, slice_channel,
			target_channel)).firstToy(first_toy).sliceCenter(slice_center)
				.sliceHalfwidth(slice_halfwidth).fullSummaries(true).build();
		final ToySummary s = run(c, "", save_toys);
		if (s == null) return;
		slice_count = s.sliceCount();
		slice_mean = mean(s);
		slice_variance = variance(s);
		slice_mean_error = meanError(s);
		final int ndf = ChiSquare.ndf(m.size());
		if (m.hasObserved()) {
			chi2 = c.chi2Observed();
			p_value = ChiSquare.pValue(chi2, ndf);
			toy_p_value = s.toyPValue();
			toy_p_value_error = s.toyPValueError();
		}
		negative_count = s.negativeCount();

		final Histogram1D slice = s.sliceHistogram(integerEdges(20, s));
		table(histogram("slice_histogram", target_channel + "_obs", slice, null));
		table(histogram2d(s.histogram2D()));
		final Histogram1D chi = s.chi2Histogram();
		table(histogram("toy_chi2_histogram", "chi2", chi, ChiSquare.densityPerBin(
			chi.edges(), ndf)));
		table(moments(m, s));

		final String sliceText = SliceHistogramCharts.sliceLabel(c.sliceMinCount() -
			1, c.sliceMaxCount() + 1);
		chart("slice_histogram", SliceHistogramCharts.create("Toys with " +
			sliceText.replace("μ", slice_channel.equals("mu") ? "μ" : slice_channel),
			"n_{" + target_channel + ",obs}", Collections.singletonList(step("toys",
				Palette.ORIGINAL, slice)), "no toys in the slice " + sliceText));
		chart("toy_histogram_2d", DensityMapCharts.panels(s.toys() + " toys",
			Collections.singletonList(""), Collections.singletonList(grid(s
				.histogram2D())), "n_{" + target_channel + ",obs}", "n_{" + (slice_channel
					.equals("mu") ? "μ" : slice_channel) + ",obs}", null, null));
		chart("toy_chi2_histogram", Chi2DistributionCharts.create(
			"χ² of the toys against the χ² distribution, " + ndf +
				" degrees of freedom", chi.edges(), chi.counts(), ndf, chi2 == null ? Double.NaN : chi2, true));
	}

	private static Table histogram(final String name, final String x,
		final Histogram1D h, final double[] pdf)
	{
		final double[] e = h.edges();
		final double[] lo = new double[h.bins()], hi = new double[h.bins()];
		for (int i = 0; i < lo.length; i++) {
			lo[i] = e[i];
			hi[i] = e[i + 1];
		}
		final Table t = new Table(name).column(x + "_low", lo).column(x + "_high",
			hi).column("count", h.counts()).column("density", h.density());
		return pdf == null ? t : t.column("chi2_pdf", pdf);
	}

	private Table histogram2d(final Histogram2D h) {
		final double[] xe = h.xEdges(), ye = h.yEdges();
		final long[][] c = h.counts();
		final int nx = xe.length - 1, ny = ye.length - 1;
		final double[] x = new double[nx * ny], y = new double[nx * ny];
		final long[] n = new long[nx * ny];
		for (int i = 0, k = 0; i < nx; i++) {
			for (int j = 0; j < ny; j++, k++) {
				x[k] = 0.5 * (xe[i] + xe[i + 1]);
				y[k] = 0.5 * (ye[j] + ye[j + 1]);
				n[k] = c[i][j];
			}
		}
		return new Table("toy_histogram_2d").column(target_channel + "_obs", x)
			.column(slice_channel + "_obs", y).column("count", n);
	}

	/** Thrown-count means and variances next to their analytic values. */
	private static Table moments(final Model m, final ToySummary s) {
		final double[][] total = Covariances.total(m);
		final double[][] cov = s.covariance();
		final int n = m.size();
		final double[] var = new double[n], toyVar = new double[n];
		for (int i = 0; i < n; i++) {
			var[i] = total[i][i];
			toyVar[i] = cov[i][i];
		}
		return new Table("toy_moments").column("channel", m.channels()).column(
			"expected", m.expected()).column("toy_mean", s.mean()).column("variance",
				var).column("toy_variance", toyVar);
	}
}
