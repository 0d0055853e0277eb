package org.toycov.outputs.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.ui.Align;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.data.xy.AbstractXYZDataset;

/**
 * A square matrix over the channels (covariance or correlation) as a heat map:
 * channel names on both axes, row 0 at the top as the matrix is printed, the
 * value written in each cell, colour by correlation on a diverging scale from
 * -1 (blue) through 0 (white) to +1 (red), with a colour bar.
 * <p>
 * NB: a covariance matrix is coloured by its correlation too: variances of
 * 200 and 2 010 000 (the seed's cell 15) on one colour scale would leave every
 * cell but one white; the numbers in the cells keep the covariance.
 * </p>
 * <p>
 * The chart's {@link XYPlot} holds a {@link MatrixDataset}: one item per
 * cell, x = column, y = row, z = correlation;
 * {@link MatrixDataset#getValue(int, int)} is the input matrix.
 * </p>
 */
public final class MatrixCharts {

	/** Largest matrix whose cells are labelled with their values. */
	public static final int MAX_LABELLED = 10;

	/**
	 * Past this many rows the cells are drawn as one image behind the plot, not
	 * one block each: a 1000-bin universe covariance would otherwise make a
	 * 375 MB SVG.
	 */
	public static final int MAX_BLOCKS = 100;

	private MatrixCharts() {}

	/**
	 * A correlation matrix heat map.
	 *
	 * @param title chart title, or null
	 * @param names channel names in matrix order, e.g. {"e", "μ"}
	 * @param correlation square matrix of correlation coefficients
	 */
	public static JFreeChart correlation(final String title,
		final String[] names, final double[][] correlation)
	{
		return create(title, names, correlation, correlation, "%.3f",
			"correlation");
	}

	/**
	 * A covariance matrix heat map: cells coloured by correlation, labelled
	 * with the covariance.
	 *
	 * @param names channel names in matrix order, e.g. {"e", "μ"}
	 * @param covariance square, symmetric covariance matrix
	 */
	public static JFreeChart covariance(final String title, final String[] names,
		final double[][] covariance)
	{
		final JFreeChart chart = create(title, names, covariance, correlationOf(
			covariance), "%.3g", "correlation");
		// NB: unlabelled cells show only the colour, which is the correlation
		if (covariance != null && covariance.length > MAX_LABELLED) ChartStyle
			.addSubtitle(chart, "colour: the correlation; the covariance's values " +
				"are in its table");
		return chart;
	}

