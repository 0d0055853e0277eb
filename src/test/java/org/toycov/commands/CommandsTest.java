package org.toycov.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.CommandModule;
import org.toycov.outputs.Table;

/** The commands run the way a SciJava script runs them. */
class CommandsTest extends CommandTestBase {


	@TempDir
	File tmp;

	@Test
	void covarianceReproducesSeedCell12() throws Exception {
		final CommandModule m = commands.run(CovarianceCommand.class, true,
			"mu_obs", 8000.0, "e_obs", 80.0, "mu_reco_frac_err", 0.0).get();
		assertEquals(false, m.isCanceled(), m.getCancelReason());
		// seed cell 12: chi2(xsec_err=10%)=3.960784
		assertEquals(3.960784, (Double) m.getOutput("chi2"), 5e-7);
		assertEquals(2, m.getOutput("ndf"));
		// ndf = 2: p = exp(-chi2 / 2)
		assertEquals(Math.exp(-(Double) m.getOutput("chi2") / 2), (Double) m
			.getOutput("p_value"), 1e-15);
		final List<Table> tables = ((CovarianceCommand) m.getDelegateObject())
			.tables();
		assertEquals("covariance", tables.get(0).name());
		// seed cell 8: [[2.00e+02 1.00e+04] [1.00e+04 1.01e+06]]
		assertEquals(1.01e6, tables.get(0).value("mu", 1), 0);
		assertEquals(1e4, tables.get(0).value("mu", 0), 0);
	}

	@Test
	void chi2ScanReproducesSeedCell17AndWritesCsv() throws Exception {
		final CommandModule m = commands.run(Chi2ScanCommand.class, true,
			"output_dir", tmp).get();
		assertEquals(false, m.isCanceled(), m.getCancelReason());
		// seed cell 17: minimum at 95.0 with the 10% muon reconstruction error
		assertEquals(95.0, (Double) m.getOutput("obs_at_min"), 0);
		// analytic: e_exp + C_emu / C_mumu (mu_obs - mu_exp)
		assertEquals(100 - 1e4 / 2.01e6 * 1000, (Double) m.getOutput("obs_best"),
			1e-12);
		final List<String> csv = Files.readAllLines(new File(tmp, "chi2_scan.csv")
			.toPath(), StandardCharsets.UTF_8);
		assertEquals("e_obs,chi2", csv.get(0));
		assertEquals(101, csv.size()); // np.arange(50, 150, 1.0) has 100 points
		// row 45 is e_obs = 95: d = (5, 1000), C = [[200, 1e4], [1e4, 2.01e6]],
		// chi2 = (2.01e6 * 25 - 2 * 1e4 * 5000 + 200 * 1e6) / (200 * 2.01e6 - 1e8)
		final String[] row = csv.get(1 + 45).split(",");
		assertEquals(95, Double.parseDouble(row[0]), 0);
		assertEquals(1.5025e8 / 3.02e8, Double.parseDouble(row[1]), 1e-15);
	}

	@Test
	void outOfBoundsInputCancelsWithOneLine() throws Exception {
		final CommandModule m = commands.run(CovarianceCommand.class, true,
			"xsec_corr", 1.5).get();
		assertTrue(m.isCanceled());
		assertEquals("xsec_corr must be within [-1, 1], got 1.5", m
			.getCancelReason());
	}

	@Test
	void badModelFileCancelsWithOneLine() throws Exception {
		final File bad = new File(tmp, "bad.json");
		Files.write(bad.toPath(), "{ nope".getBytes(StandardCharsets.UTF_8));
		final CommandModule m = commands.run(Chi2ScanCommand.class, true, "model",
			bad).get();
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("model file " + bad.getPath() +
			" is not valid JSON"), m.getCancelReason());
	}

	@Test
	void emptyScanRangeCancels() throws Exception {
		final CommandModule m = commands.run(Chi2ScanCommand.class, true,
			"e_obs_min", 150.0, "e_obs_max", 50.0).get();
		assertTrue(m.isCanceled());
		assertEquals("e_obs_max must be > e_obs_min (the scan range is empty), " +
			"got e_obs_min=150, e_obs_max=50", m.getCancelReason());
	}

	@Test
	void chartsHoldTheResultsAndAreWritten() throws Exception {
		final CommandModule m = commands.run(Chi2ScanCommand.class, true,
			"output_dir", tmp).get();
		final Chi2ScanCommand c = (Chi2ScanCommand) m.getDelegateObject();
		final org.jfree.data.xy.XYDataset d = c.charts().get(0).chart().getXYPlot()
			.getDataset(org.toycov.outputs.charts.Chi2CurveCharts.CURVES);
		final Table t = c.tables().get(0);
		for (int i = 0; i < t.rows(); i++) {
			assertEquals(t.value("e_obs", i), d.getXValue(0, i), 0);
			assertEquals(t.value("chi2", i), d.getYValue(0, i), 0);
		}
		final java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new File(
			tmp, "chi2_scan.png"));
		assertEquals(800, png.getWidth());
		assertEquals(600, png.getHeight());
		assertTrue(new File(tmp, "chi2_scan.svg").length() > 1000);
	}

	@Test
	void binnedModelsGiveClearErrorsWhereAChannelMustBeOneBin() throws Exception {
		final File binned = new File("sample-data/binned.json");
		CommandModule m = commands.run(TuneComparisonCommand.class, true, "model",
			binned, "toys", 1000L).get();
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith(
			"Tune Comparison is the seed's two-channel study"), m.getCancelReason());
		m = commands.run(ToyExperimentsCommand.class, true, "model", binned, "toys",
			1000L).get();
		assertTrue(m.isCanceled());
		assertEquals("slice_channel must be a channel or one bin, got the binned " +
			"channel mu (its bins are mu_0 to mu_9)", m.getCancelReason());
		// one bin of each works: the slice on mu_3, summarising e_3
		m = commands.run(ToyExperimentsCommand.class, true, "model", binned, "toys",
			20000L, "slice_channel", "mu_3", "target_channel", "e_3", "slice_center",
			1450.0, "slice_halfwidth", 100.0).get();
		assertFalse(m.isCanceled(), m.getCancelReason());
	}
}
