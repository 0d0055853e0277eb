package org.toycov.outputs.charts;

import java.awt.Color;
import java.util.Locale;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The chi-square of pseudo-experiments, as a density-normalized step
 * histogram, against the chi-square pdf with k degrees of freedom, optionally
 * with the observed chi-square and its p-value marked.
 * <p>
 * The chart's {@link XYPlot} holds the histogram outline as dataset
 * {@link #TOYS} (see {@link SliceHistogramCharts} for its points) and the pdf
 * sampled at {@link #PDF_POINTS} points as dataset {@link #PDF}.
 * </p>
 */
public final class Chi2DistributionCharts {

	/** Dataset index of the toy histogram. */
	public static final int TOYS = 0;
	/** Dataset index of the pdf curve. */
	public static final int PDF = 1;
	/** How many points the pdf curve has. */
	public static final int PDF_POINTS = 400;

	private Chi2DistributionCharts() {}

	/**
	 * Bins raw toy chi-square values into {@code bins} bins from 0 to their
	 * maximum (non-finite values are dropped), then {@link #create}.
	 */
	public static JFreeChart fromValues(final String title, final double[] chi2,
		final int bins, final int dof, final double observed, final boolean logY)
	{
		double max = 0;
		int finite = 0;
		if (chi2 != null) for (final double v : chi2)
			if (Double.isFinite(v)) {
				max = Math.max(max, v);
				finite++;
			}
		if (finite == 0) return ChartStyle.messageChart(title,
			"no finite toy χ² values to draw");
		final double[] edges = StepHistogram.uniformEdges(0, max > 0 ? max : 1, Math
			.max(1, bins));
		return create(title, edges, StepHistogram.fill("", Palette.TOYS, edges, chi2)
			.counts(), dof, observed, logY);
	}

	/**
	 * Toy chi-square histogram against the chi-square pdf.
	 *
	 * @param title chart title, or null
	 * @param edges bin edges of the toy histogram
	 * @param counts toys per bin
	 * @param dof degrees of freedom of the pdf (no pdf if below 1)
	 * @param observed observed chi-square to mark, or NaN for none
	 * @param logY whether the y axis is logarithmic (shows the tail)
	 */
	public static JFreeChart create(final String title, final double[] edges,
		final long[] counts, final int dof, final double observed,
		final boolean logY)
	{
		final StepHistogram h = new StepHistogram("toys", Palette.TOYS, edges, counts);
		if (h.total() == 0) return ChartStyle.messageChart(title,
			"no toys to draw");
		final double lo = edges[0];
		// NB: end the axis a little after the last filled bin (or the observed
		// value), not at the histogram's far edge, where nothing is drawn
		int last = counts.length - 1;
		while (last > 0 && counts[last] == 0)
			last--;
		final double filled = edges[last + 1];
		double hi = Math.min(edges[edges.length - 1], filled + 0.05 * (filled - lo));
		if (Double.isFinite(observed)) hi = Math.max(hi, Math.min(edges[
			edges.length - 1], observed * 1.1));
		final double[] d = h.densities();
		double histMax = 0, minPositive = Double.POSITIVE_INFINITY;
		for (final double v : d) {
			histMax = Math.max(histMax, v);
			if (v > 0) minPositive = Math.min(minPositive, v);
		}

		// NB: the pdf is computed before the axis: with few toys the histogram's
		// smallest density is large, and a lower end from it alone hides the pdf
		// and leaves one decade (one tick) on the log axis
		final XYSeriesCollection pdf = new XYSeriesCollection();
		double pdfMax = 0;
		if (dof >= 1) {
			final ChiSquaredDistribution dist = new ChiSquaredDistribution(null, dof);
			final XYSeries s = new XYSeries("χ² pdf, k = " + dof, false, true);
			// NB: for k = 1 the pdf is infinite at 0; start just right of it.
			final double start = lo <= 0 ? (hi - lo) * 1e-3 : lo;
			final double binCentre = 0.5 * (edges[0] + edges[1]);
			for (int i = 0; i < PDF_POINTS; i++) {
				final double x = start + (hi - start) * i / (PDF_POINTS - 1);
				final double y = dist.density(x);
				s.add(x, y, false);
				if (x >= binCentre) pdfMax = Math.max(pdfMax, y);
			}
			pdf.addSeries(s);
		}
		final double logLower = Math.pow(10, Math.floor(Math.log10(pdfMax > 0
			? Math.min(minPositive, pdfMax / 100) : minPositive)));

		final XYSeriesCollection toys = new XYSeriesCollection(SliceHistogramCharts
			.outline("toys (N = " + h.total() + ")", h, logY ? logLower / 10
				: Double.NaN));
		final XYLineAndShapeRenderer toyR = new XYLineAndShapeRenderer(true, false);
		toyR.setSeriesPaint(0, Palette.colour(Palette.TOYS));
		toyR.setSeriesStroke(0, ChartStyle.solid());
		toyR.setDrawSeriesLineAsPath(true);

		final XYLineAndShapeRenderer pdfR = new XYLineAndShapeRenderer(true,
			false);
		pdfR.setSeriesPaint(0, Palette.colour(Palette.PDF));
		pdfR.setSeriesStroke(0, ChartStyle.dashed());
		pdfR.setDrawSeriesLineAsPath(true);

		final NumberAxis x = ChartStyle.numberAxis("χ²");
		x.setRange(lo, hi);
		final ValueAxis y;
		final String yLabel = "fraction of toys per unit χ²";
		if (logY) {
			final LogAxis log = ChartStyle.logAxis(yLabel);
			log.setRange(logLower, 2 * Math.max(histMax, pdfMax));
			y = log;
		}
		else {
			final NumberAxis lin = ChartStyle.numberAxis(yLabel);
			// NB: an upper bound from the data, not the pdf's spike at 0 (k = 1).
			lin.setRange(0, 1.1 * Math.max(histMax, pdfMax));
			y = lin;
		}
		final XYPlot plot = new XYPlot(toys, x, y, toyR);
		plot.setDataset(PDF, pdf);
		plot.setRenderer(PDF, pdfR);
		ChartStyle.style(plot);

		if (Double.isFinite(observed)) {
			final ValueMarker m = new ValueMarker(observed, Palette.colour(
				Palette.OBSERVED), ChartStyle.solid());
			String label = String.format(Locale.ROOT, "observed χ² = %.2f", observed);
			if (dof >= 1) label += String.format(Locale.ROOT, ", p = %.3g",
				1 - new ChiSquaredDistribution(null, dof).cumulativeProbability(
					observed));
			m.setLabel(label);
			m.setLabelFont(ChartStyle.ANNOTATION_FONT);
			m.setLabelPaint(Palette.colour(Palette.OBSERVED).darker());
			// NB: the label goes on the side of the line with more room.
			final boolean right = observed < 0.5 * (lo + hi);
			m.setLabelAnchor(right ? RectangleAnchor.TOP_RIGHT
				: RectangleAnchor.TOP_LEFT);
			m.setLabelTextAnchor(right ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
			m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 6));
			m.setLabelBackgroundColor(new Color(255, 255, 255, 210));
			plot.addDomainMarker(m);
		}
		final JFreeChart chart = ChartStyle.chart(title, plot, true);
		if (dof < 1) ChartStyle.addSubtitle(chart,
			"no pdf: degrees of freedom must be at least 1, not " + dof);
		return chart;
	}
}
