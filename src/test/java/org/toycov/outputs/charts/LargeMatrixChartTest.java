package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toycov.outputs.Chart;
import org.toycov.outputs.OutputSet;

/**
 * A matrix past {@link MatrixCharts#MAX_BLOCKS} rows (a universe covariance
 * of many bins) is one image behind the plot: the SVG stays small.
 */
class LargeMatrixChartTest {

	@TempDir
	File tmp;

	@Test
	void largeMatrixIsOneImageAndASmallSvg() {
		final int n = 300;
		final double[][] r = new double[n][n];
		for (int i = 0; i < n; i++)
			r[i][i] = 1;
		r[0][1] = r[1][0] = -1;
		final JFreeChart chart = MatrixCharts.correlation("identity", null, r);
		final BufferedImage image = (BufferedImage) chart.getXYPlot()
			.getBackgroundImage();
		assertEquals(n, image.getWidth());
		final ColourScale scale = ColourScale.diverging(-1, 1);
		// row 0 at the top: pixel (column j, row i) is cell [i][j]
		assertEquals(((java.awt.Color) scale.getPaint(1)).getRGB(), image.getRGB(0,
			0));
		assertEquals(((java.awt.Color) scale.getPaint(-1)).getRGB(), image.getRGB(1,
			0));
		assertEquals(((java.awt.Color) scale.getPaint(0)).getRGB(), image.getRGB(2,
			0));
		try (OutputSet set = new OutputSet()) {
			new Chart("big", chart).write(set, "output_dir", tmp);
			set.commit();
		}
		// NB: blocks cost about 375 bytes each in SVG (375 MB measured at 1000 bins),
		// 34 MB here; the image keeps it under 2 MB
		assertTrue(new File(tmp, "big.svg").length() < 2_000_000, "" + new File(tmp,
			"big.svg").length());
		assertTrue(new File(tmp, "big.png").length() > 1000);
	}
}
