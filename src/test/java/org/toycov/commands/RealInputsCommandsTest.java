package org.toycov.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;
import org.toycov.outputs.Results;
import org.toycov.outputs.Table;

/**
 * Issue 11's inputs through the commands, as a SciJava script runs them:
 * Universe Covariance, Covariance's decomposition, Constraint's stat and bin
 * edges, on sample-data/universes and sample-data/miniboone-2018.
 */
class RealInputsCommandsTest extends CommandTestBase {

	private static final String UNIVERSES = "sample-data/universes/";
	private static final File MINIBOONE = new File(
		"sample-data/miniboone-2018/miniboone-2018.json");


	@TempDir
	File tmp;


	private static Table table(final CommandModule m, final String name) {
		for (final Table t : ((Results) m.getDelegateObject()).tables())
			if (t.name().equals(name)) return t;
		throw new AssertionError("no table " + name);
	}

	@Test
	void universeCovarianceAgreesWithNumpyAndIsAModelsCov() throws Exception {
		final File out = new File(tmp, "out");
		final CommandModule m = run(UniverseCovarianceCommand.class,
			"central_value", new File(UNIVERSES + "central_value.csv"), "universes",
			UNIVERSES + "flux.csv, " + UNIVERSES + "xsec.csv", "mode", "multisim",
			"output_dir", out, "show_charts", false);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(300L, m.getOutput("universes_read"));
		// sample-data/universes/make_universes.py (numpy, (u - cv)^T (u - cv) / N)
		assertEquals(348.37493814485373, table(m, "flux_covariance").value("nue_0",
			0), 1e-9);
		assertEquals(11805.742474465696, table(m, "flux_covariance").value(
			"numu_0", 0), 1e-7);
		assertEquals(21215.029567189013, table(m, "flux_covariance").value(
			"numu_2", 5), 1e-7);
		assertEquals(32.15556912679855, table(m, "xsec_covariance").value("nue_2",
			1), 1e-10);
		assertEquals(0.0, table(m, "xsec_covariance").value("numu_0", 3), 0);
		assertEquals(296.34322845937066, table(m, "covariance").value("nue_1", 0),
			1e-9);
		assertEquals(0.019676237457442826, table(m, "frac_cov").value("numu_0", 0),
			1e-15);
		assertEquals(0.740404702109339, table(m, "correlation").value("numu_0", 0),
			1e-13);
		for (final String f : new String[] { "covariance", "frac_cov",
			"correlation", "flux_covariance", "xsec_frac_cov" })
			assertTrue(new File(out, f + ".csv").isFile(), f);
		assertTrue(new File(out, "flux_correlation.png").isFile());
		assertEquals("bin,nue_0,nue_1,nue_2,numu_0,numu_1,numu_2", Files
			.readAllLines(new File(out, "covariance.csv").toPath()).get(0));

		// the CSV is a model file's cov as it is
		final File model = new File(out, "model.json");
		Files.write(model.toPath(), ("{\"channels\": [" +
			"{\"name\": \"nue\", \"expected\": [120, 80, 40], \"observed\": [132, 88, 44]}," +
			"{\"name\": \"numu\", \"expected\": [5000, 3000, 1000], \"observed\": [5000, 3000, 1000]}]," +
			"\"systematics\": [{\"name\": \"universes\", \"cov\": \"covariance.csv\"}]}")
				.getBytes(StandardCharsets.UTF_8));
		final CommandModule cov = run(CovarianceCommand.class, "model", model,
			"show_charts", false);
		assertFalse(cov.isCanceled(), cov.getCancelReason());
		// make_universes.py: r^T (M + diag(cv))^-1 r, nue observed 10% high
		assertEquals(0.6025482753123548, (Double) cov.getOutput("chi2"), 1e-9);
	}

	@Test
	void universeFileOfTheWrongWidthIsOneLineAndNothingWritten() throws Exception {
		final File wide = new File(tmp, "wide.csv");
		Files.write(wide.toPath(), "1,2,3,4,5,6,7\n2,3,4,5,6,7,8\n".getBytes(
			StandardCharsets.UTF_8));
		final File out = new File(tmp, "out");
		final CommandModule m = run(UniverseCovarianceCommand.class,
			"central_value", new File(UNIVERSES + "central_value.csv"), "universes",
			UNIVERSES + "flux.csv," + wide.getPath(), "output_dir", out,
			"show_charts", false);
		assertTrue(m.isCanceled());
		assertEquals("universes file " + wide.getPath() + " has 7 bins per row " +
			"but the central_value has 6", m.getCancelReason());
		assertFalse(out.exists());
	}

