package org.toycov.outputs.charts;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.event.PlotChangeEvent;
import org.jfree.chart.event.PlotChangeListener;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;

/**
 * Independent {@link XYPlot}s in a row, each with its own axes: what
 * JFreeChart's combined plots cannot do when the panels share x but not y
 * (a linear and a logarithmic y, matplotlib's {@code subplots(1, 2)}). The
 * legend is the first panel's.
 */
public final class SideBySidePlot extends Plot implements PlotChangeListener {

	private static final long serialVersionUID = 1L;

	private final List<XYPlot> panels = new ArrayList<>();
	private double gap = 16;

	public SideBySidePlot(final List<XYPlot> panels) {
		for (final XYPlot p : panels) {
			p.setParent(this);
			p.addChangeListener(this);
			this.panels.add(p);
		}
	}

	public List<XYPlot> getPanels() {
		return Collections.unmodifiableList(panels);
	}

	public void setGap(final double gap) {
		this.gap = gap;
		fireChangeEvent();
	}

	@Override
	public String getPlotType() {
		return "Side by side";
	}

	@Override
	public LegendItemCollection getLegendItems() {
		return panels.isEmpty() ? new LegendItemCollection() : panels.get(0)
			.getLegendItems();
	}

	@Override
	public void draw(final Graphics2D g2, final Rectangle2D area,
		final Point2D anchor, final PlotState parentState,
		final PlotRenderingInfo info)
	{
		if (info != null) info.setPlotArea(area);
		final Rectangle2D inner = area.getBounds2D();
		getInsets().trim(inner);
		drawBackground(g2, inner);
		final int n = panels.size();
		if (n == 0) {
			drawNoDataMessage(g2, inner);
			return;
		}
		final double w = (inner.getWidth() - gap * (n - 1)) / n;
		for (int i = 0; i < n; i++) {
			final Rectangle2D cell = new Rectangle2D.Double(inner.getX() + i * (w +
				gap), inner.getY(), w, inner.getHeight());
			PlotRenderingInfo sub = null;
			if (info != null) {
				sub = new PlotRenderingInfo(info.getOwner());
				info.addSubplotInfo(sub);
			}
			panels.get(i).draw(g2, cell, anchor, parentState, sub);
		}
	}

	@Override
	public void plotChanged(final PlotChangeEvent event) {
		fireChangeEvent();
	}
}
