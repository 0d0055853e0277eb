package org.toycov.outputs.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Fonts, strokes and plot defaults shared by all ToyCov charts, sized to be
 * readable at the default 800x600 pixels.
 */
public final class ChartStyle {

	/** Default size of a chart file, in pixels. */
	public static final int DEFAULT_WIDTH = 800, DEFAULT_HEIGHT = 600;

	// NB: the logical font SansSerif maps to DejaVu Sans on Linux, which has
	// the Greek letters and the superscript two that the labels use; in SVG it
	// becomes the generic "sans-serif" family of the viewer.
	static final String FAMILY = Font.SANS_SERIF;
	static final Font TITLE_FONT = new Font(FAMILY, Font.BOLD, 20);
	static final Font SUBTITLE_FONT = new Font(FAMILY, Font.PLAIN, 15);
	static final Font AXIS_LABEL_FONT = new Font(FAMILY, Font.PLAIN, 18);
	static final Font TICK_FONT = new Font(FAMILY, Font.PLAIN, 14);
	static final Font LEGEND_FONT = new Font(FAMILY, Font.PLAIN, 15);
	static final Font ANNOTATION_FONT = new Font(FAMILY, Font.PLAIN, 13);
	static final Font MESSAGE_FONT = new Font(FAMILY, Font.ITALIC, 18);
	static final Color GRID = new Color(0xd0d0d0);

	private ChartStyle() {}

	static Stroke solid() {
		return new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
	}

	static Stroke dashed() {
		return new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
			1f, new float[] { 9f, 5f }, 0f);
	}

	/** A linear axis labelled with {@link Notation} markup. */
	static NumberAxis numberAxis(final String markup) {
		final NumberAxis axis = new NumberAxis(Notation.plain(markup));
		style(axis, markup);
		axis.setAutoRangeIncludesZero(false);
		// NB: a marker at chi2 = 0 must not sit half outside the plot.
		axis.setAutoRangeStickyZero(false);
		// NB: no digit grouping: "14000" reads the same in every locale, where
		// "14,000" or "14.000" does not.
		axis.setNumberFormatOverride(new java.text.DecimalFormat("0.######",
			java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
		return axis;
	}

	/** A base-10 logarithmic axis labelled with {@link Notation} markup. */
	static LogAxis logAxis(final String markup) {
		final LogAxis axis = new LogAxis(Notation.plain(markup));
		style(axis, markup);
		axis.setBase(10);
		axis.setLabelFont(AXIS_LABEL_FONT);
		// NB: without a number format override, LogAxis labels ticks as 10
		// with a superscript exponent, the way a physicist reads a log axis;
		// its tick units are exponents, so integer units mean whole decades.
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		axis.setMinorTickCount(9);
		axis.setMinorTickMarksVisible(true);
		return axis;
	}

	static void style(final ValueAxis axis, final String markup) {
		axis.setLabelFont(AXIS_LABEL_FONT);
		axis.setTickLabelFont(TICK_FONT);
		axis.setLabelPaint(Color.BLACK);
		axis.setTickLabelPaint(Color.BLACK);
		if (markup != null && (markup.indexOf('_') >= 0 || markup.indexOf(
			'^') >= 0))
		{
			axis.setAttributedLabel(Notation.attributed(markup, AXIS_LABEL_FONT));
		}
	}

	static void style(final XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlinePaint(Color.DARK_GRAY);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		plot.setDomainGridlinesVisible(true);
		plot.setRangeGridlinesVisible(true);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		plot.setNoDataMessageFont(MESSAGE_FONT);
		plot.setNoDataMessagePaint(Color.DARK_GRAY);
	}

	/** A chart around the plot: white, titled, legend at the bottom if asked. */
	static JFreeChart chart(final String title, final Plot plot,
		final boolean legend)
	{
		final JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(8, 8, 8, 16));
		if (chart.getTitle() != null) chart.getTitle().setPaint(Color.BLACK);
		final LegendTitle lt = chart.getLegend();
		if (lt != null) {
			lt.setItemFont(LEGEND_FONT);
			lt.setFrame(BlockBorder.NONE);
			lt.setBackgroundPaint(Color.WHITE);
			lt.setPosition(RectangleEdge.BOTTOM);
			lt.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
		}
		return chart;
	}

	static void addSubtitle(final JFreeChart chart, final String text) {
		final TextTitle sub = new TextTitle(text, SUBTITLE_FONT);
		sub.setPaint(Color.DARK_GRAY);
		chart.addSubtitle(sub);
	}

	/**
	 * A chart that shows only a centred message: what every chart factory
	 * returns for empty or degenerate data instead of throwing.
	 */
	public static JFreeChart messageChart(final String title,
		final String message)
	{
		final NumberAxis x = new NumberAxis(), y = new NumberAxis();
		x.setVisible(false);
		y.setVisible(false);
		final XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, null);
		style(plot);
		plot.setDomainGridlinesVisible(false);
		plot.setRangeGridlinesVisible(false);
		plot.setOutlineVisible(false);
		plot.setNoDataMessage(message);
		return chart(title, plot, false);
	}

	/** The message of a {@link #messageChart}, or null for a chart with data. */
	public static String message(final JFreeChart chart) {
		final Plot plot = chart.getPlot();
		if (plot instanceof XYPlot && isEmpty((XYPlot) plot)) return plot
			.getNoDataMessage();
		return null;
	}

	private static boolean isEmpty(final XYPlot plot) {
		for (int i = 0; i < plot.getDatasetCount(); i++) {
			if (!org.jfree.data.general.DatasetUtils.isEmptyOrNull(plot.getDataset(
				i))) return false;
		}
		return true;
	}
}