	@Test
	void universeFileMissingIsOneLine() throws Exception {
		final CommandModule m = run(UniverseCovarianceCommand.class,
			"central_value", new File(UNIVERSES + "central_value.csv"), "universes",
			UNIVERSES + "nope.csv", "show_charts", false);
		assertTrue(m.isCanceled());
		assertEquals("universes file " + UNIVERSES + "nope.csv not found", m
			.getCancelReason());
	}

	@Test
	void decompositionOfMiniBooNEAddsUpAndAgreesWithNumpy() throws Exception {
		final File out = new File(tmp, "out");
		final CommandModule m = run(CovarianceCommand.class, "model", MINIBOONE,
			"decomposition", true, "output_dir", out, "show_charts", false);
		assertFalse(m.isCanceled(), m.getCancelReason());
		// /tmp numpy script in the report: F N N^T collapsed to 19 bins, SBNfit's split
		assertEquals(0.16645363195949292, (Double) m.getOutput("norm_frac_err"),
			1e-12);
		assertEquals(4440.625076229885, table(m, "covariance_shape").value("nue_0",
			0), 1e-6);
		assertEquals(41205539.22715678, table(m, "covariance_norm").value("numu_0",
			11), 1e-3);
		assertEquals(-287905.28903983865, table(m, "covariance_mixed").value(
			"numu_0", 0), 1e-5);
		final Table sys = table(m, "covariance_sys"), shape = table(m,
			"covariance_shape"), norm = table(m, "covariance_norm"), mixed = table(m,
				"covariance_mixed");
		for (final String h : sys.headers().subList(1, sys.headers().size()))
			for (int i = 0; i < sys.rows(); i++)
				assertEquals(sys.value(h, i), shape.value(h, i) + norm.value(h, i) +
					mixed.value(h, i), 1e-9 * Math.abs(norm.value("numu_1", 12)));
		assertTrue(new File(out, "decomposition.png").isFile());
		// against the bin names: no line from nue_10 to numu_0
		assertLinesBrokenAt(m, "decomposition", 11, "nue", "numu");
		assertTrue(new File(out, "covariance_shape.csv").isFile());
		// without the option: neither tables nor the scalar
		final CommandModule plain = run(CovarianceCommand.class, "model",
			MINIBOONE, "show_charts", false);
		assertNull(plain.getOutput("norm_frac_err"));
		assertEquals(4, ((Results) plain.getDelegateObject()).tables().size());
	}

	@Test
	void constraintOfMiniBooNEWithStatEdgesAndComponents() throws Exception {
		final File out = new File(tmp, "out");
		CommandModule m = run(ConstraintCommand.class, "model", MINIBOONE,
			"constrained", "nue", "output_dir", out, "show_charts", false);
		assertFalse(m.isCanceled(), m.getCancelReason());
		// README's MiniBooNE table (bench/numpy/miniboone.py): 18.662 Pearson
		assertEquals(18.662, (Double) m.getOutput("constrained_chi2"), 5e-4);
		final Table t = table(m, "constraint");
		assertEquals(200, t.value("low", 0), 0);
		assertEquals(300, t.value("high", 0), 0);
		assertEquals(3000, t.value("high", 10), 0);
		// SOURCE.md: constrained background of the first 9 bins (200-1250 MeV) 1609.87
		double sum = 0;
		for (int b = 0; b < 9; b++)
			sum += t.value("constrained", b);
		assertEquals(1609.87, sum, 0.005);
		// the systematic part is C_YY' without the Poisson variance N_Y
		final Table c = table(m, "constrained_covariance"), s = table(m,
			"constrained_covariance_sys");
		for (int b = 0; b < 11; b++)
			assertEquals(c.value("nue_" + b, b) - t.value("expected", b), s.value(
				"nue_" + b, b), 1e-9 * c.value("nue_" + b, b));
		assertEquals(c.value("nue_3", 1), s.value("nue_3", 1), 0);
		final List<org.toycov.outputs.Chart> charts = ((Results) m
			.getDelegateObject()).charts();
		// bin_axis "E_QE (MeV)": E with the subscript QE
		assertEquals("E(QE) (MeV)", charts.get(0).chart().getXYPlot().getDomainAxis()
			.getLabel());
		// the first bin's band is a step from 200 to 300 MeV
		assertEquals(200, charts.get(0).chart().getXYPlot().getDataset(0).getXValue(
			0, 0), 0);
		assertEquals(300, charts.get(0).chart().getXYPlot().getDataset(0).getXValue(
			0, 1), 0);
		assertEquals("components", charts.get(1).name());
		// stacked: background (series 1) from the signal's top (0) to 361.002334
		final org.jfree.data.xy.IntervalXYDataset stack =
			(org.jfree.data.xy.IntervalXYDataset) charts.get(1).chart().getXYPlot()
				.getDataset(0);
		assertEquals(0, stack.getStartYValue(1, 0), 0);
		assertEquals(361.002334, stack.getEndYValue(1, 0), 1e-9);
		assertTrue(new File(out, "components.png").isFile());
		assertTrue(new File(out, "constrained_covariance_sys.csv").isFile());
		// README: 18.307 with CNP in the constraining bins and the chi-square
		m = run(ConstraintCommand.class, "model", MINIBOONE, "constrained", "nue",
			"stat", "cnp", "show_charts", false);
		assertEquals(18.307, (Double) m.getOutput("constrained_chi2"), 5e-4);
	}