	/**
	 * rho_ij = C_ij / sqrt(C_ii C_jj); NaN where a variance is not positive.
	 */
	public static double[][] correlationOf(final double[][] c) {
		final int n = c.length;
		final double[][] r = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++) {
				final double v = c[i][i] * c[j][j];
				r[i][j] = v > 0 ? c[i][j] / Math.sqrt(v) : Double.NaN;
			}
		return r;
	}

	private static JFreeChart create(final String title, final String[] names,
		final double[][] values, final double[][] colours, final String format,
		final String scaleLabel)
	{
		if (values == null || values.length == 0) return ChartStyle.messageChart(
			title, "no matrix to draw");
		final int n = values.length;
		for (final double[] row : values)
			if (row == null || row.length != n) throw new IllegalArgumentException(
				"matrix must be square, " + n + " rows");
		if (names != null && names.length != n) throw new IllegalArgumentException(
			n + " rows but " + names.length + " channel names");
		final String[] labels = new String[n];
		for (int i = 0; i < n; i++)
			labels[i] = names != null ? names[i] : "channel " + i;

		final ColourScale scale = ColourScale.diverging(-1, 1);
		final MatrixDataset data = new MatrixDataset(values, colours);
		final XYBlockRenderer renderer = n <= MAX_BLOCKS ? new XYBlockRenderer()
			: new ImageBehind();
		renderer.setPaintScale(scale);
		renderer.setBlockAnchor(RectangleAnchor.CENTER);
		renderer.setDefaultSeriesVisibleInLegend(false);

		final SymbolAxis x = symbolAxis(labels), y = symbolAxis(labels);
		// NB: upright, a row of names skips every other one past a few bins
		if (n > 6) x.setVerticalTickLabels(true);
		// NB: row 0 at the top, as a matrix is printed.
		y.setInverted(true);
		final XYPlot plot = new XYPlot(data, x, y, renderer);
		ChartStyle.style(plot);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		if (n > MAX_BLOCKS) {
			// NB: one pixel per cell, row 0 at the top; the axes span the cells exactly
			final BufferedImage image = new BufferedImage(n, n,
				BufferedImage.TYPE_INT_RGB);
			for (int i = 0; i < n; i++)
				for (int j = 0; j < n; j++) {
					final Paint p = scale.getPaint(colours[i][j]);
					image.setRGB(j, i, (p instanceof Color ? (Color) p : Color.GRAY)
						.getRGB());
				}
			plot.setBackgroundImage(image);
			plot.setBackgroundImageAlignment(Align.FIT);
			plot.setBackgroundImageAlpha(1f);
		}
		final Font font = new Font(ChartStyle.FAMILY, Font.BOLD, Math.max(10, Math
			.min(24, 160 / n)));
		// NB: past 10 x 10 the numbers no longer fit their cells; colour only.
		if (n <= MAX_LABELLED) for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++) {
				final double v = values[i][j];
				final XYTextAnnotation a = new XYTextAnnotation(Double.isNaN(v) ? "NaN"
					: String.format(Locale.ROOT, format, v), j, i);
				a.setFont(font);
				a.setPaint(Double.isNaN(colours[i][j]) ? java.awt.Color.BLACK : scale
					.textColour(colours[i][j]));
				plot.addAnnotation(a);
			}
		final JFreeChart chart = ChartStyle.chart(title, plot, false);
		chart.addSubtitle(DensityMapCharts.colourBar(scale, scaleLabel));
		return chart;
	}

	/** Draws no block: the cells are the plot's background image. */
	private static final class ImageBehind extends XYBlockRenderer {

		private static final long serialVersionUID = 1L;

		@Override
		public void drawItem(final java.awt.Graphics2D g2,
			final org.jfree.chart.renderer.xy.XYItemRendererState state,
			final java.awt.geom.Rectangle2D dataArea,
			final org.jfree.chart.plot.PlotRenderingInfo info, final XYPlot plot,
			final org.jfree.chart.axis.ValueAxis domainAxis,
			final org.jfree.chart.axis.ValueAxis rangeAxis,
			final org.jfree.data.xy.XYDataset dataset, final int series,
			final int item, final org.jfree.chart.plot.CrosshairState crosshairState,
			final int pass)
		{
			// NB: nothing; see MAX_BLOCKS
		}
	}

	private static SymbolAxis symbolAxis(final String[] labels) {
		final SymbolAxis axis = new SymbolAxis(null, labels);
		axis.setTickLabelFont(ChartStyle.AXIS_LABEL_FONT);
		axis.setGridBandsVisible(false);
		axis.setRange(-0.5, labels.length - 0.5);
		axis.setAutoRange(false);
		return axis;
	}

	/** The cells of a matrix: x = column, y = row, z = colour value. */
	public static final class MatrixDataset extends AbstractXYZDataset {

		private static final long serialVersionUID = 1L;

		private final double[][] values, colours;

		MatrixDataset(final double[][] values, final double[][] colours) {
			this.values = values.clone();
			for (int i = 0; i < values.length; i++)
				this.values[i] = values[i].clone();
			this.colours = colours;
		}

		/** The input matrix entry. */
		public double getValue(final int row, final int column) {
			return values[row][column];
		}

		public int size() {
			return values.length;
		}

		@Override
		public int getSeriesCount() {
			return 1;
		}

		@Override
		public Comparable<?> getSeriesKey(final int series) {
			return "matrix";
		}

		@Override
		public int getItemCount(final int series) {
			return values.length * values.length;
		}

		@Override
		public Number getX(final int series, final int item) {
			return item % values.length;
		}

		@Override
		public Number getY(final int series, final int item) {
			return item / values.length;
		}

		@Override
		public Number getZ(final int series, final int item) {
			return colours[item / values.length][item % values.length];
		}
	}
}
