package org.toycov.launch;

import java.io.File;
import java.io.PrintStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import java.util.Arrays;

import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunArguments;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Chart;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.charts.Chi2CurveCharts;
import org.toycov.outputs.charts.PlotLine;
import org.toycov.outputs.charts.Palette;
import org.toycov.outputs.Table;

/**
 * The main job of {@code bin/toycov}: the seed notebook's walk-through on the
 * bundled sample data, each number printed next to the one the seed printed,
 * every table written as CSV under the output folder.
 */
final class SeedWalkthrough {

	private final CommandRunner runner;
	private final PrintStream out;
	private final PrintStream err;
	private final Consumer<Module> onCreate;
	/** Where the steps write now: a hidden folder inside {@link #shown}. */
	private File outDir;
	/** The seed's figures the walk-through redraws, as PNG files in its folder. */
	private static final String[] FIGURES = { "seed-cell07", "seed-cell09",
		"seed-cell16" };
	/**
	 * Every step's folder under the output folder, checked before the first
	 * step runs: a file in the way of one is an error before any work.
	 */
	static final List<String> STEP_FOLDERS = Collections.unmodifiableList(Arrays
		.asList("1-stat-only", "1-stat-only-100-10000", "1-stat-only-110-10000",
			"1-scan", "2-xsec-only", "2-xsec-50pct", "2-scan-mu10000",
			"2-scan-mu9000", "3-xsec-reco", "3-tuned", "3-scan-mu10000",
			"4-three-channel", "5-binned", "6-tune-comparison", "7-toy-experiments",
			MiniBooNEStep.FOLDER, InterpretationStep.FOLDER));
	/** The folder the user gave (--out) or toycov-out/. */
	private File shown;

	SeedWalkthrough(final CommandRunner runner, final PrintStream out,
		final PrintStream err, final Consumer<Module> onCreate)
	{
		this.runner = runner;
		this.out = out;
		this.err = err;
		this.onCreate = onCreate;
	}

	/**
	 * Runs every step, all or nothing as a single run: the steps write into a
	 * staging folder whose entries replace those of {@code dir} only when the
	 * whole walk-through has succeeded; a failure or Ctrl-C leaves nothing new.
	 */
	void run(final File dir, final long toys) {
		shown = dir;
		// NB: checked before any work; the commit checks every entry again
		for (final String figure : FIGURES)
			OutputSet.check("--out", new File(dir, figure + ".png").toPath());
		for (final String folder : STEP_FOLDERS)
			OutputSet.checkFolder("--out", new File(dir, folder).toPath());
		try (OutputSet set = new OutputSet()) {
			outDir = set.stageFolder("--out", dir.toPath()).toFile();
			steps(dir, toys);
			set.commit();
		}
		out.println();
		out.println("Done: tables in " + dir.getPath() + "/");
	}

