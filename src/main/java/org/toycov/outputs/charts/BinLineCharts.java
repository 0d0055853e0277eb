package org.toycov.outputs.charts;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Per-bin quantities of a model drawn against its bins in model order (the
 * shape, normalisation and mixed shares of each bin's variance, the entries of
 * an eigenvector): one line per quantity, broken between channels, whose bins
 * share no axis, each channel's bins under its name.
 */
public final class BinLineCharts {

	/** Bins beyond which the axis numbers the bins instead of naming them. */
	static final int MAX_NAMED_BINS = 40;

	private static final Color SHADE = new Color(0xf2f2f2);

	private BinLineCharts() {}

	/**
	 * @param bins bin names in model order (the x axis is the bin index)
	 * @param channels the channel of each bin, e.g. {@code nue} for
	 *          {@code nue_3}; a line is broken where it changes
	 * @param lines one line per quantity, its x values ignored (one y a bin)
	 * @param points whether to mark each bin's value (up to
	 *          {@link #MAX_NAMED_BINS} bins)
	 */
	public static JFreeChart lines(final String title, final String[] bins,
		final String[] channels, final String yLabel, final List<PlotLine> lines,
		final boolean points)
	{
		final XYSeriesCollection data = new XYSeriesCollection();
		// NB: many bins: the marks would hide the lines
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, points &&
			bins.length <= MAX_NAMED_BINS);
		r.setDrawSeriesLineAsPath(true);
		for (final PlotLine line : lines) {
			if (!line.hasFinitePoint()) continue;
			final double[] y = line.y();
			final XYSeries s = new XYSeries(line.label(), false, true);
			for (int b = 0; b < bins.length; b++) {
				// NB: a NaN between two channels ends the line's path there
				if (b > 0 && !channels[b].equals(channels[b - 1])) s.add(b - 0.5,
					Double.NaN, false);
				s.add(b, Double.isFinite(y[b]) ? y[b] : Double.NaN, false);
			}
			final int k = data.getSeriesCount();
			data.addSeries(s);
			r.setSeriesPaint(k, Palette.colour(line.colourKey()));
			r.setSeriesStroke(k, line.isDashed() ? ChartStyle.dashed() : ChartStyle
				.solid());
		}
		if (data.getSeriesCount() == 0) return ChartStyle.messageChart(title,
			"no finite " + Notation.plain(yLabel) + " values to draw");
		final NumberAxis y = ChartStyle.numberAxis(yLabel);
		y.setAutoRangeIncludesZero(true);
		y.setUpperMargin(0.12); // NB: room for the channel names at the top
		final XYPlot plot = new XYPlot(data, binAxis(bins), y, r);
		ChartStyle.style(plot);
		markChannels(plot, channels);
		return ChartStyle.chart(title, plot, data.getSeriesCount() > 1 || !lines
			.get(0).label().isEmpty());
	}

	/** The bins by name, or by index when there are too many names to read. */
	private static ValueAxis binAxis(final String[] bins) {
		final ValueAxis x;
		if (bins.length <= MAX_NAMED_BINS) {
			final SymbolAxis names = new SymbolAxis(null, bins);
			names.setTickLabelFont(ChartStyle.TICK_FONT);
			names.setGridBandsVisible(false);
			names.setVerticalTickLabels(bins.length > 6);
			x = names;
		}
		else {
			final NumberAxis index = ChartStyle.numberAxis("bin (model order)");
			index.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			x = index;
		}
		x.setRange(-0.5, bins.length - 0.5);
		x.setAutoRange(false);
		return x;
	}

	/**
	 * Each channel of several as a labelled band (every other one shaded),
	 * with a line between two channels.
	 */
	private static void markChannels(final XYPlot plot, final String[] channels) {
		int start = 0, run = 0;
		for (int b = 1; b <= channels.length; b++) {
			if (b < channels.length && channels[b].equals(channels[start])) continue;
			if (start == 0 && b == channels.length) return; // one channel
			final IntervalMarker band = new IntervalMarker(start - 0.5, b - 0.5,
				run % 2 == 1 ? SHADE : new Color(0, 0, 0, 0));
			band.setLabel(channels[start]);
			band.setLabelFont(ChartStyle.LEGEND_FONT);
			band.setLabelPaint(Color.DARK_GRAY);
			band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
			band.setLabelAnchor(RectangleAnchor.TOP);
			band.setLabelTextAnchor(TextAnchor.TOP_CENTER);
			plot.addDomainMarker(band, Layer.BACKGROUND);
			if (start > 0) plot.addDomainMarker(new ValueMarker(start - 0.5,
				Color.GRAY, ChartStyle.dashed()), Layer.BACKGROUND);
			start = b;
			run++;
		}
	}
}
