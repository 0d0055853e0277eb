package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Tests {@link Chi2DistributionCharts}. */
public class Chi2DistributionChartsTest {

	private static final double[] EDGES = StepHistogram.uniformEdges(0, 12, 6);
	private static final long[] COUNTS = { 600, 230, 100, 40, 20, 10 };

	@Test
	public void testPdfEqualsCommonsMath() {
		for (final int k : new int[] { 1, 2, 5 }) {
			final JFreeChart chart = Chi2DistributionCharts.create("t", EDGES, COUNTS,
				k, Double.NaN, false);
			final XYDataset pdf = chart.getXYPlot().getDataset(
				Chi2DistributionCharts.PDF);
			assertEquals(Chi2DistributionCharts.PDF_POINTS, pdf.getItemCount(0));
			final ChiSquaredDistribution dist = new ChiSquaredDistribution(k);
			for (int i = 0; i < pdf.getItemCount(0); i += 37) {
				final double x = pdf.getXValue(0, i);
				assertTrue(x > 0 && x <= 12);
				assertEquals(dist.density(x), pdf.getYValue(0, i), 1e-15);
			}
			// k = 1: the spike at 0 does not set the y range
			assertTrue(chart.getXYPlot().getRangeAxis().getUpperBound() < 1);
			ChartsTest.render(chart);
		}
	}

	@Test
	public void testToysNormalizedAndObservedMarked() {
		final JFreeChart chart = Chi2DistributionCharts.create("t", EDGES, COUNTS,
			2, 3.96, true);
		final XYPlot plot = chart.getXYPlot();
		assertTrue(plot.getRangeAxis() instanceof LogAxis);
		final XYSeries toys = ((XYSeriesCollection) plot.getDataset(
			Chi2DistributionCharts.TOYS)).getSeries(0);
		assertEquals(600 / (1000.0 * 2), toys.getY(1).doubleValue(), 1e-15);
		final ValueMarker m = (ValueMarker) plot.getDomainMarkers(
			org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
		assertEquals(3.96, m.getValue(), 0);
		// p = exp(-3.96 / 2) for k = 2
		assertTrue(m.getLabel().endsWith(String.format(java.util.Locale.ROOT,
			"p = %.3g", Math.exp(-1.98))), m.getLabel());
		ChartsTest.render(chart);
	}

	@Test
	public void testFromValuesAndDegenerate() {
		final JFreeChart chart = Chi2DistributionCharts.fromValues("t",
			new double[] { 0.5, 1, 1, 2, Double.NaN, 4 }, 4, 2, Double.NaN, false);
		final XYSeries toys = ((XYSeriesCollection) chart.getXYPlot().getDataset(
			0)).getSeries(0);
		assertEquals("toys (N = 5)", toys.getKey());
		assertEquals("no finite toy χ² values to draw", ChartStyle.message(
			Chi2DistributionCharts.fromValues("t", new double[] { Double.NaN }, 10, 2,
				1, false)));
		assertEquals("no toys to draw", ChartStyle.message(Chi2DistributionCharts
			.create("t", EDGES, new long[6], 2, 1, true)));
		// no pdf with k = 0, but the toys are drawn
		ChartsTest.render(Chi2DistributionCharts.create("t", EDGES, COUNTS, 0,
			Double.NaN, false));
	}

	@Test
	public void testOneToyStillShowsThePdfOnSeveralDecades() {
		// one toy in the first bin of width 2: density 1 / 2 = 0.5, while the
		// k = 2 pdf exp(-x / 2) / 2 is 0.5 at 0 and 0.5 e^-6 = 0.00124 at 12
		final JFreeChart chart = Chi2DistributionCharts.create("t", EDGES,
			new long[] { 1, 0, 0, 0, 0, 0 }, 2, 11, true);
		final LogAxis y = (LogAxis) chart.getXYPlot().getRangeAxis();
		final XYDataset pdf = chart.getXYPlot().getDataset(
			Chi2DistributionCharts.PDF);
		// the pdf's peak in view (0.5 at the first bin's centre side) lies well
		// inside the axis, and the axis spans at least two decades (several ticks)
		assertTrue(y.getLowerBound() <= 0.5 * Math.exp(-0.5) / 100, "" + y
			.getLowerBound());
		assertTrue(y.getUpperBound() / y.getLowerBound() >= 100, y.getLowerBound() +
			" " + y.getUpperBound());
		int inView = 0;
		for (int i = 0; i < pdf.getItemCount(0); i++)
			if (pdf.getYValue(0, i) >= y.getLowerBound()) inView++;
		assertTrue(inView > pdf.getItemCount(0) / 2, "" + inView);
		ChartsTest.render(chart);
	}
}
