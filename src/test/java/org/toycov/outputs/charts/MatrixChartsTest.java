package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.junit.jupiter.api.Test;

/** Tests {@link MatrixCharts}. */
public class MatrixChartsTest {

	/** The seed's cell 15: total covariance, 10% xsec (rho 1) and 10% mu reco. */
	private static final double[][] COV = { { 200, 1e4 }, { 1e4, 2.01e6 } };

	@Test
	public void testCovarianceCellsAndLabels() {
		final JFreeChart chart = MatrixCharts.covariance("t", new String[] { "e",
			"μ" }, COV);
		final XYPlot plot = chart.getXYPlot();
		final MatrixCharts.MatrixDataset d = (MatrixCharts.MatrixDataset) plot
			.getDataset();
		assertEquals(4, d.getItemCount(0));
		for (int i = 0; i < 2; i++)
			for (int j = 0; j < 2; j++)
				assertEquals(COV[i][j], d.getValue(i, j), 0);
		// colour by correlation: 1e4 / sqrt(200 * 2.01e6)
		final double rho = 1e4 / Math.sqrt(200 * 2.01e6);
		for (int item = 0; item < 4; item++) {
			final int row = (int) d.getYValue(0, item), col = (int) d.getXValue(0,
				item);
			assertEquals(row == col ? 1 : rho, d.getZValue(0, item), 1e-12);
		}
		assertEquals(-1, ((XYBlockRenderer) plot.getRenderer()).getPaintScale()
			.getLowerBound(), 0);
		final List<String> texts = new ArrayList<>();
		for (final XYAnnotation a : plot.getAnnotations())
			texts.add(((XYTextAnnotation) a).getText());
		assertEquals(List.of("200", "1.00e+04", "1.00e+04", "2.01e+06"), texts);
		final SymbolAxis y = (SymbolAxis) plot.getRangeAxis();
		assertEquals("e", y.getSymbols()[0]);
		assertTrue(y.isInverted());
		ChartsTest.render(chart);
	}

	@Test
	public void testCorrelationOf() {
		final double[][] r = MatrixCharts.correlationOf(COV);
		assertEquals(1, r[0][0], 1e-15);
		assertEquals(1e4 / Math.sqrt(200 * 2.01e6), r[1][0], 1e-15);
		assertTrue(Double.isNaN(MatrixCharts.correlationOf(new double[][] { { 0,
			0 }, { 0, 1 } })[0][1]));
	}

	@Test
	public void testDegenerateMatrices() {
		assertEquals("no matrix to draw", ChartStyle.message(MatrixCharts
			.correlation("t", new String[0], new double[0][])));
		// a zero variance gives NaN correlations: grey cells, no exception
		ChartsTest.render(MatrixCharts.covariance("t", new String[] { "e", "μ" },
			new double[][] { { 0, 0 }, { 0, 1 } }));
	}
}