	private void steps(final File dir, final long toys) {
		final String data = sampleData();
		out.println("ToyCov: the seed notebook's walk-through; tables go to " + dir
			.getPath() + "/");

		heading("1. Statistics only (seed cells 4-6), " + data + "/stat-only.json");
		final Module statOnly = step("1-stat-only", "Covariance", "model=[" +
			data + "/stat-only.json]");
		matrix(statOnly, "covariance", "[[100. 0.] [0. 10000.]]");
		// NB: the three chi-squares in the seed's order (cell 6)
		Module m = step("1-stat-only-100-10000", "Covariance", noSys() +
			",mu_obs=10000,e_obs=100");
		value(m, "chi2", "chi2 at n_e=100, n_mu=10000", "0.000000");
		m = step("1-stat-only-110-10000", "Covariance", noSys() +
			",mu_obs=10000,e_obs=110");
		value(m, "chi2", "chi2 at n_e=110, n_mu=10000", "1.000000");
		value(statOnly, "chi2", "chi2 at n_e=110, n_mu=10100", "2.000000");
		m = step("1-scan", "Chi2 Scan", noSys() + ",mu_obs=10000,e_obs_step=2");
		figure(FIGURES[0], "Statistics only, n(μ,obs) = 10000 (seed cell 7)",
			new double[] { 70, 130 }, new double[] { -0.5, 10 }, PlotLine.solid(
				"n(μ,obs) = 10000", Palette.NOMINAL, x(m), y(m)));

		heading("2. Correlated 10% cross-section error (seed cells 8-13), " + data +
			"/xsec-only.json");
		m = step("2-xsec-only", "Covariance", "model=[" + data + "/xsec-only.json]");
		matrix(m, "covariance", "[[2.00e+02 1.00e+04] [1.00e+04 1.01e+06]]");
		matrix(m, "covariance_inverse",
			"[[ 9.90196078e-03 -9.80392157e-05] [-9.80392157e-05  1.96078431e-06]]");
		value(m, "chi2", "chi2(xsec_err=10%) at n_e=80, n_mu=8000", "3.960784");
		m = step("2-xsec-50pct", "Covariance", xsecOnly(0.5) +
			",mu_obs=8000,e_obs=80");
		matrix(m, "covariance", "[[2.600e+03 2.500e+05] [2.500e+05 2.501e+07]]");
		matrix(m, "covariance_inverse",
			"[[ 9.90102930e-03 -9.89707047e-05] [-9.89707047e-05  1.02929533e-06]]");
		value(m, "chi2", "chi2(xsec_err=50%) at n_e=80, n_mu=8000", "0.159937");
		final Module mu10000 = step("2-scan-mu10000", "Chi2 Scan", xsecOnly(0.1) +
			",mu_obs=10000");
		value(mu10000, "obs_at_min", "scan minimum, n_mu,obs=10000 (cell 9)",
			null);
		final Module noReco9000 = m = step("2-scan-mu9000", "Chi2 Scan", xsecOnly(
			0.1) + ",mu_obs=9000");
		value(m, "obs_at_min", "scan minimum, n_mu,obs=9000 (cells 9, 17)",
			"90.0");
		value(m, "obs_best", "exact minimum, n_mu,obs=9000", null);
		figure(FIGURES[1], "10% correlated cross-section error (seed cell 9)",
			null, null, PlotLine.solid("n(μ,obs) = 10000", Palette.NOMINAL, x(mu10000),
				y(mu10000)), PlotLine.dashed("n(μ,obs) = 9000", Palette.NO_RECO, x(m), y(
					m)));

		heading("3. Plus a 10% muon reconstruction error (seed cells 15-17), " +
			data + "/xsec-reco.json");
		m = step("3-xsec-reco", "Covariance", "model=[" + data +
			"/xsec-reco.json]");
		matrix(m, "covariance", "[[2.00e+02 1.00e+04] [1.00e+04 2.01e+06]]");
		matrix(m, "covariance_sys", "[[1.e+02 1.e+04] [1.e+04 2.e+06]] (cell 21)");
		m = step("3-tuned", "Covariance", "mu_exp=9000,e_exp=90");
		matrix(m, "covariance_sys",
			"[[8.10e+01 8.10e+03] [8.10e+03 1.62e+06]] (cell 21, 'tuned')");
		final Module reco10000 = step("3-scan-mu10000", "Chi2 Scan", "mu_obs=10000");
		m = step("3-xsec-reco", "Chi2 Scan", "model=[" + data + "/xsec-reco.json]");
		figure(FIGURES[2], "Plus a 10% muon reconstruction error (seed cell 16)",
			null, null, PlotLine.solid("n(μ,obs) = 10000", Palette.NOMINAL, x(reco10000),
				y(reco10000)), PlotLine.dashed("n(μ,obs) = 9000, σ(μ,reco) = 0%",
					Palette.NO_RECO, x(noReco9000), y(noReco9000)), PlotLine.dashed(
						"n(μ,obs) = 9000, σ(μ,reco) = 10%", Palette.ORIGINAL, x(m), y(m)));
		value(m, "obs_at_min", "scan minimum, n_mu,obs=9000, sigma_mu,reco=10%",
			"95.0");
		value(m, "obs_best", "exact minimum", null);
		value(m, "chi2_min", "chi2 at the exact minimum", null);

		heading("4. Three channels (beyond the seed), " + data +
			"/three-channel.json");
		m = step("4-three-channel", "Covariance", "model=[" + data +
			"/three-channel.json]");
		matrix(m, "correlation", null);
		value(m, "chi2", "chi2", null);
		value(m, "ndf", "ndf", null);
		value(m, "p_value", "p-value", null);
		m = step("4-three-channel", "Chi2 Scan", "model=[" + data +
			"/three-channel.json]");
		value(m, "obs_best", "exact minimum of chi2(n_e,obs)", null);
		heading("5. Binned spectra (beyond the seed), " + data + "/binned.json");
		m = step("5-binned", "Constraint", "model=[" + data + "/binned.json]");
		value(m, "unconstrained_chi2", "electron spectrum alone: chi2", null);
		value(m, "constrained_chi2", "electron spectrum given the muon spectrum: chi2",
			null);
		value(m, "constrained_ndf", "ndf", null);
		value(m, "constrained_p_value", "p-value", null);

		heading("6. To tune or not to tune: " + toys + " toys per scenario (seed cells 19-27), " +
			data + "/xsec-reco.json");
		m = step("6-tune-comparison", "Tune Comparison", "model=[" + data +
			"/xsec-reco.json],toys=" + toys);
		value(m, "orig_slice_mean", "original, 8990 < n_mu < 9010: mean n_e",
			"95.050052");
		value(m, "orig_slice_mean_error", "its standard error", null);
		value(m, "orig_slice_variance", "original: variance", "145.020530");
		value(m, "tune_slice_mean", "naively tuned: mean n_e", "90.025183");
		value(m, "tune_slice_mean_error", "its standard error", null);
		value(m, "tune_slice_variance", "naively tuned: variance", "130.950758");
		value(m, "orig_slice_count", "original: toys in the slice", null);
		value(m, "tune_slice_count", "tuned: toys in the slice", null);
		value(m, "constrained_e_mean", "exact conditional constraint: mean", null);
		value(m, "constrained_e_variance", "exact conditional constraint: variance",
			null);

		heading("7. Toy experiments of the original model: " + toys +
			" toys, p-values of the observed point");
		m = step("7-toy-experiments", "Toy Experiments", "model=[" + data +
			"/xsec-reco.json],toys=" + toys);
		value(m, "slice_mean", "slice mean n_e", null);
		value(m, "slice_mean_error", "its standard error", null);
		value(m, "chi2", "observed chi2", null);
		value(m, "p_value", "asymptotic p-value", null);
		value(m, "toy_p_value", "toy p-value", null);
		value(m, "toy_p_value_error", "its standard error", null);
		MiniBooNEStep.run(runner, out, err, outDir, shown, data);
		InterpretationStep.run(this, out, data);
	}

