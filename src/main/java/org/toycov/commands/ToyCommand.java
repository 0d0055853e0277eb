package org.toycov.commands;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.scijava.app.StatusService;
import org.scijava.plugin.Parameter;
import org.toycov.analysis.ToyOptions;
import org.toycov.toys.ToyProgress;

/**
 * Inputs the pseudo-experiment commands share (how many toys, the seed, the
 * threads, what to do with a negative thrown mean), and their progress: shown
 * through the {@link StatusService} (Fiji's status bar, {@code bin/toycov}'s
 * stderr) and cancelable.
 */
public abstract class ToyCommand extends ModelCommand {

	@Parameter(required = false)
	protected StatusService status;

	@Parameter(label = "Number of toys", min = "1", max = "1000000000000000",
		persist = false,
		description = "toys: number of pseudo-experiments per scenario, grid strength or hypothesis.")
	protected long toys = 100_000_000L;

	@Parameter(label = "Random seed", min = "0", persist = false,
		description = "seed: the same seed gives bit-identical results whatever the number of threads.")
	protected long seed = 1;

	@Parameter(label = "Threads (0 = all cores)", min = "0", max = "1024",
		persist = false,
		description = "threads: worker threads; 0 uses every core, more than the cores are capped to them.")
	protected int threads = 0;

	@Parameter(label = "Negative thrown mean", persist = false, choices = {
		"truncate", "redraw", "error" },
		description = "negative: a Gaussian throw below 0 is set to 0 (truncate, as SBNfit does), thrown again (redraw), or an error (error, numpy's behaviour).")
	protected String negative = "truncate";

	@Parameter(label = "Save summary to (.toys, optional)", required = false,
		persist = false, style = "save",
		description = "save_summary: a .toys file for the exact summary of these toys and what made them (model, inputs, seed, first_toy, toys), merged with Merge Toys.")
	protected File save_summary;

	@Parameter(label = "First toy", min = "0", persist = false,
		description = "first_toy: index of the first toy (of each scenario, grid strength or hypothesis), to split a run into shards that merge exactly (save_summary, Merge Toys).")
	protected long first_toy = 0;

	/** Whether {@code save_summary} names a file. */
	protected boolean savesSummary() {
		return save_summary != null && !save_summary.getPath().isEmpty();
	}

	/**
	 * Stages the {@code save_summary} file, the run's summary {@code text}, with
	 * the run's other outputs (written all or nothing with them); nothing
	 * without the key.
	 */
	protected void saveSummary(final Supplier<String> text) {
		if (!savesSummary()) return;
		final byte[] bytes = text.get().getBytes(StandardCharsets.UTF_8);
		files().write("save_summary", save_summary.toPath(), out -> out.write(
			bytes));
	}

	/**
	 * Before any toy: a signal-fit summary (Feldman Cousins, Hypothesis Test)
	 * holds truncated toys only, since its fingerprint does not record
	 * {@code negative}; shards of other policies must not merge with them.
	 */
	protected void summaryOfTruncatedToysOnly() {
		if (savesSummary() && !negative.equals("truncate")) throw new IllegalArgumentException(
			"save_summary: the summaries of this command are of negative=truncate toys, got negative=" + negative +
				"; run without save_summary or with negative=truncate");
	}

	/** The options every toy run of this command shares ({@code first_toy} included); warns when threads are capped. */
	protected ToyOptions options() {
		return options(first_toy);
	}

	/** The options every toy run of this command shares; warns when threads are capped. */
	protected ToyOptions options(final long firstToy) {
		final ToyOptions o = new ToyOptions(toys, firstToy, seed, threads,
			negative);
		warn(o.warning());
		return o;
	}

	@Override
	protected void canceled() {
		if (status == null) return;
		status.showProgress(1, 1); // NB: a full bar is a hidden bar in ImageJ
		status.clearStatus();
	}

	/** Progress of one toy run shown under {@code label}, canceled with the command. */
	protected ToyProgress progress(final String label) {
		final String title = title() + (label.isEmpty() ? "" : " (" + label + ")");
		return new ToyProgress() {

			@Override
			public void progress(final long done, final long total) {
				if (status == null) return;
				status.showStatus((int) (1000.0 * done / total), 1000, title + ": " +
					done + " of " + total + " toys");
				if (done == total) status.clearStatus();
			}

			@Override
			public boolean isCanceled() {
				return ToyCommand.this.isCanceled() || Thread.currentThread()
					.isInterrupted();
			}
		};
	}
}
