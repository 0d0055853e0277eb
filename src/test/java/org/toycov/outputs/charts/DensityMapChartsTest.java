package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.Title;
import org.jfree.data.general.DatasetUtils;
import org.junit.jupiter.api.Test;

/** Tests {@link DensityMapCharts}, {@link CountGrid} and its dataset. */
public class DensityMapChartsTest {

	private static final double[] XE = { 0, 1, 2, 3 }, YE = { 10, 20, 40 };

	/** counts[ix][iy]; bin (1, 0) is empty. */
	private static final long[][] A = { { 1, 10 }, { 0, 100 }, { 1000, 5 } };
	private static final long[][] B = { { 2, 0 }, { 3, 0 }, { 0, 7 } };

	@Test
	public void testBinCountsAndLogValues() {
		final JFreeChart chart = DensityMapCharts.pair("t", "'Original'",
			new CountGrid(XE, YE, A), "'Tuned'", new CountGrid(XE, YE, B), null,
			null);
		final CombinedRangeXYPlot plot = (CombinedRangeXYPlot) chart.getPlot();
		assertEquals(2, plot.getSubplots().size());
		check((XYPlot) plot.getSubplots().get(0), A);
		check((XYPlot) plot.getSubplots().get(1), B);

		// one colour bar over log10(n) from one toy to the largest bin, 1000
		PaintScaleLegend bar = null;
		for (final Object t : chart.getSubtitles())
			if (t instanceof PaintScaleLegend) bar = (PaintScaleLegend) t;
		assertNotNull(bar);
		assertEquals(0, bar.getScale().getLowerBound(), 0);
		assertEquals(3, bar.getScale().getUpperBound(), 1e-12);
		// the panels share the range axis, and both have the same x range
		final XYPlot left = (XYPlot) plot.getSubplots().get(0);
		final XYPlot right = (XYPlot) plot.getSubplots().get(1);
		assertEquals(left.getDomainAxis().getRange(), right.getDomainAxis()
			.getRange());
		assertEquals(new org.jfree.data.Range(0, 3), left.getDomainAxis()
			.getRange());
		assertEquals(new org.jfree.data.Range(10, 40), plot.getRangeAxis()
			.getRange());
	}

	private static void check(final XYPlot sub, final long[][] counts) {
		final CountGridDataset d = (CountGridDataset) sub.getDataset();
		long nonEmpty = 0;
		for (int ix = 0; ix < counts.length; ix++)
			for (int iy = 0; iy < counts[ix].length; iy++) {
				assertEquals(counts[ix][iy], d.histogram().count(ix, iy));
				if (counts[ix][iy] > 0) nonEmpty++;
			}
		// NB: empty bins are not items, so they stay white
		assertEquals(nonEmpty, d.getItemCount(0));
		for (int i = 0; i < d.getItemCount(0); i++) {
			final long n = counts[d.getBinX(i)][d.getBinY(i)];
			assertEquals(n, d.getCount(i));
			assertEquals(Math.log10(n), d.getZValue(0, i), 1e-12);
			assertEquals(0.5 * (XE[d.getBinX(i)] + XE[d.getBinX(i) + 1]), d
				.getXValue(0, i), 0);
			assertEquals(0.5 * (YE[d.getBinY(i)] + YE[d.getBinY(i) + 1]), d
				.getYValue(0, i), 0);
		}
	}

	@Test
	public void testRendersEmptyBinsWhite() {
		final long[][] one = { { 0, 0 }, { 0, 0 }, { 0, 50 } };
		final JFreeChart chart = DensityMapCharts.pair(null, "a", new CountGrid(
			XE, YE, one), "b", new CountGrid(XE, YE, one), new double[] { 0, 3 },
			new double[] { 10, 40 });
		final BufferedImage img = ChartsTest.render(chart);
		// the left panel's lower-left area (bin (0, 0)) is empty: white
		final java.awt.geom.Rectangle2D area = dataArea(chart);
		final int px = (int) (area.getX() + area.getWidth() / 6);
		final int py = (int) (area.getMaxY() - area.getHeight() / 6);
		assertEquals(Color.WHITE.getRGB(), img.getRGB(px, py));
	}

	/** The data area of the first panel at 400x300. */
	private static java.awt.geom.Rectangle2D dataArea(final JFreeChart chart) {
		final org.jfree.chart.ChartRenderingInfo info =
			new org.jfree.chart.ChartRenderingInfo();
		chart.createBufferedImage(400, 300, info);
		return info.getPlotInfo().getSubplotInfo(0).getDataArea();
	}

	@Test
	public void testFillBinsLikeNumpy() {
		final CountGrid h = CountGrid.fill(XE, YE, new double[] { 0, 0.5, 3,
			3.1, -1, 1.5 }, new double[] { 10, 19.9, 40, 15, 15, Double.NaN });
		assertEquals(2, h.count(0, 0));
		assertEquals(1, h.count(2, 1)); // the last edge is in the last bin
		assertEquals(3, h.total()); // out of range and NaN are dropped
	}

	@Test
	public void testEmptyGivesMessage() {
		final long[][] zero = new long[3][2];
		final JFreeChart chart = DensityMapCharts.pair("t", "a", new CountGrid(
			XE, YE, zero), "b", null, null, null);
		assertEquals("no toys to draw", ChartStyle.message(chart));
		ChartsTest.render(chart);
	}

	@Test
	public void testOneEmptyPanelSaysSo() {
		final JFreeChart chart = DensityMapCharts.pair("t", "a", new CountGrid(
			XE, YE, A), "b", new CountGrid(XE, YE, new long[3][2]), null, null);
		final XYPlot right = (XYPlot) ((CombinedRangeXYPlot) chart.getPlot())
			.getSubplots().get(1);
		assertTrue(DatasetUtils.isEmptyOrNull(right.getDataset()));
		assertEquals("no toys", right.getNoDataMessage());
		assertNull(ChartStyle.message(chart));
		ChartsTest.render(chart);
		for (final Object t : chart.getSubtitles())
			assertNotNull((Title) t);
	}
}
