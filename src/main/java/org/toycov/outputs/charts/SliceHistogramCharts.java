package org.toycov.outputs.charts;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Density-normalized step histograms of one count per scenario, with a linear
 * and a logarithmic y side by side: the seed's last figure (n_e,obs of the
 * toys whose n_mu,obs falls in a thin slice, 'Original' vs 'Tuned').
 * <p>
 * The chart's plot is a {@link SideBySidePlot}: panel {@link #LINEAR} and
 * panel {@link #LOG}. Each panel holds one {@link XYSeries} per scenario, in
 * the given order: the outline (e0, 0), (e0, d0), (e1, d0), (e1, d1), ...,
 * (en, d[n-1]), (en, 0) of the densities d. On the log panel an empty bin is
 * drawn at a floor below the axis, so its line drops out of sight as in
 * matplotlib.
 * </p>
 */
public final class SliceHistogramCharts {

	/** Panel index of the linear-y panel. */
	public static final int LINEAR = 0;
	/** Panel index of the log-y panel. */
	public static final int LOG = 1;

	private static final DecimalFormat NUMBER = new DecimalFormat("0.######",
		DecimalFormatSymbols.getInstance(Locale.ROOT));

	private SliceHistogramCharts() {}

	/**
	 * The slice as text, "8990 < n(μ,obs) < 9010", for titles and messages.
	 */
	public static String sliceLabel(final double lower, final double upper) {
		return NUMBER.format(lower) + " < " + Notation.plain(Notation.N_MU_OBS) +
			" < " + NUMBER.format(upper);
	}

	/**
	 * n_e,obs histograms of the toys in a slice, linear and log y.
	 *
	 * @param scenarios one histogram per scenario (e.g. 'Original', 'Tuned')
	 * @param sliceLabel the slice, e.g. {@link #sliceLabel}(8990, 9010)
	 */
	public static JFreeChart create(final List<StepHistogram> scenarios,
		final String sliceLabel)
	{
		return create("Toys with " + sliceLabel, Notation.N_E_OBS, scenarios,
			"no toys in the slice " + sliceLabel);
	}

	/**
	 * Normalized step histograms, linear and log y side by side.
	 *
	 * @param title chart title, or null
	 * @param xLabel x axis label in {@link Notation} markup
	 * @param scenarios one histogram per scenario, drawn in this order
	 * @param emptyMessage what the chart says when no scenario has a count
	 */
	public static JFreeChart create(final String title, final String xLabel,
		final List<StepHistogram> scenarios, final String emptyMessage)
	{
		long total = 0;
		if (scenarios != null) for (final StepHistogram h : scenarios)
			if (h != null) total += h.total();
		if (total == 0) return ChartStyle.messageChart(title, emptyMessage);

		final String yLabel = "fraction of toys per unit " + xLabel;
		double xLo = Double.POSITIVE_INFINITY, xHi = Double.NEGATIVE_INFINITY;
		double minPositive = Double.POSITIVE_INFINITY, max = 0;
		for (final StepHistogram h : scenarios) {
			if (h == null || h.total() == 0) continue;
			final double[] e = h.edges();
			xLo = Math.min(xLo, e[0]);
			xHi = Math.max(xHi, e[e.length - 1]);
			for (final double d : h.densities()) {
				if (d > 0) minPositive = Math.min(minPositive, d);
				max = Math.max(max, d);
			}
		}
		// NB: a log axis from the decade below the smallest non-empty bin to a
		// bit above the largest; empty bins sit at a tenth of the lower bound.
		final double logLower = Math.pow(10, Math.floor(Math.log10(minPositive)));
		final double floor = logLower / 10;

		final XYSeriesCollection lin = new XYSeriesCollection();
		final XYSeriesCollection log = new XYSeriesCollection();
		final XYLineAndShapeRenderer linR = renderer(), logR = renderer();
		final Set<String> keys = new HashSet<>();
		for (final StepHistogram h : scenarios) {
			if (h == null) continue;
			final String key = Chi2CurveCharts.unique(h.label() + (h.total() == 0
				? " (no toys)" : " (" + h.total() + " toys)"), keys);
			final int i = lin.getSeriesCount();
			lin.addSeries(outline(key, h, Double.NaN));
			log.addSeries(outline(key, h, floor));
			final Color c = Palette.colour(h.colourKey());
			linR.setSeriesPaint(i, c);
			logR.setSeriesPaint(i, c);
		}

		final NumberAxis linY = ChartStyle.numberAxis(yLabel);
		linY.setLowerMargin(0);
		linY.setAutoRangeIncludesZero(true);
		final LogAxis logY = ChartStyle.logAxis(yLabel);
		logY.setRange(logLower, max * 2);
		final XYPlot linPlot = new XYPlot(lin, xAxis(xLabel, xLo, xHi), linY,
			linR);
		final XYPlot logPlot = new XYPlot(log, xAxis(xLabel, xLo, xHi), logY, logR);
		ChartStyle.style(linPlot);
		ChartStyle.style(logPlot);
		logPlot.getRangeAxis().setLabel(null);
		logPlot.getRangeAxis().setAttributedLabel((String) null);

		final SideBySidePlot plot = new SideBySidePlot(Arrays.asList(linPlot,
			logPlot));
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		final JFreeChart chart = ChartStyle.chart(title, plot, true);
		chart.getLegend().setPosition(RectangleEdge.TOP);
		return chart;
	}

	private static ValueAxis xAxis(final String label, final double lo,
		final double hi)
	{
		final NumberAxis x = ChartStyle.numberAxis(label);
		x.setRange(lo, hi);
		return x;
	}

	private static XYLineAndShapeRenderer renderer() {
		final XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
		r.setDefaultStroke(ChartStyle.solid());
		r.setAutoPopulateSeriesStroke(false);
		r.setDrawSeriesLineAsPath(true);
		return r;
	}

	/** The step outline of the densities; zeros become {@code zero} if not NaN. */
	static XYSeries outline(final String key, final StepHistogram h,
		final double zero)
	{
		final XYSeries s = new XYSeries(key, false, true);
		if (h.total() == 0) return s;
		final double[] e = h.edges(), d = h.densities();
		final double base = Double.isNaN(zero) ? 0 : zero;
		s.add(e[0], base, false);
		for (int i = 0; i < d.length; i++) {
			final double y = d[i] > 0 || Double.isNaN(zero) ? d[i] : zero;
			s.add(e[i], y, false);
			s.add(e[i + 1], y, false);
		}
		s.add(e[e.length - 1], base, false);
		return s;
	}
}