	@Test
	void toyMomentsListTheBinEdges() throws Exception {
		final CommandModule m = run(ToyExperimentsCommand.class, "model",
			MINIBOONE, "toys", 2000L, "slice_channel", "numu_0", "slice_center",
			38564.0, "slice_halfwidth", 5000.0, "target_channel", "nue_0",
			"show_charts", false);
		assertFalse(m.isCanceled(), m.getCancelReason());
		final Table t = table(m, "toy_moments");
		assertEquals("bin", t.headers().get(0));
		assertEquals("low", t.headers().get(1));
		// miniboone-2018.json: nue's edges 200, 300, ..., 3000 MeV; numu has none
		assertEquals(200, t.value("low", 0), 0);
		assertEquals(3000, t.value("high", 10), 0);
		assertTrue(Double.isNaN(t.value("low", 11)));
	}

	@Test
	void negativeConstrainedPredictionIsShownWithAWarning() throws Exception {
		final CommandModule m = run(ConstraintCommand.class, "mu_exp", 10000.0,
			"e_exp", 1.0, "mu_xsec_frac_err", 0.5, "e_xsec_frac_err", 1.0,
			"xsec_corr", 1.0, "mu_reco_frac_err", 0.0, "mu_obs", 2000.0, "e_obs",
			0.0, "show_charts", false);
		assertFalse(m.isCanceled(), m.getCancelReason());
		// analytic: 1 + C_e,mu / C_mu,mu (2000 - 10000), C_e,mu = 0.5 * 1 * 1 * 1e4,
		// C_mu,mu = 0.25e8 + 1e4
		final double mean = 1 + 5000 / (0.25e8 + 1e4) * (2000 - 10000);
		assertEquals(mean, table(m, "constraint").value("constrained", 0), 1e-12);
		final List<String> w = ((Results) m.getDelegateObject()).warnings();
		assertEquals(1, w.size());
		assertTrue(w.get(0).startsWith("the constrained prediction is negative " +
			"in e (-0.59936"), w.get(0));
	}

	@Test
	void hepDataFileWithoutTheColumnIsOneLine() throws Exception {
		Files.write(new File(tmp, "spectrum.yaml").toPath(), ("independent_variables:\n" +
			"- header: {name: E_QE, units: MeV}\n" +
			"  values:\n  - {low: 200, high: 300}\n  - {low: 300, high: 475}\n" +
			"dependent_variables:\n- header: {name: Data}\n" +
			"  values:\n  - {value: 497}\n  - {value: 283}\n").getBytes(
				StandardCharsets.UTF_8));
		final File model = new File(tmp, "m.json");
		Files.write(model.toPath(), ("{\"channels\": [{\"name\": \"nue\", " +
			"\"expected\": {\"hepdata\": \"spectrum.yaml\", \"column\": \"MC\"}}], " +
			"\"systematics\": []}").getBytes(StandardCharsets.UTF_8));
		final File out = new File(tmp, "out");
		final CommandModule m = run(CovarianceCommand.class, "model", model,
			"output_dir", out, "show_charts", false);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().endsWith("spectrum.yaml has no column " +
			"\"MC\" (its columns: Data)"), m.getCancelReason());
		assertEquals(-1, m.getCancelReason().indexOf('\n'));
		assertFalse(out.exists());
	}
}
