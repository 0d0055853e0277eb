package org.toycov.outputs.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * An {@link XYBlockRenderer} that draws each item of a
 * {@link CountGridDataset} as its own bin rectangle, so bins of different
 * widths work, and colours it by z through the paint scale.
 */
final class BinRenderer extends XYBlockRenderer {

	private static final long serialVersionUID = 1L;

	BinRenderer(final PaintScale scale) {
		setPaintScale(scale);
		setDefaultSeriesVisibleInLegend(false);
	}

	@Override
	public void drawItem(final Graphics2D g2, final XYItemRendererState state,
		final Rectangle2D dataArea, final PlotRenderingInfo info,
		final XYPlot plot, final ValueAxis domainAxis, final ValueAxis rangeAxis,
		final XYDataset dataset, final int series, final int item,
		final CrosshairState crosshairState, final int pass)
	{
		if (!(dataset instanceof CountGridDataset)) {
			super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis,
				dataset, series, item, crosshairState, pass);
			return;
		}
		final CountGridDataset d = (CountGridDataset) dataset;
		final CountGrid h = d.histogram();
		final int ix = d.getBinX(item), iy = d.getBinY(item);
		final RectangleEdge xEdge = plot.getDomainAxisEdge();
		final RectangleEdge yEdge = plot.getRangeAxisEdge();
		final double x0 = domainAxis.valueToJava2D(h.xEdge(ix), dataArea, xEdge);
		final double x1 = domainAxis.valueToJava2D(h.xEdge(ix + 1), dataArea,
			xEdge);
		final double y0 = rangeAxis.valueToJava2D(h.yEdge(iy), dataArea, yEdge);
		final double y1 = rangeAxis.valueToJava2D(h.yEdge(iy + 1), dataArea,
			yEdge);
		final Rectangle2D block = new Rectangle2D.Double(Math.min(x0, x1), Math
			.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
		if (!block.intersects(dataArea)) return;
		final Paint paint = getPaintScale().getPaint(d.getZValue(series, item));
		g2.setPaint(paint);
		g2.fill(block);
		// NB: outline in the fill colour, or antialiasing leaves white seams
		// between neighbouring bins (switching antialiasing off instead leaves
		// rounding gaps in PNG and seams in SVG viewers; tried).
		g2.setStroke(new BasicStroke(0.6f));
		g2.draw(block);
	}

	@Override
	public Range findDomainBounds(final XYDataset dataset) {
		if (!(dataset instanceof CountGridDataset)) return super
			.findDomainBounds(dataset);
		final CountGridDataset d = (CountGridDataset) dataset;
		if (d.getItemCount(0) == 0) return null;
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < d.getItemCount(0); i++) {
			lo = Math.min(lo, d.histogram().xEdge(d.getBinX(i)));
			hi = Math.max(hi, d.histogram().xEdge(d.getBinX(i) + 1));
		}
		return new Range(lo, hi);
	}

	@Override
	public Range findRangeBounds(final XYDataset dataset) {
		if (!(dataset instanceof CountGridDataset)) return super
			.findRangeBounds(dataset);
		final CountGridDataset d = (CountGridDataset) dataset;
		if (d.getItemCount(0) == 0) return null;
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < d.getItemCount(0); i++) {
			lo = Math.min(lo, d.histogram().yEdge(d.getBinY(i)));
			hi = Math.max(hi, d.histogram().yEdge(d.getBinY(i) + 1));
		}
		return new Range(lo, hi);
	}
}
