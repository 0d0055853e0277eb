package org.toycov.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.display.DisplayService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.toycov.model.SeedModel;
import org.toycov.outputs.charts.Chi2CurveCharts;
import org.toycov.service.ToyCovService;
import org.toycov.stats.Chi2Scan;

/** The explorer's update path: slider value -> model -> curve data, no display. */
class Chi2ExplorerTest {

	@TempDir
	File tmp;

	@Test
	void slidersRedrawTheCurves() throws Exception {
		// NB: an InteractiveCommand needs the display service too
		try (Context context = new Context(CommandService.class,
			ToyCovService.class, DisplayService.class))
		{
			// NB: an InteractiveCommand is its own module; CommandService.run returns null
			final Module m = context.service(ModuleService.class).run(context.service(
				CommandService.class).getCommand(Chi2ExplorerCommand.class), true,
				"mu_obs", 9000.0, "output_dir", tmp).get();
			final Chi2ExplorerCommand c = (Chi2ExplorerCommand) m.getDelegateObject();
			XYDataset d = c.chart().getXYPlot().getDataset(Chi2CurveCharts.CURVES);
			assertEquals(3, d.getSeriesCount());
			// the solid curve is the seed's cell 16 model at n_mu,obs = 9000: minimum at 95 (cell 17)
			final Chi2Scan reco9000 = Chi2Scan.scan(SeedModel.of(10000, 100, 0.1, 0.1,
				1, 0.1, 0, 0, 9000, 100), 0, 50, 150, 1);
			for (int i = 0; i < 100; i++)
				assertEquals(reco9000.chi2()[i], d.getYValue(1, i), 0);
			// the dashed start stays at n_mu,obs = 10000: chi2(100) = 0
			assertEquals(0, d.getYValue(0, 50), 1e-15);
			assertTrue(new File(tmp, "chi2_explorer.png").length() > 0);
			assertTrue(new File(tmp, "chi2_explorer.svg").length() > 0);

			// move the sliders: 50% cross-section error, 8000 muons, no reco error
			m.setInput("mu_obs", 8000.0);
			m.setInput("xsec_err_pct", 50.0);
			m.setInput("mu_reco_err_pct", 0.0);
			c.update();
			d = c.chart().getXYPlot().getDataset(Chi2CurveCharts.CURVES);
			// seed cell 12: chi2(80, 8000, 50%) = 0.159937, on both solid curves
			assertEquals(0.159937, d.getYValue(1, 30), 5e-7);
			assertEquals(0.159937, d.getYValue(2, 30), 5e-7);
			assertEquals(0, d.getYValue(0, 50), 1e-15);
			// the legend says where the sliders are
			assertEquals("w/ reco error: n(μ,obs) = 8000, σ(xsec) = 50%, " +
				"ρ(xsec) = 1, σ(μ,reco) = 0%", d.getSeriesKey(1).toString());
			assertEquals("w/o reco error: n(μ,obs) = 8000, σ(xsec) = 50%, ρ(xsec) = 1",
				d.getSeriesKey(2).toString());
			// the y axis follows the curves: the highest chi2 drawn is inside it
			double top = 0;
			for (int s = 0; s < 3; s++)
				for (int i = 0; i < d.getItemCount(s); i++)
					top = Math.max(top, d.getYValue(s, i));
			assertTrue(top > 30, "a curve leaves the seed's 0-30 range: " + top);
			assertTrue(c.chart().getXYPlot().getRangeAxis().getUpperBound() >= top);
		}
	}
}
