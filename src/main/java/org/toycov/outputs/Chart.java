package org.toycov.outputs;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.JFrame;
import javax.swing.WindowConstants;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.toycov.outputs.charts.ChartFiles;

/**
 * A named chart, drawn only when it is written ({@code <name>.png} and
 * {@code <name>.svg}) or shown in a window: a run nobody draws pays nothing
 * for JFreeChart.
 */
public final class Chart {

	private static final java.util.concurrent.atomic.AtomicInteger OPENED =
		new java.util.concurrent.atomic.AtomicInteger();

	/** How charts are shown: a front end (ImageJ) may install its own windows. */
	private static volatile Consumer<Chart> shower = Chart::showInFrame;

	private final String name;
	private final Supplier<JFreeChart> draw;
	private JFreeChart chart;

	/** A chart drawn on first use by {@code draw}. */
	public Chart(final String name, final Supplier<JFreeChart> draw) {
		this.name = name;
		this.draw = draw;
	}

	public Chart(final String name, final JFreeChart chart) {
		this(name, () -> chart);
	}

	public String name() {
		return name;
	}

	/** The chart, drawn now if it was not yet. */
	public synchronized JFreeChart chart() {
		if (chart == null) chart = draw.get();
		return chart;
	}

	/** Stages {@code <dir>/<name>.png} and {@code .svg} in {@code set}; returns the PNG. */
	public File write(final OutputSet set, final String key, final File dir) {
		final JFreeChart c = chart();
		final File png = new File(dir, name + ".png");
		set.write(key, png.toPath(), out -> ChartFiles.writePng(c, out));
		set.write(key, new File(dir, name + ".svg").toPath(), out -> ChartFiles
			.writeSvg(c, out));
		return png;
	}

	/**
	 * Shows the chart through the installed shower (ImageJ installs its own
	 * windows), when there is a display.
	 */
	public void show() {
		if (GraphicsEnvironment.isHeadless()) return;
		shower.accept(this);
	}

	/**
	 * Replaces how charts are shown, e.g. by ImageJ windows; null restores the
	 * plain window.
	 */
	public static void setShower(final Consumer<Chart> s) {
		shower = s == null ? Chart::showInFrame : s;
	}

	/**
	 * A plain window that closes only itself. NB: never JFreeChart's
	 * {@code ApplicationFrame}, whose close handler calls {@code System.exit}.
	 */
	private static void showInFrame(final Chart c) {
		final JFrame frame = new JFrame(c.name +
			" (chart)");
		frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
		final ChartPanel panel = new ChartPanel(c.chart());
		panel.setPreferredSize(new java.awt.Dimension(720, 540));
		frame.setContentPane(panel);
		frame.pack();
		// NB: below a toolbar, each new chart a little lower and further right
		final int k = OPENED.getAndIncrement() % 8;
		frame.setLocation(40 + 30 * k, 120 + 30 * k);
		frame.setVisible(true);
	}
}
