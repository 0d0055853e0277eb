package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.util.Arrays;
import java.util.Collections;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Tests {@link Chi2CurveCharts} and {@link PlotLine}. */
public class Chi2CurveChartsTest {

	/** x = 50, 51, ..., 149 as the seed's {@code np.arange(50,150,1.0)}. */
	private static final double[] X = ChartsTestDrive.range(50, 150, 1);

	@Test
	public void testSeriesEqualInput() {
		final double[] y1 = quadratic(X, 95, 0.5, 2), y2 = quadratic(X, 90, 0, 1);
		final JFreeChart chart = Chi2CurveCharts.create("t", Arrays.asList(PlotLine
			.solid("a", Palette.ORIGINAL, X, y1), PlotLine.dashed("b", Palette.TUNED, X,
				y2)));
		final XYPlot plot = chart.getXYPlot();
		final XYDataset d = plot.getDataset(Chi2CurveCharts.CURVES);
		assertEquals(2, d.getSeriesCount());
		assertEquals("a", d.getSeriesKey(0));
		assertEquals("b", d.getSeriesKey(1));
		for (int i = 0; i < X.length; i++) {
			assertEquals(X[i], d.getXValue(0, i), 0);
			assertEquals(y1[i], d.getYValue(0, i), 0);
			assertEquals(y2[i], d.getYValue(1, i), 0);
		}
		final XYItemRenderer r = plot.getRenderer(Chi2CurveCharts.CURVES);
		assertEquals(Palette.colour(Palette.ORIGINAL), r.getSeriesPaint(0));
		assertEquals(Palette.colour(Palette.TUNED), r.getSeriesPaint(1));
		assertNull(((BasicStroke) r.getSeriesStroke(0)).getDashArray());
		assertNotNull(((BasicStroke) r.getSeriesStroke(1)).getDashArray());
		assertNotNull(chart.getLegend());
		assertNull(ChartStyle.message(chart));
	}

	/**
	 * An analytic check: y = 3 + 0.5 (x - 97.3)^2 on an integer grid has its
	 * minimum between grid points, at (97.3, 3); the marker must sit there.
	 */
	@Test
	public void testMinimumMarkerAtAnalyticMinimum() {
		final JFreeChart chart = Chi2CurveCharts.create("t", Collections
			.singletonList(PlotLine.solid("q", Palette.ORIGINAL, X, quadratic(X, 97.3,
				3, 0.5))));
		final XYDataset minima = chart.getXYPlot().getDataset(
			Chi2CurveCharts.MINIMA);
		assertEquals(1, minima.getSeriesCount());
		assertEquals(97.3, minima.getXValue(0, 0), 1e-9);
		assertEquals(3, minima.getYValue(0, 0), 1e-9);
		XYPointerAnnotation label = null;
		for (final XYAnnotation a : chart.getXYPlot().getAnnotations())
			if (a instanceof XYPointerAnnotation) label = (XYPointerAnnotation) a;
		assertNotNull(label);
		assertEquals("min 97.3", label.getText());
		assertEquals(97.3, label.getX(), 1e-9);
	}

	/**
	 * A grid that stops before the minimum of y = 3 + 0.5 (x - 97.3)^2: its
	 * lowest point is its last one, which the label calls the grid's edge.
	 */
	@Test
	public void testLowestPointAtTheGridsEdgeIsNoMinimum() {
		final double[] x = new double[10];
		for (int i = 0; i < x.length; i++)
			x[i] = 80 + i;
		final JFreeChart chart = Chi2CurveCharts.create("t", Collections
			.singletonList(PlotLine.solid("q", Palette.ORIGINAL, x, quadratic(x, 97.3,
				3, 0.5))));
		XYPointerAnnotation label = null;
		for (final XYAnnotation a : chart.getXYPlot().getAnnotations())
			if (a instanceof XYPointerAnnotation) label = (XYPointerAnnotation) a;
		assertNotNull(label);
		assertEquals("grid edge 89.0", label.getText());
	}

	/**
	 * The seed's cell 17 (grid argmin 95.0) and the analytic minimum of its
	 * chi-square, 100 + (1e4 / 2.01e6)(9000 - 10000) = 95.025 (cell 15's matrix).
	 */
	@Test
	public void testSeedMinimumWithRecoError() {
		final double[] reco = { 10000, 100, 0.1, 0.1, 1.0, 0.1, 0, 0 };
		final PlotLine c = PlotLine.dashed("'Original'", Palette.ORIGINAL, X,
			ChartsTestDrive.chi2(reco, X, 9000));
		assertEquals(100 - 1e4 / 2.01e6 * 1000, c.minimum()[0], 1e-9);
	}

	@Test
	public void testAxisRanges() {
		final JFreeChart chart = Chi2CurveCharts.create("t", Collections
			.singletonList(PlotLine.solid("", Palette.STAT_ONLY, X, quadratic(X, 100, 0,
				0.01))), new double[] { 70, 130 }, new double[] { -0.5, 10 });
		assertEquals(70, chart.getXYPlot().getDomainAxis().getLowerBound(), 0);
		assertEquals(130, chart.getXYPlot().getDomainAxis().getUpperBound(), 0);
		assertEquals(-0.5, chart.getXYPlot().getRangeAxis().getLowerBound(), 0);
		assertEquals(10, chart.getXYPlot().getRangeAxis().getUpperBound(), 0);
		// a single unnamed curve needs no legend
		assertNull(chart.getLegend());
	}

	@Test
	public void testNaNCurveGivesMessage() {
		final double[] nan = new double[X.length];
		Arrays.fill(nan, Double.NaN);
		final JFreeChart chart = Chi2CurveCharts.create("t", Collections
			.singletonList(PlotLine.solid("n", Palette.ORIGINAL, X, nan)));
		assertEquals("no finite χ² values to draw", ChartStyle.message(chart));
		ChartsTest.render(chart);
		assertEquals("no curves to draw", ChartStyle.message(Chi2CurveCharts.create(
			"t", Collections.emptyList())));
	}

	@Test
	public void testFlatCurveHasNoMinimumAndDraws() {
		final JFreeChart chart = Chi2CurveCharts.create("t", Collections
			.singletonList(PlotLine.solid("flat", Palette.ORIGINAL, X,
				new double[X.length])));
		assertEquals(0, chart.getXYPlot().getDataset(Chi2CurveCharts.MINIMA)
			.getSeriesCount());
		assertTrue(chart.getSubtitleCount() > 1);
		ChartsTest.render(chart);
	}

	@Test
	public void testPartlyNaNCurveKeepsGapsAndMinimum() {
		final double[] y = quadratic(X, 100, 1, 0.1);
		y[3] = Double.NaN;
		y[60] = Double.POSITIVE_INFINITY;
		final PlotLine c = PlotLine.solid("gaps", Palette.TUNED, X, y);
		assertEquals(100, c.minimum()[0], 1e-9);
		final JFreeChart chart = Chi2CurveCharts.create("t", Collections
			.singletonList(c));
		assertTrue(Double.isNaN(chart.getXYPlot().getDataset().getYValue(0, 60)));
		ChartsTest.render(chart);
	}

	static double[] quadratic(final double[] x, final double x0, final double y0,
		final double a)
	{
		final double[] y = new double[x.length];
		for (int i = 0; i < x.length; i++)
			y[i] = y0 + a * (x[i] - x0) * (x[i] - x0);
		return y;
	}
}
