package org.toycov.commands;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.analysis.FeldmanCousinsResult;
import org.toycov.analysis.HypothesisTestResult;
import org.toycov.analysis.SignalFitSummaryFile;
import org.toycov.analysis.ToyExperiment;
import org.toycov.analysis.TuneComparisonSummaryFile;
import org.toycov.toys.SummaryFile;
import org.toycov.toys.ToySummaryFile;

/**
 * Merges toy summary files ({@code save_summary} shards of Toy Experiments,
 * Tune Comparison, Feldman Cousins or Hypothesis Test, or a Spark run's {@code summary_dir})
 * into the outputs one run of that command over all their toys gives,
 * bit-identical. The model, inputs and seed are the summaries': this command
 * has no model keys.
 */
@Plugin(type = Command.class, label = "Merge Toys")
public class MergeToysCommand extends ResultsCommand {

	@Parameter(label = "Summaries (folders, globs or files)", persist = false,
		columns = 36,
		description = "summaries: the toy summary files to merge, comma separated: folders (their *.toys files), globs such as shards/*.toys or run-*/shard-*.toys (wildcards in folder parts too, one level each), or files; a file listed twice is refused.")
	private String summaries = "";

	@Parameter(label = "Allow gaps", persist = false,
		description = "allow_gaps: merge shards whose toy ranges leave gaps, between shards or toys 0 .. first_toy - 1 before the first (missing_toys says how many); false refuses them.")
	private boolean allow_gaps = false;

	@Parameter(label = "Output folder (optional)", required = false,
		persist = false, style = "directory",
		description = "output_dir: folder the result tables (<table>.csv) and charts (<chart>.png, .svg) are written to.")
	private File output_dir;

	@Parameter(label = "Show charts", persist = false,
		description = "show_charts: open each chart in a window when there is a display (bin/toycov: only when given as true).")
	private boolean show_charts = true;

	@Parameter(type = ItemIO.OUTPUT, label = "Shards merged",
		description = "shards: number of summary files merged.")
	private int shards;

	@Parameter(type = ItemIO.OUTPUT, label = "Toys merged",
		description = "toys: number of toys in the merged summaries (per scenario, grid strength or hypothesis).")
	private long toys;

	@Parameter(type = ItemIO.OUTPUT, label = "Toys missing (gaps)",
		description = "missing_toys: toys in the gaps, between the shards and before the first (0 unless allow_gaps=true).")
	private long missing_toys;

	@Override
	protected void execute() {
		final List<SummaryFile.Entries> in = SummaryFile.readAll(SummaryFile
			.resolve(summaries));
		final String kind = in.get(0).kind();
		final long missing;
		final List<String> names;
		if (kind.equals(ToySummaryFile.KIND)) {
			final ToySummaryFile.Merged m = ToySummaryFile.mergeRead(in, allow_gaps);
			if (!m.config().fullSummaries()) throw new IllegalArgumentException(
				"summaries: " + String.join(", ", m.names()) +
					" hold no histograms (full_summaries false); Merge Toys needs the summaries of Toy Experiments");
			final ToyExperiment.Result r = ToyExperiment.of(m.config(), m.summary());
			scalars(ToyExperimentsCommand.scalars(r));
			ToyExperimentsCommand.tablesAndCharts(this, r, null, null);
			missing = m.missingToys();
			names = m.names();
		}
		else if (kind.equals(TuneComparisonSummaryFile.KIND)) {
			final TuneComparisonSummaryFile.Merged m = TuneComparisonSummaryFile
				.merge(in, allow_gaps);
			scalars(TuneComparisonCommand.scalars(m.result()));
			TuneComparisonCommand.tablesAndCharts(this, m.result());
			missing = m.missingToys();
			names = m.names();
		}
		else if (kind.equals(SignalFitSummaryFile.FELDMAN_COUSINS)) {
			final SignalFitSummaryFile.Merged<FeldmanCousinsResult> m =
				SignalFitSummaryFile.mergeFeldmanCousins(in, allow_gaps);
			FeldmanCousinsCommand.outputs(this, m.result());
			missing = m.missingToys();
			names = m.names();
		}
		else if (kind.equals(SignalFitSummaryFile.HYPOTHESIS_TEST)) {
			final SignalFitSummaryFile.Merged<HypothesisTestResult> m =
				SignalFitSummaryFile.mergeHypothesisTest(in, allow_gaps);
			scalars(HypothesisTestCommand.scalars(this, m.result()));
			HypothesisTestCommand.tablesAndCharts(this, m.result());
			missing = m.missingToys();
			names = m.names();
		}
		else throw new IllegalArgumentException("summaries: " + in.get(0).name() +
			" holds " + kind + " toys, which this ToyCov cannot merge; merge the " +
			"summaries of Toy Experiments, Tune Comparison, Feldman Cousins or " +
			"Hypothesis Test");
		if (missing > 0) warn("missing_toys: " + missing +
			" toys are in the gaps (between the shards or before the first); the results are those of the toys merged");
		shards = names.size();
		long n = 0;
		for (final SummaryFile.Entries e : in)
			n += e.toys();
		toys = n;
		missing_toys = missing;
	}

	/** The merged command's scalars, as this command's named scalars (none for a null). */
	private void scalars(final Map<String, Double> s) {
		for (final Map.Entry<String, Double> e : s.entrySet())
			if (e.getValue() != null) scalar(e.getKey(), e.getValue());
	}

	/** Every table and chart a merge can make: those of the commands it merges. */
	@Override
	public List<String> outputNames() {
		final List<String> out = new ArrayList<>(new ToyExperimentsCommand()
			.outputNames());
		out.addAll(new TuneComparisonCommand().outputNames());
		out.addAll(new FeldmanCousinsCommand().outputNames());
		out.addAll(new HypothesisTestCommand().outputNames());
		return out;
	}
}
