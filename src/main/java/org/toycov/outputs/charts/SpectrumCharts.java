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
		return create(title, bins, null, null, null, labels, colourKeys, means,
			errors, observed);
	}

	/**
	 * As {@link #create(String, String[], String[], String[], double[][], double[][], double[])}
	 * against the physical axis when every bin has edges: each prediction a
	 * step histogram with its band, the observed counts at the bin centres.
	 *
	 * @param low lower bin edges, or null (or NaN) to draw against bin indices
	 * @param high upper bin edges, or null
	 * @param axis title of the physical axis with its unit, e.g. {@code E_QE (MeV)}
	 */
	public static JFreeChart create(final String title, final String[] bins,
		final double[] low, final double[] high, final String axis,
		final String[] labels, final String[] colourKeys, final double[][] means,
		final double[][] errors, final double[] observed)
	{
		if (bins.length == 0) return ChartStyle.messageChart(title,
			"no bins to draw");
		if (bins.length == 1) return oneBin(title, bins[0], labels, colourKeys,
			means, errors, observed);
		final XYPlot plot = bands(bins, low, high, axis, "events per bin", labels,
			colourKeys, means, errors, 0.18f);
		if (observed != null) observed(plot, bins, low, high, observed);
		ChartStyle.style(plot);
		final JFreeChart chart = ChartStyle.chart(title, plot, true);
		ChartStyle.addSubtitle(chart, "bins " + bins[0] + " to " + bins[bins.length -
			1]);
		return chart;
	}

	/**
	 * A channel's expected counts stacked by component (filled step
	 * histograms, the first component at the bottom) with the observed counts.
	 *
	 * @param components {@code components[k][bin]}
	 */
	public static JFreeChart stacked(final String title, final String[] bins,
		final double[] low, final double[] high, final String axis,
		final String[] labels, final double[][] components,
		final double[] observed)
	{
		if (bins.length == 0) return ChartStyle.messageChart(title,
			"no bins to draw");
		// NB: each band from the components below it up to its own top, outlined there
		final double[][] top = new double[labels.length][bins.length];
		final double[][] bottom = new double[labels.length][bins.length];
		final double[] sum = new double[bins.length];
		for (int k = 0; k < labels.length; k++) {
			for (int b = 0; b < bins.length; b++) {
				bottom[k][b] = sum[b];
				sum[b] += components[k][b];
				top[k][b] = sum[b];
			}
		}
		final XYPlot plot = bands(bins, low, high, axis, "events per bin",
			labels, labels, top, null, bottom, 0.55f);
		if (observed != null) observed(plot, bins, low, high, observed);
		ChartStyle.style(plot);
		final JFreeChart chart = ChartStyle.chart(title, plot, true);
		ChartStyle.addSubtitle(chart, "expected counts stacked by component");
		return chart;
	}

	/** Whether every bin has finite edges. */
	private static boolean physical(final double[] low, final double[] high,
		final int n)
	{
		if (low == null || high == null || low.length != n) return false;
		for (int b = 0; b < n; b++)
			if (!Double.isFinite(low[b]) || !Double.isFinite(high[b])) return false;
		return true;
	}

	/** Bands of {@code means +- errors}: steps over the edges, else one point per bin index. */
	private static XYPlot bands(final String[] bins, final double[] low,
		final double[] high, final String axis, final String yLabel,
		final String[] labels, final String[] colourKeys, final double[][] means,
		final double[][] errors, final float alpha)
	{
		return bands(bins, low, high, axis, yLabel, labels, colourKeys, means,
			errors, null, alpha);
	}

	/**
	 * @param below null for bands {@code means +- errors}; else each band goes
	 *          from {@code below} up to {@code means} (a stack)
	 */
	private static XYPlot bands(final String[] bins, final double[] low,
		final double[] high, final String axis, final String yLabel,
		final String[] labels, final String[] colourKeys, final double[][] means,
		final double[][] errors, final double[][] below, final float alpha)
	{
		final boolean edges = physical(low, high, bins.length);
		final YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
		final DeviationRenderer band = new DeviationRenderer(true, !edges);
		for (int k = 0; k < labels.length; k++) {
			final YIntervalSeries s = new YIntervalSeries(labels[k], false, true);
			for (int b = 0; b < bins.length; b++) {
				final double m = means[k][b];
				final double lo = below == null ? m - errors[k][b] : below[k][b];
				final double hi = below == null ? m + errors[k][b] : m;
				if (edges) {
					s.add(low[b], m, lo, hi);
					s.add(high[b], m, lo, hi);
				}
				else s.add(b, m, lo, hi);
			}
			bands.addSeries(s);
			final Color c = Palette.colour(colourKeys[k]);
			band.setSeriesPaint(k, c);
			band.setSeriesFillPaint(k, c);
			band.setSeriesStroke(k, new BasicStroke(2f));
		}
		band.setAlpha(alpha);
		final NumberAxis x;
		if (edges) {
			// NB: a model's axis title is plain text: E_QE is E with the subscript QE
			x = ChartStyle.numberAxis(axis == null ? "bin" : axis.replaceAll(
				"_([A-Za-z0-9]+)", "_{$1}"));
			x.setAutoRangeIncludesZero(false);
			x.setRange(low[0], high[bins.length - 1]);
		}
		else {
			// NB: without edges the bins are named, not numbered (nue_3, numu_0)
			final org.jfree.chart.axis.SymbolAxis names =
				new org.jfree.chart.axis.SymbolAxis(null, bins);
			names.setTickLabelFont(ChartStyle.TICK_FONT);
			names.setGridBandsVisible(false);
			names.setVerticalTickLabels(bins.length > 6);
			names.setRange(-0.5, bins.length - 0.5);
			names.setAutoRange(false);
			x = names;
		}
		final NumberAxis y = ChartStyle.numberAxis(yLabel);
		y.setAutoRangeIncludesZero(true);
		return new XYPlot(bands, x, y, band);
	}

	/** Observed counts with sqrt(n) error bars, at the bin centres or indices. */
	private static void observed(final XYPlot plot, final String[] bins,
		final double[] low, final double[] high, final double[] observed)
	{
		final boolean edges = physical(low, high, bins.length);
		final YIntervalSeries s = new YIntervalSeries("observed");
		for (int b = 0; b < bins.length; b++) {
			final double e = Math.sqrt(observed[b]);
			s.add(edges ? (low[b] + high[b]) / 2 : b, observed[b], observed[b] - e,
				observed[b] + e);
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
