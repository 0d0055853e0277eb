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
		if (bins.length == 1) return oneBin(title, bins[0], labels, colourKeys,
			means, errors, observed);
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

	/**
	 * One bin: a band of zero width shows nothing, so each prediction is a
	 * point with its one-sigma error bar, side by side, then the observation.
	 */
	private static JFreeChart oneBin(final String title, final String bin,
		final String[] labels, final String[] colourKeys, final double[][] means,
		final double[][] errors, final double[] observed)
	{
		final int n = labels.length + (observed == null ? 0 : 1);
		final String[] ticks = new String[n];
		final YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		final XYErrorRenderer r = new XYErrorRenderer();
		r.setDrawXError(false);
		r.setDefaultLinesVisible(false);
		r.setErrorStroke(new BasicStroke(2f));
		for (int k = 0; k < n; k++) {
			final boolean obs = k == labels.length;
			final double m = obs ? observed[0] : means[k][0];
			final double e = obs ? Math.sqrt(observed[0]) : errors[k][0];
			ticks[k] = obs ? "observed" : labels[k];
			final YIntervalSeries s = new YIntervalSeries(ticks[k]);
			s.add(k, m, m - e, m + e);
			data.addSeries(s);
			final Color c = Palette.colour(obs ? Palette.OBSERVED : colourKeys[k]);
			r.setSeriesPaint(k, c);
			r.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
		}
		r.setErrorPaint(null); // NB: each error bar in its series' colour
		final org.jfree.chart.axis.SymbolAxis x = new org.jfree.chart.axis.SymbolAxis(
			null, ticks);
		x.setGridBandsVisible(false);
		x.setTickLabelFont(ChartStyle.TICK_FONT);
		final NumberAxis y = ChartStyle.numberAxis("events in " + bin);
		y.setAutoRangeIncludesZero(false);
		final XYPlot plot = new XYPlot(data, x, y, r);
		ChartStyle.style(plot);
		final JFreeChart chart = ChartStyle.chart(title, plot, false);
		ChartStyle.addSubtitle(chart, "one-sigma error bars; observed: sqrt(n)");
		return chart;
	}
}
