package org.toycov.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.toycov.toys.SummaryFile;

/**
 * Feldman Cousins and Hypothesis Test summaries as {@link SummaryFile}s (kinds
 * {@value #FELDMAN_COUSINS} and {@value #HYPOTHESIS_TEST}), and their exact merge into
 * the result one run over the union of their toys gives.
 * <p>
 * Both hold {@code engine} (the signal-fit toys' version), {@code model_fingerprint}
 * (the 64-bit hash of the signal model, {@code stat} and the constraint:
 * {@link SignalModel#fingerprint()}) and {@code histogram} ({@code lo width bins} of
 * every toy histogram) among their inputs, and the histograms' {@code underflow} and
 * {@code overflow} (one count per histogram) among their counters.
 * <ul>
 * <li>Feldman Cousins: inputs {@code x} (the grid strengths), {@code x_step}, {@code cl},
 * {@code asimov_x}, {@code data_delta_chi2} and {@code asimov_delta_chi2} (per grid
 * strength: what the result reads from the model, so that a merge needs no model);
 * counters {@code delta_chi2_<g>} ({@code bin:count} of grid point g's toys).</li>
 * <li>Hypothesis Test: inputs {@code x0}, {@code x1}, {@code delta_chi2} (the data's);
 * counters {@code at_least_data_under_x0}, {@code at_most_data_under_x1},
 * {@code toys_x0}, {@code toys_x1} ({@code bin:count}).</li>
 * </ul>
 * The size depends on the grid and the filled bins, never on the number of toys.
 */
public final class SignalFitSummaryFile {

	public static final String FELDMAN_COUSINS = "feldman_cousins", HYPOTHESIS_TEST = "hypothesis_test";
	/** Version of the signal-fit toys (seeding, throws): a toy is the same under the same engine, seed and model. */
	public static final int ENGINE = 1;

	/**
	 * Input lines computed from the others, named last when shards' inputs differ, in this order: the data's
	 * values first (they differ when the observed counts do), then the Asimov data's, then the histogram
	 * (Hypothesis Test's range follows from the data's delta_chi2). asimov_x is the user's input, not derived.
	 */
	private static final List<String> DERIVED = Arrays.asList("data_delta_chi2", "delta_chi2", "asimov_delta_chi2",
		"histogram");

	private SignalFitSummaryFile() {}

	/** A merge: the result of one run over the shards' toys, and what was merged. */
	public static final class Merged<R> {

		private final R result;
		private final SummaryFile.Order order;

		Merged(final R result, final SummaryFile.Order order) {
			this.result = result;
			this.order = order;
		}

		public R result() { return result; }
		/** Toys in the gaps, between the shards and before the first (0 unless merged with allow_gaps). */
		public long missingToys() { return order.missingToys(); }
		/** The shards merged, in toy order. */
		public List<String> names() { return order.names(); }
	}

	// -- Feldman Cousins --

	/** The summary file's text of a Feldman Cousins run. */
	public static String format(final FeldmanCousinsResult r) {
		return format(r, SummaryFile.toycovVersion());
	}

	static String format(final FeldmanCousinsResult r, final String version) {
		final FeldmanCousinsCounts c = r.counts();
		final SummaryFile.Writer w = common(new SummaryFile.Writer(FELDMAN_COUSINS, version), c);
		w.input("x", SummaryFile.doubles(r.x())).input("x_step", Double.toString(c.xStep()));
		w.input("cl", SummaryFile.doubles(r.cl())).input("asimov_x", Double.toString(r.asimovX()));
		w.input("data_delta_chi2", SummaryFile.doubles(r.dataDeltaChi2()));
		w.input("asimov_delta_chi2", SummaryFile.doubles(r.asimovDeltaChi2()));
		range(w, c);
		for (int g = 0; g < c.points(); g++) w.counter("delta_chi2_" + g, SummaryFile.sparse(c.hist(g).counts));
		return w.finish();
	}

	/** Reads a Feldman Cousins summary and its result. */
	static FeldmanCousinsResult feldmanCousins(final SummaryFile.Entries f) {
		kind(f, FELDMAN_COUSINS);
		return SummaryFile.reading(f.name(), () -> {
			final int points = f.text("x").split(" ").length;
			final double[] x = f.doubles("x", points);
			final SignalFitHistogram[] h = histograms(f, points, g -> "delta_chi2_" + g);
			final FeldmanCousinsCounts c = new FeldmanCousinsCounts(fingerprint(f), f.seed(), f.real("x_step"), ranges(f), h);
			final double[] cl = f.doubles("cl", f.text("cl").split(" ").length);
			return FeldmanCousins.result(c, x, cl, f.real("asimov_x"), f.doubles("data_delta_chi2", points), f.doubles(
				"asimov_delta_chi2", points));
		});
	}

	/**
	 * Merges Feldman Cousins summaries into the result of one run over their toys.
	 *
	 * @throws IllegalArgumentException one line naming the files (see {@link SummaryFile#order})
	 */
	public static Merged<FeldmanCousinsResult> mergeFeldmanCousins(final List<SummaryFile.Entries> in,
		final boolean allowGaps)
	{
		final SummaryFile.Order o = SummaryFile.order(in, allowGaps, DERIVED);
		final List<FeldmanCousinsResult> shards = new ArrayList<>();
		for (final int i : o.index()) shards.add(feldmanCousins(in.get(i)));
		FeldmanCousinsCounts c = shards.get(0).counts();
		for (int i = 1; i < shards.size(); i++) c = c.merge(shards.get(i).counts());
		final FeldmanCousinsResult a = shards.get(0);
		return new Merged<>(FeldmanCousins.result(c, a.x(), a.cl(), a.asimovX(), a.dataDeltaChi2(), a.asimovDeltaChi2()), o);
	}