	private static double[] x(final Module m) {
		return RunOutputs.tables(m).get(0).numbers("e_obs");
	}

	private static double[] y(final Module m) {
		return RunOutputs.tables(m).get(0).numbers("chi2");
	}

	/** A chart of several scans, as the seed draws them, into the output folder. */
	private void figure(final String name, final String title,
		final double[] xRange, final double[] yRange, final PlotLine... curves)
	{
		try (OutputSet set = new OutputSet()) {
			final File png = new Chart(name, Chi2CurveCharts.create(title, Arrays
				.asList(curves), xRange, yRange)).write(set, "--out", outDir);
			set.commit();
			out.println("figure: " + new File(shown, png.getName()).getPath());
		}
	}

	private static String noSys() {
		return "mu_xsec_frac_err=0,e_xsec_frac_err=0,xsec_corr=0," +
			"mu_reco_frac_err=0,e_reco_frac_err=0,reco_corr=0";
	}

	private static String xsecOnly(final double err) {
		return "mu_xsec_frac_err=" + err + ",e_xsec_frac_err=" + err +
			",xsec_corr=1,mu_reco_frac_err=0,e_reco_frac_err=0,reco_corr=0";
	}

	/** The sample-data folder: ./sample-data, or beside the launcher. */
	private static String sampleData() {
		final String home = System.getProperty("toycov.home");
		if (!new File("sample-data").isDirectory() && home != null) {
			return new File(home, "sample-data").getPath();
		}
		return "sample-data";
	}

	void heading(final String text) {
		out.println();
		out.println("== " + text);
	}

	Module step(final String sub, final String title,
		final String options)
	{
		// NB: a step's folder is checked before the first step runs
		if (!STEP_FOLDERS.contains(sub)) throw new IllegalStateException(
			"step folder " + sub + " is missing from STEP_FOLDERS");
		final Map<String, String> args = RunArguments.parse(options);
		args.put("output_dir", new File(outDir, sub).getPath());
		err.println("toycov: running \"" + title + "\" " + options);
		final CommandInfo info = runner.find(title);
		return runner.run(info, args, onCreate);
	}

	private void value(final Module m, final String key, final String label,
		final String seed)
	{
		final Object v = m.getOutput(key);
		final String text = v == null ? "none (no toy to compute it from)"
			: v instanceof Number ? Numbers.format(((Number) v).doubleValue())
				: String.valueOf(v);
		out.println(label + ": " + key + " = " + text + (seed == null ? ""
			: "   (seed printed " + seed + ")"));
	}

	private void matrix(final Module m, final String name, final String seed) {
		for (final Table t : RunOutputs.tables(m)) {
			if (!t.name().equals(name)) continue;
			out.println(name + (seed == null ? ":" : ":   (seed printed " + seed +
				")"));
			final StringBuilder sb = new StringBuilder();
			for (final String h : t.headers())
				sb.append(String.format("  %24s", h));
			out.println(sb);
			for (int r = 0; r < t.rows(); r++) {
				sb.setLength(0);
				sb.append(String.format("  %24s", t.headers().isEmpty() ? "" : t
					.headers().get(1 + r)));
				for (int c = 1; c < t.headers().size(); c++)
					sb.append(String.format("  %24s", Numbers.format(t.value(t.headers()
						.get(c), r))));
				out.println(sb);
			}
		}
	}
}
