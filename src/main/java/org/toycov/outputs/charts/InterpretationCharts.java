package org.toycov.outputs.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of the interpretation commands: curves against the signal strength
 * (a delta chi-square scan, a Feldman-Cousins belt) with labelled horizontal
 * reference lines, points against an index (the goodness-of-fit components), and
 * toy distributions with the data's value as a vertical line.
 */
public final class InterpretationCharts {

	private InterpretationCharts() {}

	/** A horizontal or vertical reference line with its label. */
	public static final class Reference {

		final double value;
		final String label;

		public Reference(final double value, final String label) {
			this.value = value;
			this.label = label;
		}
	}

	/**
	 * Curves, drawn with their points marked when {@code points} is true, and
	 * horizontal reference lines (e.g. delta chi2 = 1, 4, 9); no minima marked.
	 *
	 * @param yRange {lower, upper} of the y axis, or null for automatic
	 */
	public static JFreeChart curves(final String title, final String xLabel,
		final String yLabel, final List<PlotLine> curves, final boolean points,
		final List<Reference> horizontal, final double[] yRange)
	{
		final XYSeriesCollection lines = new XYSeriesCollection();
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, points);
		r.setDrawSeriesLineAsPath(true);
		final Set<String> keys = new HashSet<>();
		for (final PlotLine c : curves) {
			if (c == null || !c.hasFinitePoint()) continue;
			final XYSeries s = new XYSeries(Chi2CurveCharts.unique(c.label(), keys),
				false, true);
			final double[] x = c.x(), y = c.y();
			for (int i = 0; i < x.length; i++)
				s.add(x[i], Double.isFinite(y[i]) ? y[i] : Double.NaN, false);
			final int index = lines.getSeriesCount();
			lines.addSeries(s);
			r.setSeriesPaint(index, Palette.colour(c.colourKey()));
			r.setSeriesStroke(index, c.isDashed() ? ChartStyle.dashed() : ChartStyle
				.solid());
			r.setSeriesShape(index, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
		}
		if (lines.getSeriesCount() == 0) return ChartStyle.messageChart(title,
			"no finite " + Notation.plain(yLabel) + " values to draw");
		final NumberAxis xAxis = ChartStyle.numberAxis(xLabel);
		final NumberAxis yAxis = ChartStyle.numberAxis(yLabel);
		final XYPlot plot = new XYPlot(lines, xAxis, yAxis, r);
		ChartStyle.style(plot);
		if (horizontal != null) for (final Reference h : horizontal)
			plot.addRangeMarker(marker(h, true));
		Chi2CurveCharts.applyRange(yAxis, yRange);
		return ChartStyle.chart(title, plot, lines.getSeriesCount() > 1 || !curves
			.get(0).label().isEmpty());
	}

	/**
	 * Toy distributions (densities, as step outlines) with the data's value as a
	 * vertical line.
	 */
	public static JFreeChart histograms(final String title, final String xLabel,
		final List<StepHistogram> histograms, final Reference data)
	{
		final XYSeriesCollection c = new XYSeriesCollection();
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
		r.setDrawSeriesLineAsPath(true);
		for (final StepHistogram h : histograms) {
			if (h.total() == 0) continue;
			final int index = c.getSeriesCount();
			c.addSeries(SliceHistogramCharts.outline(h.label() + " (N = " + h
				.total() + ")", h, Double.NaN));
			r.setSeriesPaint(index, Palette.colour(h.colourKey()));
			r.setSeriesStroke(index, ChartStyle.solid());
		}
		if (c.getSeriesCount() == 0) return ChartStyle.messageChart(title,
			"no toys to draw");
		final XYPlot plot = new XYPlot(c, ChartStyle.numberAxis(xLabel), ChartStyle
			.numberAxis("fraction of toys per unit"), r);
		ChartStyle.style(plot);
		if (data != null && Double.isFinite(data.value)) plot.addDomainMarker(
			marker(data, false));
		return ChartStyle.chart(title, plot, true);
	}

	private static ValueMarker marker(final Reference ref, final boolean horizontal) {
		final ValueMarker m = new ValueMarker(ref.value, horizontal ? Color.GRAY
			: Palette.colour(Palette.OBSERVED), horizontal ? ChartStyle.dashed()
				: ChartStyle.solid());
		m.setLabel(ref.label);
		m.setLabelFont(ChartStyle.ANNOTATION_FONT);
		m.setLabelPaint(Color.DARK_GRAY);
		m.setLabelAnchor(horizontal ? RectangleAnchor.TOP_RIGHT
			: RectangleAnchor.TOP_RIGHT);
		m.setLabelTextAnchor(horizontal ? TextAnchor.BOTTOM_RIGHT
			: TextAnchor.TOP_LEFT);
		// NB: a horizontal line's label inside the plot, clear of its right edge
		if (horizontal) m.setLabelOffset(new RectangleInsets(4, 4, 4, 8));
		return m;
	}
}
