package org.toycov.outputs.charts;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Chi-square curves against the observed electron count, the seed's cells 7,
 * 9, 16 and 19: named solid or dashed {@link PlotLine}s, a legend, and the
 * minimum of each curve marked with a dot and "min 95.0".
 * <p>
 * The chart's {@link XYPlot} holds the curves as dataset {@link #CURVES} (one
 * {@link XYSeries} per curve, in the given order) and the minima as dataset
 * {@link #MINIMA} (one one-point series per curve that has a minimum).
 * </p>
 */
public final class Chi2CurveCharts {

	/** Dataset index of the curves in the chart's {@link XYPlot}. */
	public static final int CURVES = 0;
	/** Dataset index of the minimum markers in the chart's {@link XYPlot}. */
	public static final int MINIMA = 1;

	private Chi2CurveCharts() {}

	/**
	 * Chi-square curves over n_e,obs with automatic axis ranges.
	 *
	 * @param title chart title (plain text; may be null for none)
	 * @param curves the curves, drawn in this order
	 */
	public static JFreeChart create(final String title, final List<PlotLine> curves) {
		return create(title, Notation.N_E_OBS, Notation.CHI2, curves, null, null);
	}

	/**
	 * Chi-square curves over n_e,obs with optional fixed axis ranges.
	 *
	 * @param xRange {lower, upper} of the x axis, or null for automatic
	 * @param yRange {lower, upper} of the y axis, or null for automatic
	 */
	public static JFreeChart create(final String title, final List<PlotLine> curves,
		final double[] xRange, final double[] yRange)
	{
		return create(title, Notation.N_E_OBS, Notation.CHI2, curves, xRange,
			yRange);
	}

	/**
	 * Curves with any axis labels.
	 *
	 * @param xLabel x axis label in {@link Notation} markup, e.g. "n_{e,obs}"
	 * @param yLabel y axis label in {@link Notation} markup, e.g. "χ²"
	 * @param curves the curves, drawn in this order
	 * @param xRange {lower, upper} of the x axis, or null for automatic
	 * @param yRange {lower, upper} of the y axis, or null for automatic
	 */
	public static JFreeChart create(final String title, final String xLabel,
		final String yLabel, final List<PlotLine> curves, final double[] xRange,
		final double[] yRange)
	{
		final List<PlotLine> drawable = new ArrayList<>();
		boolean onePoint = false;
		if (curves != null) for (final PlotLine c : curves) {
			if (c == null || !c.hasFinitePoint()) continue;
			// NB: one point is no curve, and an axis over one value is unreadable
			if (c.finitePoints() < 2) onePoint = true;
			else drawable.add(c);
		}
		if (drawable.isEmpty()) {
			return ChartStyle.messageChart(title, curves == null || curves.isEmpty()
				? "no curves to draw" : onePoint ? "one point only: scan a range of " +
					"at least two values to draw a curve" : "no finite " + Notation.plain(
						yLabel) + " values to draw");
		}

		final XYSeriesCollection lines = new XYSeriesCollection();
		final XYSeriesCollection minima = new XYSeriesCollection();
		final XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(
			true, false);
		final XYLineAndShapeRenderer minRenderer = new XYLineAndShapeRenderer(
			false, true);
		minRenderer.setDefaultSeriesVisibleInLegend(false);
		// NB: one path per series, or the dash pattern restarts at every
		// sample and a dashed curve looks solid.
		lineRenderer.setDrawSeriesLineAsPath(true);
		final List<XYPointerAnnotation> labels = new ArrayList<>();
		final List<String> flat = new ArrayList<>();
		// NB: the x range the labels must stay inside (a label centred on a
		// minimum at the plot's edge would be cut off)
		double lo = xRange == null ? Double.POSITIVE_INFINITY : xRange[0];
		double hi = xRange == null ? Double.NEGATIVE_INFINITY : xRange[1];
		if (xRange == null) for (final PlotLine c : drawable)
			for (final double v : c.x())
				if (Double.isFinite(v)) {
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
				}
		final Set<String> keys = new HashSet<>();

		for (final PlotLine c : drawable) {
			final String key = unique(c.label(), keys);
			final XYSeries s = new XYSeries(key, false, true);
			final double[] x = c.x(), y = c.y();
			for (int i = 0; i < x.length; i++)
				s.add(x[i], Double.isFinite(y[i]) ? y[i] : Double.NaN, false);
			final int index = lines.getSeriesCount();
			lines.addSeries(s);
			final Color colour = Palette.colour(c.colourKey());
			lineRenderer.setSeriesPaint(index, colour);
			lineRenderer.setSeriesStroke(index, c.isDashed() ? ChartStyle.dashed()
				: ChartStyle.solid());

			final double[] min = c.minimum();
			if (min == null) {
				if (c.isFlat()) flat.add(c.label());
				continue;
			}
			final XYSeries m = new XYSeries("min " + key);
			m.add(min[0], min[1]);
			final int mi = minima.getSeriesCount();
			minima.addSeries(m);
			minRenderer.setSeriesPaint(mi, colour);
			minRenderer.setSeriesShape(mi, new Ellipse2D.Double(-5, -5, 10, 10));
			// NB: the lowest point at the grid's first or last x is no minimum:
			// the curve may go on falling beyond the grid
			final boolean edge = min[0] == x[0] || min[0] == x[x.length - 1];
			labels.add(minimumLabel(min, edge, colour, mi, hi > lo ? (min[0] - lo) /
				(hi - lo) : 0.5));
		}

		final NumberAxis xAxis = ChartStyle.numberAxis(xLabel);
		final NumberAxis yAxis = ChartStyle.numberAxis(yLabel);
		final XYPlot plot = new XYPlot(lines, xAxis, yAxis, lineRenderer);
		plot.setDataset(MINIMA, minima);
		plot.setRenderer(MINIMA, minRenderer);
		ChartStyle.style(plot);
		for (final XYPointerAnnotation a : labels)
			plot.addAnnotation(a);
		applyRange(xAxis, xRange);
		applyRange(yAxis, yRange);

		final boolean legend = drawable.size() > 1 || !drawable.get(0).label()
			.isEmpty();
		final JFreeChart chart = ChartStyle.chart(title, plot, legend);
		if (!flat.isEmpty()) {
			ChartStyle.addSubtitle(chart, "flat curve, no unique minimum: " + String
				.join(", ", flat));
		}
		return chart;
	}

	/**
	 * "min 95.0" above the marker ("grid edge 96.0" where the lowest point is
	 * the grid's first or last, no minimum), staggered so near minima do not collide;
	 * {@code where} is the marker's place across the x axis (0 left, 1 right):
	 * near an edge the text ends (or starts) at the marker, inside the plot.
	 */
	private static XYPointerAnnotation minimumLabel(final double[] min,
		final boolean edge, final Color colour, final int index, final double where)
	{
		final XYPointerAnnotation a = new XYPointerAnnotation(String.format(
			Locale.ROOT, edge ? "grid edge %.1f" : "min %.1f", min[0]), min[0], min[1],
			-Math.PI / 2);
		a.setFont(ChartStyle.ANNOTATION_FONT);
		a.setPaint(colour.darker());
		a.setArrowPaint(colour);
		a.setTipRadius(7);
		// NB: the space right above a chi-square minimum is inside its own
		// parabola, so free of that curve; stagger the height per curve.
		a.setBaseRadius(26 + 20 * (index % 3));
		a.setLabelOffset(2);
		a.setArrowLength(6);
		a.setArrowWidth(3);
		a.setTextAnchor(where > 0.9 ? TextAnchor.BOTTOM_RIGHT : where < 0.1
			? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_CENTER);
		// NB: a veil behind the text keeps it readable where a curve crosses.
		a.setBackgroundPaint(new Color(255, 255, 255, 210));
		return a;
	}

	static void applyRange(final org.jfree.chart.axis.ValueAxis axis,
		final double[] range)
	{
		if (range == null || range.length != 2 || !Double.isFinite(range[0]) ||
			!Double.isFinite(range[1]) || range[0] >= range[1]) return;
		axis.setRange(range[0], range[1]);
	}

	static String unique(final String label, final Set<String> used) {
		String key = label;
		for (int n = 2; !used.add(key); n++)
			key = label + " (" + n + ")";
		return key;
	}
}
