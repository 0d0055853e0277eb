package org.toycov.outputs;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.ApplicationFrame;
import org.toycov.outputs.charts.ChartFiles;

/**
 * A named chart: written as {@code <name>.png} and {@code <name>.svg}, and
 * shown in a window when there is a display.
 */
public final class Chart {

	private static final java.util.concurrent.atomic.AtomicInteger OPENED =
		new java.util.concurrent.atomic.AtomicInteger();

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

	/** Opens the chart in a window, when there is a display. */
	public void show() {
		if (GraphicsEnvironment.isHeadless()) return;
		final ApplicationFrame frame = new ApplicationFrame(name + " (chart)");
		frame.setDefaultCloseOperation(javax.swing.WindowConstants.DISPOSE_ON_CLOSE);
		final ChartPanel panel = new ChartPanel(chart);
		panel.setPreferredSize(new java.awt.Dimension(720, 540));
		frame.setContentPane(panel);
		frame.pack();
		// NB: below ImageJ's toolbar, each new chart a little lower and further right
		final int k = OPENED.getAndIncrement() % 8;
		frame.setLocation(40 + 30 * k, 120 + 30 * k);
		frame.setVisible(true);
	}
}
