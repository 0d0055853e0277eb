package org.toycov.outputs.charts;

import java.awt.BasicStroke;
import java.awt.Color;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Predicted spectra with their one-sigma error bands, bin by bin, and the
 * observed counts with Poisson error bars: original, naively tuned and
 * constrained predictions side by side.
 */
public final class SpectrumCharts {

	/** Dataset index of the predictions (bands). */
	public static final int PREDICTIONS = 0;
	/** Dataset index of the observed counts. */
	public static final int OBSERVED = 1;

	private SpectrumCharts() {}

	/**
	 * @param bins bin labels, in order (the x axis is the bin index)
	 * @param labels one label per prediction, e.g. "original"
	 * @param colourKeys one {@link Palette} key per prediction
	 * @param means {@code means[k][bin]}
	 * @param errors {@code errors[k][bin]}, one sigma
	 * @param observed observed counts, or null
	 */
	public static JFreeChart create(final String title, final String[] bins,
		final String[] labels, final String[] colourKeys, final double[][] means,
		final double[][] errors, final double[] observed)
	{
		if (bins.length == 0) return ChartStyle.messageChart(title,
			"no bins to draw");
		final YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
		final DeviationRenderer band = new DeviationRenderer(true, true);
		for (int k = 0; k < labels.length; k++) {
			final YIntervalSeries s = new YIntervalSeries(labels[k]);
			for (int b = 0; b < bins.length; b++)
				s.add(b, means[k][b], means[k][b] - errors[k][b], means[k][b] +
					errors[k][b]);
			bands.addSeries(s);
			final Color c = Palette.colour(colourKeys[k]);
			band.setSeriesPaint(k, c);
			band.setSeriesFillPaint(k, c);
			band.setSeriesStroke(k, new BasicStroke(2f));
		}
		band.setAlpha(0.18f);
		final NumberAxis x = ChartStyle.numberAxis("bin");
		x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		x.setRange(-0.5, bins.length - 0.5);
		final NumberAxis y = ChartStyle.numberAxis("events per bin");
		y.setAutoRangeIncludesZero(true);
		final XYPlot plot = new XYPlot(bands, x, y, band);
		if (observed != null) {
			final YIntervalSeries s = new YIntervalSeries("observed");
			for (int b = 0; b < bins.length; b++) {
				final double e = Math.sqrt(observed[b]);
				s.add(b, observed[b], observed[b] - e, observed[b] + e);
			}
			final YIntervalSeriesCollection obs = new YIntervalSeriesCollection();
			obs.addSeries(s);
			final XYErrorRenderer r = new XYErrorRenderer();
			r.setDrawXError(false);
			r.setSeriesPaint(0, Palette.colour(Palette.OBSERVED));
			r.setErrorPaint(Palette.colour(Palette.OBSERVED));
			r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
			r.setDefaultLinesVisible(false);
			plot.setDataset(OBSERVED, obs);
			plot.setRenderer(OBSERVED, r);
		}
		ChartStyle.style(plot);
		final JFreeChart chart = ChartStyle.chart(title, plot, true);
		if (bins.length > 1) ChartStyle.addSubtitle(chart, "bins " + bins[0] +
			" to " + bins[bins.length - 1]);
		else ChartStyle.addSubtitle(chart, "bin " + bins[0]);
		return chart;
	}
}
