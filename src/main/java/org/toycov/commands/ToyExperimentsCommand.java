package org.toycov.commands;

import java.io.File;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.ToyExperiment;
import org.toycov.frontend.Inputs;
import org.toycov.outputs.NpyWriter;
import org.toycov.toys.ToySummaryFile;
import org.toycov.model.Model;
import org.toycov.outputs.Table;
import org.toycov.outputs.charts.Chi2DistributionCharts;
import org.toycov.outputs.charts.CountGrid;
import org.toycov.outputs.charts.DensityMapCharts;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.charts.SliceHistogramCharts;
import org.toycov.outputs.charts.StepHistogram;

/**
 * Pseudo-experiments of one model (seed cells 21-27): a multivariate-normal
 * throw of the expectations from the systematic covariance, then a Poisson
 * throw per channel, summarised as they are thrown.
 */
@Plugin(type = Command.class, label = "Toy Experiments")
public class ToyExperimentsCommand extends ToyCommand {

	@Parameter(label = "Slice channel", persist = false,
		description = "slice_channel: the channel whose count selects the slice.")
	private String slice_channel = "mu";

	@Parameter(label = "Slice centre", min = "0", persist = false,
		description = "slice_center: toys with slice_center - slice_halfwidth < n < slice_center + slice_halfwidth are kept (strict, as the seed).")
	private double slice_center = 9000;

	@Parameter(label = "Slice half-width", min = "0",
		style = Inputs.POSITIVE, persist = false,
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
		final ToyExperiment.Result r = toycov.toyExperiment(m,
			new ToyExperiment.Slice(slice_channel, slice_center, slice_halfwidth,
				target_channel), options(), progress(""), save_toys == null ||
					save_toys.getPath().isEmpty() ? null : new NpyWriter(save_toys
						.toPath(), false, files()));
		saveSummary(() -> ToySummaryFile.format(r.config, r.summary));
		final Map<String, Double> s = scalars(r);
		slice_count = s.get("slice_count").longValue();
		slice_mean = s.get("slice_mean");
		slice_variance = s.get("slice_variance");
		slice_mean_error = s.get("slice_mean_error");
		chi2 = s.get("chi2");
		p_value = s.get("p_value");
		toy_p_value = s.get("toy_p_value");
		toy_p_value_error = s.get("toy_p_value_error");
		negative_count = s.get("negative_count").longValue();

		tablesAndCharts(this, r, m.binLows(), m.binHighs());
	}

	/** The scalar outputs of the toys {@code r} by name, in order (null: none). */
	static Map<String, Double> scalars(final ToyExperiment.Result r) {
		final Map<String, Double> s = new LinkedHashMap<>();
		s.put("slice_count", (double) r.slice.count);
		s.put("slice_mean", r.slice.mean);
		s.put("slice_variance", r.slice.variance);
		s.put("slice_mean_error", r.slice.meanError);
		s.put("chi2", r.chi2);
		s.put("p_value", r.pValue);
		s.put("toy_p_value", r.toyPValue);
		s.put("toy_p_value_error", r.toyPValueError);
		s.put("negative_count", (double) r.summary.negativeCount());
		return s;
	}

	/**
	 * The tables and charts of the toys {@code r} as command {@code c}'s
	 * outputs: a run's or a merge's (Merge Toys); {@code lows}/{@code highs}
	 * are the model bins' edges for {@code toy_moments}, or null (a merge has
	 * no model, only the summaries).
	 */
	static void tablesAndCharts(final ResultsCommand c, final ToyExperiment.Result r,
		final double[] lows, final double[] highs)
	{
		final String slice_channel = r.config.names()[r.config.sliceChannel()];
		final String target_channel = r.config.names()[r.config.targetChannel()];
		c.table(Table.histogram("slice_histogram", target_channel + "_obs",
			r.sliceHistogram));
		c.table(Table.histogram2d("toy_histogram_2d", target_channel + "_obs",
			slice_channel + "_obs", r.histogram2D));
		c.table(Table.histogram("toy_chi2_histogram", "chi2", r.chi2Histogram)
			.column("chi2_pdf", r.chi2Pdf));
		final Table moments = new Table("toy_moments").column("bin", r.channels);
		c.table((lows == null ? moments : ModelCommand.edges(moments, lows, highs))
			.column("expected", r.expected).column("toy_mean", r.toyMean).column("variance",
				r.variance).column("toy_variance", r.toyVariance));

		final String sliceText = SliceHistogramCharts.sliceLabel(r.config
			.sliceMinCount() - 1, r.config.sliceMaxCount() + 1);
		final String sliceName = slice_channel.equals("mu") ? "μ" : slice_channel;
		c.chart("slice_histogram", () -> SliceHistogramCharts.create("Toys with " +
			sliceText.replace("μ", sliceName), "n_{" + target_channel + ",obs}",
			Collections.singletonList(new StepHistogram("toys", Palette.ORIGINAL,
				r.sliceHistogram)), "no toys in the slice " + sliceText));
		c.chart("toy_histogram_2d", () -> DensityMapCharts.panels(r.summary.toys() +
			" toys", Collections.singletonList(""), Collections.singletonList(
				new CountGrid(r.histogram2D)), "n_{" + target_channel + ",obs}", "n_{" +
					sliceName + ",obs}", null, null));
		c.chart("toy_chi2_histogram", () -> Chi2DistributionCharts.create(
			"χ² of the toys against the χ² distribution, " + r.ndf +
				" degrees of freedom", r.chi2Histogram.edges(), r.chi2Histogram.counts(),
			r.ndf, r.chi2 == null ? Double.NaN : r.chi2, true));
	}

	@Override
	public List<String> outputNames() {
		return outputNames(new String[] { "slice_histogram", "toy_histogram_2d",
			"toy_chi2_histogram", "toy_moments" }, "slice_histogram",
			"toy_histogram_2d", "toy_chi2_histogram");
	}
}
