package org.toycov.outputs;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.function.Consumer;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.toycov.outputs.charts.ChartFiles;

/**
 * A named chart: written as {@code <name>.png} and {@code <name>.svg}, and
 * shown in a window when there is a display.
 */
public final class Chart {

	private static final java.util.concurrent.atomic.AtomicInteger OPENED =
		new java.util.concurrent.atomic.AtomicInteger();

	/** How charts are shown: a front end (ImageJ) may install its own windows. */
	private static volatile Consumer<Chart> shower = Chart::showInFrame;

	private final String name;
	private final JFreeChart chart;

	public Chart(final String name, final JFreeChart chart) {
		this.name = name;
		this.chart = chart;
	}

	public String name() {
		return name;
	}

	public JFreeChart chart() {
		return chart;
	}

	/** Writes {@code <dir>/<name>.png} and {@code .svg}; returns the PNG. */
	public File write(final File dir) {
		final File png = new File(dir, name + ".png");
		try {
			java.nio.file.Files.createDirectories(dir.toPath());
			ChartFiles.writePng(chart, png);
			ChartFiles.writeSvg(chart, new File(dir, name + ".svg"));
			return png;
		}
		catch (final IOException exc) {
			throw new UncheckedIOException("output_dir: cannot write " + png
				.getPath() + " (" + exc.getMessage() + ")", exc);
		}
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
		final javax.swing.JFrame frame = new javax.swing.JFrame(c.name +
			" (chart)");
		frame.setDefaultCloseOperation(javax.swing.WindowConstants.DISPOSE_ON_CLOSE);
		final ChartPanel panel = new ChartPanel(c.chart);
		panel.setPreferredSize(new java.awt.Dimension(720, 540));
		frame.setContentPane(panel);
		frame.pack();
		// NB: below a toolbar, each new chart a little lower and further right
		final int k = OPENED.getAndIncrement() % 8;
		frame.setLocation(40 + 30 * k, 120 + 30 * k);
		frame.setVisible(true);
	}
}