	// -- Hypothesis Test --

	/** The summary file's text of a Hypothesis Test run. */
	public static String format(final HypothesisTestResult r) {
		return format(r, SummaryFile.toycovVersion());
	}

	static String format(final HypothesisTestResult r, final String version) {
		final HypothesisTestCounts c = r.counts();
		final SummaryFile.Writer w = common(new SummaryFile.Writer(HYPOTHESIS_TEST, version), c);
		w.input("x0", Double.toString(c.x0())).input("x1", Double.toString(c.x1()));
		w.input("delta_chi2", Double.toString(c.deltaChi2()));
		range(w, c);
		w.counter("at_least_data_under_x0", Long.toString(c.atLeastDataUnderX0()));
		w.counter("at_most_data_under_x1", Long.toString(c.atMostDataUnderX1()));
		w.counter("toys_x0", SummaryFile.sparse(c.hist(0).counts));
		w.counter("toys_x1", SummaryFile.sparse(c.hist(1).counts));
		return w.finish();
	}

	static HypothesisTestCounts hypothesisTest(final SummaryFile.Entries f) {
		kind(f, HYPOTHESIS_TEST);
		return SummaryFile.reading(f.name(), () -> new HypothesisTestCounts(fingerprint(f), f.seed(), f.real("x0"), f
			.real("x1"), f.real("delta_chi2"), ranges(f), histograms(f, 2, h -> h == 0 ? "toys_x0" : "toys_x1"), f.whole(
				"at_least_data_under_x0"), f.whole("at_most_data_under_x1")));
	}

	/**
	 * Merges Hypothesis Test summaries into the result of one run over their toys.
	 *
	 * @throws IllegalArgumentException one line naming the files (see {@link SummaryFile#order})
	 */
	public static Merged<HypothesisTestResult> mergeHypothesisTest(final List<SummaryFile.Entries> in,
		final boolean allowGaps)
	{
		final SummaryFile.Order o = SummaryFile.order(in, allowGaps, DERIVED);
		HypothesisTestCounts c = null;
		for (final int i : o.index()) {
			final HypothesisTestCounts s = hypothesisTest(in.get(i));
			c = c == null ? s : c.merge(s);
		}
		return new Merged<>(HypothesisTest.result(c), o);
	}

	// -- Shared --

	private static SummaryFile.Writer common(final SummaryFile.Writer w, final SignalFitCounts c) {
		final SignalFitHistogram h = c.hist(0);
		return w.input("engine", Integer.toString(ENGINE)).input("model_fingerprint", String.format("%016x",
			c.fingerprint())).input("histogram", h.lo + " " + h.width + " " + h.bins);
	}

	private static void range(final SummaryFile.Writer w, final SignalFitCounts c) {
		if (c.missingToys() != 0) throw new IllegalArgumentException("save_summary: the toys " + c.toyRanges() +
			" are not one range");
		w.range(c.seed(), c.firstToy(), c.toys());
		final long[] under = new long[c.hist.length], over = new long[c.hist.length];
		for (int i = 0; i < under.length; i++) {
			under[i] = c.hist(i).under;
			over[i] = c.hist(i).over;
		}
		w.counter("underflow", SummaryFile.wholes(under)).counter("overflow", SummaryFile.wholes(over));
	}

	private static void kind(final SummaryFile.Entries f, final String kind) {
		if (!f.kind().equals(kind)) throw new IllegalArgumentException("summaries: " + f.name() + " holds " + f.kind() +
			" toys, not " + kind + " toys");
		final int engine = f.integer("engine");
		if (engine != ENGINE) throw new IllegalArgumentException("summaries: " + f.name() + " was thrown by signal-fit " +
			"toy engine " + engine + " (ToyCov " + f.version() + "); this ToyCov throws engine " + ENGINE + ": rerun that shard");
	}

	private static long fingerprint(final SummaryFile.Entries f) {
		final String s = f.text("model_fingerprint");
		try {
			return Long.parseUnsignedLong(s, 16);
		}
		catch (final NumberFormatException e) {
			throw f.bad("model_fingerprint", "is not a 64-bit hexadecimal number");
		}
	}

	private static SignalFitToyRanges ranges(final SummaryFile.Entries f) {
		return SignalFitToyRanges.of(f.firstToy(), f.toys());
	}

	private static SignalFitHistogram[] histograms(final SummaryFile.Entries f, final int n,
		final java.util.function.IntFunction<String> key)
	{
		final double[] b = f.doubles("histogram", 3);
		final int bins = (int) b[2];
		if (bins != b[2] || bins < 1) throw f.bad("histogram", "needs a whole number of bins");
		final long[] under = f.wholes("underflow", n), over = f.wholes("overflow", n);
		final SignalFitHistogram[] h = new SignalFitHistogram[n];
		for (int i = 0; i < n; i++) {
			h[i] = SignalFitHistogram.of(b[0], b[1], bins, f.sparse(key.apply(i), bins), under[i], over[i]);
			if (h[i].total() != f.toys()) throw f.bad(key.apply(i), "holds " + h[i].total() + " toys, not toys=" + f.toys());
		}
		return h;
	}
}
