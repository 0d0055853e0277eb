package org.toycov.commands;

import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.ToyExperiment;
import org.toycov.toys.ToySummaryFile;

/**
 * Merges toy summary files ({@code save_summary} of Toy Experiments shards, or
 * a Spark run's {@code summary_dir}) into the outputs one Toy Experiments run
 * over all their toys gives, bit-identical. The model, inputs and seed are the
 * summaries'; the model keys are not used.
 */
@Plugin(type = Command.class, label = "Merge Toys")
public class MergeToysCommand extends ModelCommand {

	@Parameter(label = "Summaries (folder, glob or file)", persist = false,
		description = "summaries: the toy summary files to merge: a folder (its *.toys files), a glob such as shards/*.toys, or one file.")
	private String summaries = "";

	@Parameter(label = "Allow gaps", persist = false,
		description = "allow_gaps: merge shards whose toy ranges leave gaps (missing_toys says how many); false refuses them.")
	private boolean allow_gaps = false;

	@Parameter(type = ItemIO.OUTPUT, label = "Shards merged",
		description = "shards: number of summary files merged.")
	private int shards;

	@Parameter(type = ItemIO.OUTPUT, label = "Toys merged",
		description = "toys: number of toys in the merged summaries.")
	private long toys;

	@Parameter(type = ItemIO.OUTPUT, label = "Toys missing (gaps)",
		description = "missing_toys: toys in the gaps between the shards (0 unless allow_gaps=true).")
	private long missing_toys;

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
		final ToySummaryFile.Merged m = ToySummaryFile.merge(ToySummaryFile
			.resolve(summaries), allow_gaps);
		if (!m.config().fullSummaries()) throw new IllegalArgumentException(
			"summaries: " + String.join(", ", m.names()) +
				" hold no histograms (full_summaries false); Merge Toys needs the summaries of Toy Experiments");
		if (m.missingToys() > 0) warn("missing_toys: " + m.missingToys() +
			" toys are in the gaps between the shards; the results are those of the " +
			m.summary().toys() + " toys merged");
		final ToyExperiment.Result r = ToyExperiment.of(m.config(), m.summary());
		shards = m.names().size();
		toys = m.summary().toys();
		missing_toys = m.missingToys();
		slice_count = r.slice.count;
		slice_mean = r.slice.mean;
		slice_variance = r.slice.variance;
		slice_mean_error = r.slice.meanError;
		chi2 = r.chi2;
		p_value = r.pValue;
		toy_p_value = r.toyPValue;
		toy_p_value_error = r.toyPValueError;
		negative_count = r.summary.negativeCount();
		ToyExperimentsCommand.tablesAndCharts(this, r, null, null);
	}

	@Override
	public List<String> outputNames() {
		return new ToyExperimentsCommand().outputNames();
	}
}
