package org.toycov.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;
import org.toycov.outputs.Table;

/**
 * The toy commands run as a script runs them, checked against the seed's
 * printed slice statistics and the analytic conditional constraint.
 */
class ToyCommandsTest extends CommandTestBase {


	@TempDir
	File tmp;


	private static double out(final CommandModule m, final String key) {
		return ((Number) m.getOutput(key)).doubleValue();
	}

	@Test
	void tuneComparisonAgreesWithSeedAndConstraint() throws Exception {
		final CommandModule m = run(TuneComparisonCommand.class, "toys", 4_000_000L);
		assertFalse(m.isCanceled(), m.getCancelReason());
		final double no = out(m, "orig_slice_count"), nt = out(m,
			"tune_slice_count");
		final double vo = out(m, "orig_slice_variance"), vt = out(m,
			"tune_slice_variance");
		assertTrue(no > 10_000 && nt > 10_000, no + " " + nt);
		// seed cell 26, from 1e8 toys: Original mean 95.050052 variance 145.020530,
		// Tuned mean 90.025183 variance 130.950758. Standard errors: sqrt(var / n) for
		// the mean, var sqrt(2 / n) for the variance (near-Gaussian); 4 of them.
		assertEquals(95.050052, out(m, "orig_slice_mean"), 4 * Math.sqrt(vo / no));
		assertEquals(90.025183, out(m, "tune_slice_mean"), 4 * Math.sqrt(vt / nt));
		assertEquals(145.020530, vo, 4 * vo * Math.sqrt(2 / no));
		assertEquals(130.950758, vt, 4 * vt * Math.sqrt(2 / nt));
		// conditional constraint, analytic: 100 + 1e4 / 2.01e6 (9000 - 10000), and
		// 200 - 1e8 / 2.01e6 with the Poisson term at the constrained mean
		final double mean = 100 - 1e4 / 2.01e6 * 1000;
		assertEquals(mean, out(m, "constrained_e_mean"), 1e-12);
		assertEquals(200 - 1e8 / 2.01e6, out(m, "constrained_e_variance_gauss"),
			1e-9);
		assertEquals(200 - 1e8 / 2.01e6 - 100 + mean, out(m,
			"constrained_e_variance"), 1e-9);
		// the toys agree with the constraint, and the naive tune does not
		assertEquals(mean, out(m, "orig_slice_mean"), 4 * Math.sqrt(vo / no));
		assertTrue(Math.abs(out(m, "tune_slice_mean") - mean) > 10 * Math.sqrt(vt /
			nt));
		// seed cell 19: the naive tune puts the minimum at 90
		assertEquals(90, out(m, "tune_e_obs_best"), 1e-12);
		final List<Table> t = ((ModelCommand) m.getDelegateObject()).tables();
		assertEquals("tune_chi2_scan", t.get(0).name());
		assertEquals("tune_slice_histogram", t.get(1).name());
		double sum = 0;
		for (final double c : t.get(1).numbers("orig_count"))
			sum += c;
		assertEquals(no, sum, 0);
	}

	@Test
	void toyExperimentsMomentsSliceAndNpy() throws Exception {
		final File npy = new File(tmp, "toys.npy");
		final CommandModule m = run(ToyExperimentsCommand.class, "toys", 2_000_000L,
			"save_toys", npy);
		assertFalse(m.isCanceled(), m.getCancelReason());
		final double n = out(m, "slice_count");
		final double v = out(m, "slice_variance");
		// conditional constraint: 100 - 1e4 / 2.01e6 * 1000, within 4 standard errors
		assertEquals(100 - 1e4 / 2.01e6 * 1000, out(m, "slice_mean"), 4 * Math
			.sqrt(v / n));
		assertEquals(Math.sqrt(v / n), out(m, "slice_mean_error"), 1e-15);
		final Table moments = ((ModelCommand) m.getDelegateObject()).tables().get(
			3);
		assertEquals("toy_moments", moments.name());
		// thrown counts: mean N, variance sys + N (total covariance), 4 standard errors
		assertEquals(100, moments.value("toy_mean", 0), 4 * Math.sqrt(200 / 2e6));
		assertEquals(10000, moments.value("toy_mean", 1), 4 * Math.sqrt(2.01e6 /
			2e6));
		assertEquals(200, moments.value("toy_variance", 0), 4 * 200 * Math.sqrt(2 /
			2e6));
		// asymptotic and toy p-values of the observed point (chi2 = 0.662, ndf 2):
		// the toys are near-Gaussian here, so they agree to about 0.005
		assertEquals(Math.exp(-out(m, "chi2") / 2), out(m, "p_value"), 1e-15);
		assertEquals(out(m, "p_value"), out(m, "toy_p_value"), 0.005);
		// .npy: 128-byte header (numpy pads to 64) + 2e6 x 2 int32
		assertEquals(128 + 2_000_000L * 2 * 4, npy.length());
	}

	@Test
	void badToyInputsCancelWithOneLineAndLeaveNoFile() throws Exception {
		CommandModule m = run(ToyExperimentsCommand.class, "toys", 0L);
		assertTrue(m.isCanceled());
		assertEquals("toys must be within [1, 1000000000000000], got 0", m.getCancelReason());

		m = run(ToyExperimentsCommand.class, "toys", 1000L, "slice_center", -100.0);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("slice_center must"), m
			.getCancelReason());

		// a file where the folder of save_toys should be (a missing folder is made)
		final File aFile = new File(tmp, "a-file");
		java.nio.file.Files.write(aFile.toPath(), new byte[] { 1 });
		m = run(ToyExperimentsCommand.class, "toys", 1000L, "save_toys", new File(
			aFile, "t.npy"));
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("save_toys: cannot write"), m
			.getCancelReason());
		assertTrue(aFile.delete());

		// 300% errors throw negative means; numpy's behaviour is an error
		final File npy = new File(tmp, "neg.npy");
		m = run(ToyExperimentsCommand.class, "toys", 100_000L, "e_xsec_frac_err",
			3.0, "negative", "error", "save_toys", npy);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().contains("negative"), m.getCancelReason());
		assertEquals(0, tmp.listFiles().length, "no partial file is left behind");
	}

	@Test
	void anEmptySliceIsAResultWithNoMeanAndAChartThatSaysSo() throws Exception {
		// 10 toys: P(8990 < n_mu < 9010) is about 0.4% per toy, so the slice is
		// almost surely empty (seed 1: it is)
		final CommandModule m = run(ToyExperimentsCommand.class, "toys", 10L);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(0L, m.getOutput("slice_count"));
		assertEquals(null, m.getOutput("slice_mean"));
		assertEquals(null, m.getOutput("slice_variance"));
		final ToyExperimentsCommand c = (ToyExperimentsCommand) m.getDelegateObject();
		assertEquals("no toys in the slice 8990 < n(μ,obs) < 9010",
			org.toycov.outputs.charts.ChartStyle.message(c.charts().get(0).chart()));
	}
}
