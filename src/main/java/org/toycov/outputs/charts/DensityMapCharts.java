package org.toycov.outputs.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;

/**
 * The joint distribution of toy counts as density maps, the seed's cell 24
 * ("'Original'" and "'Tuned'" hexbins side by side): 2D histograms drawn bin
 * by bin with a logarithmic colour scale, log10(n), empty bins white, one
 * colour bar for all panels, panels sharing both axes.
 * <p>
 * The chart's plot is a {@link CombinedRangeXYPlot} (one shared y axis); its
 * subplots hold a {@link CountGridDataset} each; the colour bar is a
 * {@link PaintScaleLegend} subtitle.
 * </p>
 * <p>
 * NB: the seed uses the diverging 'seismic' colour map, which is white in its
 * middle, so mid densities vanish into the white of empty bins; viridis keeps
 * every non-empty bin visible.
 * </p>
 */
public final class DensityMapCharts {

	private DensityMapCharts() {}

	/**
	 * Two panels side by side, n_e,obs across and n_mu,obs up, as in the seed.
	 *
	 * @param title chart title, or null
	 * @param leftTitle title of the left panel, e.g. "'Original'"
	 * @param left counts of the left panel
	 * @param rightTitle title of the right panel, e.g. "'Tuned'"
	 * @param right counts of the right panel
	 * @param xRange {lower, upper} shared x range (seed: 45..140), or null
	 * @param yRange {lower, upper} shared y range (seed: 4500..14000), or null
	 */
	public static JFreeChart pair(final String title, final String leftTitle,
		final CountGrid left, final String rightTitle, final CountGrid right,
		final double[] xRange, final double[] yRange)
	{
		return panels(title, Arrays.asList(leftTitle, rightTitle), Arrays.asList(
			left, right), Notation.N_E_OBS, Notation.N_MU_OBS, xRange, yRange);
	}

	/**
	 * Any number of panels side by side.
	 *
	 * @param panelTitles one title per panel
	 * @param histograms one histogram per panel (null = no toys)
	 * @param xLabel x axis label in {@link Notation} markup
	 * @param yLabel y axis label in {@link Notation} markup
	 * @param xRange {lower, upper} shared x range, or null for automatic
	 * @param yRange {lower, upper} shared y range, or null for automatic
	 */
	public static JFreeChart panels(final String title,
		final List<String> panelTitles, final List<CountGrid> histograms,
		final String xLabel, final String yLabel, final double[] xRange,
		final double[] yRange)
	{
		long max = 0;
		if (histograms != null) for (final CountGrid h : histograms)
			if (h != null) max = Math.max(max, h.maxCount());
		if (max == 0) return ChartStyle.messageChart(title, "no toys to draw");

		// NB: the colour scale runs over log10(n) from 0 (one toy) to the
		// largest bin of all panels, so equal colours mean equal counts.
		final double top = Math.max(1, Math.log10(max));
		final ColourScale scale = ColourScale.viridis(0, top);

		final NumberAxis yAxis = ChartStyle.numberAxis(yLabel);
		final CombinedRangeXYPlot plot = new CombinedRangeXYPlot(yAxis);
		plot.setGap(14);
		final List<XYPlot> subplots = new ArrayList<>();
		Range xAuto = null, yAuto = null;
		for (int p = 0; p < histograms.size(); p++) {
			final CountGrid h = histograms.get(p);
			final String name = panelTitles != null && p < panelTitles.size()
				? panelTitles.get(p) : "panel " + (p + 1);
			final NumberAxis xAxis = ChartStyle.numberAxis(xLabel);
			final BinRenderer renderer = new BinRenderer(scale);
			final CountGridDataset data = h == null ? null
				: new CountGridDataset(name, h);
			final XYPlot sub = new XYPlot(data, xAxis, null, renderer);
			ChartStyle.style(sub);
			sub.setDomainGridlinesVisible(false);
			sub.setRangeGridlinesVisible(false);
			sub.setNoDataMessage("no toys");
			sub.setDomainAxis(1, panelTitleAxis(name));
			sub.setDomainAxisLocation(1, AxisLocation.TOP_OR_LEFT);
			if (data != null) {
				xAuto = Range.combine(xAuto, renderer.findDomainBounds(data));
				yAuto = Range.combine(yAuto, renderer.findRangeBounds(data));
			}
			subplots.add(sub);
			plot.add(sub, 1);
		}
		// NB: each panel owns its x axis in a CombinedRangeXYPlot; giving them
		// one range makes the panels share x as well (sharex=True in the seed).
		for (final XYPlot sub : subplots) {
			final NumberAxis xAxis = (NumberAxis) sub.getDomainAxis();
			if (xAuto != null) xAxis.setRange(xAuto);
			Chi2CurveCharts.applyRange(xAxis, xRange);
		}
		if (yAuto != null) yAxis.setRange(yAuto);
		Chi2CurveCharts.applyRange(yAxis, yRange);

		final JFreeChart chart = ChartStyle.chart(title, plot, false);
		chart.addSubtitle(colourBar(scale, "log_{10}(n)"));
		return chart;
	}

	/** A colour bar at the right of the chart over the scale's range. */
	static PaintScaleLegend colourBar(final ColourScale scale,
		final String label)
	{
		final NumberAxis axis = ChartStyle.numberAxis(label);
		axis.setRange(scale.getLowerBound(), scale.getUpperBound());
		final double span = scale.getUpperBound() - scale.getLowerBound();
		axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(span <= 1.5 ? 0.25
			: span <= 3 ? 0.5 : span <= 8 ? 1 : Math.ceil(span / 8)));
		// NB: read from bottom to top, as matplotlib's colour bar label.
		axis.setLabelAngle(Math.PI);
		final PaintScaleLegend bar = new PaintScaleLegend(scale, axis);
		bar.setPosition(RectangleEdge.RIGHT);
		bar.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		bar.setStripWidth(18);
		bar.setSubdivisionCount(256);
		bar.setStripOutlineVisible(true);
		bar.setAxisOffset(4);
		bar.setMargin(new RectangleInsets(40, 12, 40, 4));
		bar.setBackgroundPaint(Color.WHITE);
		return bar;
	}

	/**
	 * A top axis that shows only its label: a panel title that takes its own
	 * space above the panel instead of covering data.
	 */
	static NumberAxis panelTitleAxis(final String title) {
		final NumberAxis axis = new NumberAxis(title);
		axis.setLabelFont(ChartStyle.SUBTITLE_FONT.deriveFont(java.awt.Font.BOLD));
		axis.setTickLabelsVisible(false);
		axis.setTickMarksVisible(false);
		axis.setAxisLineVisible(false);
		axis.setLabelInsets(new RectangleInsets(2, 2, 4, 2));
		return axis;
	}
}
