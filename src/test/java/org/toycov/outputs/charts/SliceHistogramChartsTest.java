package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Tests {@link SliceHistogramCharts} and {@link StepHistogram}. */
public class SliceHistogramChartsTest {

	/** Unequal bin widths, so the normalization is not just counts / total. */
	private static final double[] EDGES = { 50, 60, 80, 90, 95, 120 };
	private static final long[] ORIG = { 3, 40, 100, 0, 57 };
	private static final long[] TUNE = { 10, 80, 60, 20, 30 };

	@Test
	public void testDensitiesEqualInputAndIntegrateToOne() {
		final JFreeChart chart = SliceHistogramCharts.create(Arrays.asList(
			new StepHistogram("'Original'", Palette.ORIGINAL, EDGES, ORIG),
			new StepHistogram("'Tuned'", Palette.TUNED, EDGES, TUNE)),
			SliceHistogramCharts.sliceLabel(8990, 9010));
		final SideBySidePlot plot = (SideBySidePlot) chart.getPlot();
		final XYPlot lin = plot.getPanels().get(SliceHistogramCharts.LINEAR);
		final XYPlot log = plot.getPanels().get(SliceHistogramCharts.LOG);
		assertTrue(log.getRangeAxis() instanceof LogAxis);
		final XYSeriesCollection d = (XYSeriesCollection) lin.getDataset();
		assertEquals(2, d.getSeriesCount());
		check(d.getSeries(0), ORIG);
		check(d.getSeries(1), TUNE);
		assertEquals("'Original' (200 toys)", d.getSeriesKey(0));
		assertEquals(Palette.colour(Palette.TUNED), lin.getRenderer()
			.getSeriesPaint(1));
		// the log panel: same densities where non-empty, empty bins below the axis
		final XYSeries logOrig = ((XYSeriesCollection) log.getDataset()).getSeries(
			0);
		assertEquals(57 / (200.0 * 25), logOrig.getY(9).doubleValue(), 1e-15);
		assertTrue(logOrig.getY(7).doubleValue() < log.getRangeAxis()
			.getLowerBound());
		assertEquals(lin.getDomainAxis().getRange(), log.getDomainAxis()
			.getRange());
		ChartsTest.render(chart);
	}

	private static void check(final XYSeries s, final long[] counts) {
		long total = 0;
		for (final long c : counts)
			total += c;
		for (int i = 0; i < counts.length; i++) {
			// plateau of bin i: points 2i+1 and 2i+2
			assertEquals(EDGES[i], s.getX(2 * i + 1).doubleValue(), 0);
			assertEquals(EDGES[i + 1], s.getX(2 * i + 2).doubleValue(), 0);
			final double expected = counts[i] / (total * (EDGES[i + 1] - EDGES[i]));
			assertEquals(expected, s.getY(2 * i + 1).doubleValue(), 1e-15);
			assertEquals(expected, s.getY(2 * i + 2).doubleValue(), 1e-15);
		}
		// analytic check: the area under the drawn outline (trapezoids; the
		// vertical steps have no width) is the integral of the density, 1
		double area = 0;
		for (int i = 1; i < s.getItemCount(); i++)
			area += 0.5 * (s.getY(i).doubleValue() + s.getY(i - 1).doubleValue()) *
				(s.getX(i).doubleValue() - s.getX(i - 1).doubleValue());
		assertEquals(1, area, 1e-12);
	}

	@Test
	public void testEmptySliceGivesMessage() {
		final JFreeChart chart = SliceHistogramCharts.create(Arrays.asList(
			new StepHistogram("'Original'", Palette.ORIGINAL, EDGES, new long[5]),
			new StepHistogram("'Tuned'", Palette.TUNED, EDGES, new long[5])),
			SliceHistogramCharts.sliceLabel(8990, 9010));
		assertEquals("no toys in the slice 8990 < n(μ,obs) < 9010", ChartStyle
			.message(chart));
		ChartsTest.render(chart);
	}

	@Test
	public void testOneEmptyScenarioIsInTheLegendOnly() {
		final JFreeChart chart = SliceHistogramCharts.create(Arrays.asList(
			new StepHistogram("'Original'", Palette.ORIGINAL, EDGES, ORIG),
			new StepHistogram("'Tuned'", Palette.TUNED, EDGES, new long[5])), "s");
		final XYSeriesCollection d = (XYSeriesCollection) ((SideBySidePlot) chart
			.getPlot()).getPanels().get(0).getDataset();
		assertEquals("'Tuned' (no toys)", d.getSeriesKey(1));
		assertEquals(0, d.getSeries(1).getItemCount());
		assertEquals(2, chart.getPlot().getLegendItems().getItemCount());
		ChartsTest.render(chart);
	}

	@Test
	public void testFillAndUniformEdges() {
		final double[] e = StepHistogram.uniformEdges(0, 10, 5);
		assertEquals(6, e.length);
		assertEquals(4, e[2], 0);
		final StepHistogram h = StepHistogram.fill("h", "k", e, new double[] { 0, 1.9,
			2, 10, 10.1, -0.1, Double.NaN });
		assertEquals(Arrays.toString(new long[] { 2, 1, 0, 0, 1 }), Arrays.toString(h
			.counts()));
	}
}
