package org.toycov.analysis;

import java.util.List;

import org.toycov.stats.Chi2Scan;
import org.toycov.toys.SummaryFile;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToySummary;
import org.toycov.toys.ToySummaryFile;

/**
 * A Tune Comparison summary: both scenarios in one {@link SummaryFile} of kind
 * {@value #KIND}, and the exact merge of such files into the study one run over the
 * union of their toys gives.
 * <p>
 * Inputs: the four toy runs' input lines ({@link ToySummaryFile#inputs}), each key after
 * its run's prefix {@code orig.}, {@code tune.}, {@code orig_map.}, {@code tune_map.};
 * then what the study computes without toys, exactly, so that a merge needs no model:
 * {@code scan_channel}, per scenario ({@code orig_}, {@code tune_}) {@code scan_x},
 * {@code scan_chi2}, {@code scan_argmin}, {@code e_obs_best}, {@code chi2_min};
 * {@code center}, {@code constrained_e_mean}, {@code constrained_e_variance},
 * {@code constrained_e_variance_gauss}. Counters: the slices' counters
 * ({@link ToySummaryFile#counters}, prefixes {@code orig.}, {@code tune.}),
 * {@code map_toys} (this shard's toys below {@link TuneComparison#MAP_TOYS}) and, when
 * there are some, the maps' counters ({@code orig_map.}, {@code tune_map.}).
 */
public final class TuneComparisonSummaryFile {

	public static final String KIND = "tune_comparison";
	private static final String[] PREFIX = { "orig.", "tune.", "orig_map.", "tune_map." };
	private static final String[] SCENARIO = { "orig_", "tune_" };

	private TuneComparisonSummaryFile() {}

	/** The summary file's text of a Tune Comparison run. */
	public static String format(final TuneComparison.Result r) {
		return format(r, SummaryFile.toycovVersion());
	}

	static String format(final TuneComparison.Result r, final String version) {
		final SummaryFile.Writer w = new SummaryFile.Writer(KIND, version);
		for (int i = 0; i < 4; i++) ToySummaryFile.inputs(w, PREFIX[i], r.configs[i]);
		final Chi2Scan[] scans = { r.originalScan, r.tunedScan };
		w.input("scan_channel", r.originalScan.channel());
		for (int i = 0; i < 2; i++) {
			final double[] x = scans[i].x();
			int argmin = 0;
			while (x[argmin] != scans[i].xAtMin()) argmin++;
			w.input(SCENARIO[i] + "scan_x", SummaryFile.doubles(x));
			w.input(SCENARIO[i] + "scan_chi2", SummaryFile.doubles(scans[i].chi2()));
			w.input(SCENARIO[i] + "scan_argmin", Integer.toString(argmin));
			w.input(SCENARIO[i] + "e_obs_best", Double.toString(scans[i].xBest()));
			w.input(SCENARIO[i] + "chi2_min", Double.toString(scans[i].chi2Min()));
		}
		w.input("center", Double.toString(r.center));
		w.input("constrained_e_mean", Double.toString(r.constrainedMean));
		w.input("constrained_e_variance", Double.toString(r.constrainedVariance));
		w.input("constrained_e_variance_gauss", Double.toString(r.constrainedVarianceGauss));
		final ToyConfig c = r.configs[TuneComparison.ORIGINAL];
		w.range(c.seed(), c.firstToy(), c.toys());
		ToySummaryFile.counters(w, PREFIX[0], r.summaries[0]);
		ToySummaryFile.counters(w, PREFIX[1], r.summaries[1]);
		w.counter("map_toys", Long.toString(r.summaries[2] == null ? 0 : r.summaries[2].toys()));
		if (r.summaries[2] != null) {
			ToySummaryFile.counters(w, PREFIX[2], r.summaries[2]);
			ToySummaryFile.counters(w, PREFIX[3], r.summaries[3]);
		}
		return w.finish();
	}

	/** A merge: the study over the shards' toys, and what was merged. */
	public static final class Merged {

		private final TuneComparison.Result result;
		private final SummaryFile.Order order;

		Merged(final TuneComparison.Result result, final SummaryFile.Order order) {
			this.result = result;
			this.order = order;
		}

		/** The study (its models null: the summaries hold none). */
		public TuneComparison.Result result() { return result; }
		public long missingToys() { return order.missingToys(); }
		public List<String> names() { return order.names(); }
	}

	/**
	 * Merges Tune Comparison summaries into the study one run over their toys gives.
	 *
	 * @throws IllegalArgumentException one line naming the files (see {@link SummaryFile#order})
	 */
	public static Merged merge(final List<SummaryFile.Entries> in, final boolean allowGaps) {
		final SummaryFile.Order o = SummaryFile.order(in, allowGaps);
		final TuneComparison.Result r = new TuneComparison.Result();
		long first = -1, toys = 0, mapToys = 0;
		for (final int i : o.index()) {
			final SummaryFile.Entries f = in.get(i);
			if (!f.kind().equals(KIND)) throw new IllegalArgumentException("summaries: " + f.name() + " holds " + f
				.kind() + " toys, not " + KIND + " toys");
			SummaryFile.reading(f.name(), () -> {
				final long map = f.whole("map_toys");
				for (int k = 0; k < 4; k++) {
					if (k >= 2 && map == 0) continue;
					final ToyConfig c = ToySummaryFile.config(f, PREFIX[k], f.firstToy(), k < 2 ? f.toys() : map);
					final ToySummary s = ToySummaryFile.summary(f, PREFIX[k], c);
					r.summaries[k] = r.summaries[k] == null ? s : r.summaries[k].merge(s);
					if (r.configs[k] == null) r.configs[k] = c;
				}
				if (r.originalScan == null) {
					final Chi2Scan[] scans = new Chi2Scan[2];
					for (int k = 0; k < 2; k++) {
						final String p = SCENARIO[k];
						final int n = f.text(p + "scan_x").split(" ").length;
						scans[k] = Chi2Scan.of(f.text("scan_channel"), f.doubles(p + "scan_x", n), f.doubles(p + "scan_chi2",
							n), f.integer(p + "scan_argmin"), f.real(p + "e_obs_best"), f.real(p + "chi2_min"));
					}
					r.originalScan = scans[0];
					r.tunedScan = scans[1];
					r.center = f.real("center");
					r.constrainedMean = f.real("constrained_e_mean");
					r.constrainedVariance = f.real("constrained_e_variance");
					r.constrainedVarianceGauss = f.real("constrained_e_variance_gauss");
				}
				return null;
			});
			if (first < 0) first = f.firstToy();
			toys += f.toys();
			mapToys += f.whole("map_toys");
		}
		for (int k = 0; k < 4; k++) {
			if (r.configs[k] != null) r.configs[k] = r.configs[k].toBuilder().firstToy(first).toys(k < 2 ? toys
				: mapToys).build();
		}
		return new Merged(TuneComparison.toys(r), o);
	}
}
