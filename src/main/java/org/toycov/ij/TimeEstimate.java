package org.toycov.ij;

import java.awt.Label;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.scijava.module.ModuleInfo;
import org.toycov.service.ToyCovService;
import org.toycov.analysis.ModelDescription;
import org.toycov.analysis.ToyExperiment;
import org.toycov.analysis.ToyOptions;

import ij.gui.GenericDialog;

/**
 * A line at the top of a toy command's dialog saying how long the run the
 * fields ask for will take here: "About 9 s for 100000000 toys on 2
 * threads", from a quick calibration (the seed's model, 2^17 toys, after a
 * warm-up) made once per session and thread count; it follows the
 * {@code toys} and {@code threads} fields. Tune Comparison throws two runs.
 */
final class TimeEstimate {

	/** Toys per second of the full study, by thread count, measured here. */
	private static final Map<Integer, Double> RATE = new ConcurrentHashMap<>();

	private static final int CALIBRATION = 1 << 17;

	private TimeEstimate() {}

	/** Adds the line to {@code d} if its command throws toys. */
	static void addTo(final InputDialog d, final ModuleInfo info,
		final Map<String, String> values)
	{
		if (info.getInput("toys") == null) return;
		final GenericDialog gd = d.dialog();
		gd.addMessage(text(info, values.get("toys"), values.get("threads")));
		final Label line = (Label) gd.getMessage();
		gd.addDialogListener((g, e) -> {
			if (e == null) return true;
			final org.scijava.module.ModuleItem<?> item = d.itemOf(e.getSource());
			if (item != null && ("toys".equals(item.getName()) || "threads".equals(
				item.getName()))) line.setText(text(info, d.text(info.getInput("toys")),
					d.text(info.getInput("threads"))));
			return true;
		});
	}

	/** The estimate for {@code toys} on {@code threads} (text as typed). */
	static String text(final ModuleInfo info, final String toys,
		final String threads)
	{
		// NB: the calibration throws the seed's model; the interpretation commands'
		// toys fit a signal strength each and their cost depends on the model
		if ("Feldman Cousins".equals(info.getTitle())) return
			"Throws toys at every grid strength (toys x points in all); Cancel stops a run.";
		if ("Hypothesis Test".equals(info.getTitle())) return
			"Throws toys under each of the two strengths; Cancel stops a run.";
		final double n;
		int t;
		try {
			n = Double.parseDouble(toys.trim());
			t = threads == null || threads.trim().isEmpty() ? 0 : Integer.parseInt(
				threads.trim());
		}
		catch (final RuntimeException exc) {
			return "Time: give a number of toys.";
		}
		final int cores = Runtime.getRuntime().availableProcessors();
		if (t <= 0) t = cores;
		final double runs = "Tune Comparison".equals(info.getTitle()) ? 2 : 1;
		final double seconds = runs * n / rate(Math.min(t, Math.max(cores, 1)));
		return "About " + duration(seconds) + " for " + (long) n + " toys" +
			(runs > 1 ? " per scenario" : "") + " on " + t + (t == 1 ? " thread"
				: " threads") + " (measured here); Cancel stops a run.";
	}

	private static String duration(final double s) {
		if (s < 1) return "under a second";
		if (s < 120) return Math.round(s) + " s";
		return Math.round(s / 60) + " min";
	}

	/** Toys per second on {@code threads} threads: calibrated once. */
	static double rate(final int threads) {
		return RATE.computeIfAbsent(threads, TimeEstimate::calibrate);
	}

	private static double calibrate(final int threads) {
		final ToyCovService toycov = ToyCovContext.get().service(
			ToyCovService.class);
		final org.toycov.model.Model m = toycov.model(ModelDescription.seedKeys()
			.set("mu_exp", 10000).set("e_exp", 100).set("mu_xsec_frac_err", 0.1).set(
				"e_xsec_frac_err", 0.1).set("xsec_corr", 1).set("mu_reco_frac_err", 0.1)
			.set("e_reco_frac_err", 0).set("reco_corr", 0).set("mu_obs", 9000).set(
				"e_obs", 100));
		final ToyExperiment.Slice slice = new ToyExperiment.Slice("mu", 9000, 10,
			"e");
		final ToyOptions options = new ToyOptions(CALIBRATION, 0, 1, threads,
			"truncate");
		toycov.toyExperiment(m, slice, options, null, null); // NB: warm-up, JIT
		final long t0 = System.nanoTime();
		toycov.toyExperiment(m, slice, options, null, null);
		return CALIBRATION / Math.max((System.nanoTime() - t0) / 1e9, 1e-6);
	}
}
