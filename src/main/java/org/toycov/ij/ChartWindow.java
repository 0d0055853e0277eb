package org.toycov.ij;

import java.awt.BorderLayout;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.lang.reflect.InvocationTargetException;

import javax.swing.SwingUtilities;

import org.jfree.chart.ChartPanel;
import org.toycov.outputs.Chart;

import ij.IJ;
import ij.ImageJ;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.plugin.frame.PlugInFrame;

/**
 * A chart as an ordinary ImageJ window, titled {@code "<name> (chart)"}:
 * listed in the Window menu, closed by its close button or Ctrl+W (closing
 * only itself), and redrawn in place when a command draws a chart of that
 * name again: never raised over, nor taking the focus from, the dialog the
 * user works in (Chi2 Explorer's sliders).
 * No window in a headless JVM or inside a macro's {@code setBatchMode(true)}.
 */
public final class ChartWindow extends PlugInFrame {

	private final ChartPanel panel;

	private ChartWindow(final String title, final Chart c) {
		super(title);
		panel = new ChartPanel(c.chart());
		panel.setPreferredSize(new Dimension(720, 540));
		setLayout(new BorderLayout());
		add(panel, BorderLayout.CENTER);
		// NB: ImageJ's keyboard shortcuts (Ctrl+W closes the front window)
		final ImageJ ij = IJ.getInstance();
		if (ij != null) {
			addKeyListener(ij);
			panel.addKeyListener(ij);
		}
		pack();
	}

	/** Shows ToyCov's charts in these windows from now on. */
	static void install() {
		Chart.setShower(ChartWindow::show);
	}

	/** The title of the window of chart {@code name}. */
	public static String title(final String name) {
		return name + " (chart)";
	}

	/** Shows {@code c} in its window, a new one or the one of that name. */
	public static void show(final Chart c) {
		if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode()) return;
		final Runnable r = () -> {
			final Frame old = WindowManager.getFrame(title(c.name()));
			if (old instanceof ChartWindow) {
				// NB: in place, never raised: a slider's dialog keeps its focus
				((ChartWindow) old).panel.setChart(c.chart());
				if (!old.isShowing()) old.setVisible(true);
				return;
			}
			final ChartWindow w = new ChartWindow(title(c.name()), c);
			WindowPlacer.place(w, true);
			WindowManager.addWindow(w);
			// NB: a dialog the user types in (Chi2 Explorer's) keeps the focus
			final Window active = KeyboardFocusManager
				.getCurrentKeyboardFocusManager().getActiveWindow();
			if (active instanceof Dialog) w.setAutoRequestFocus(false);
			w.setVisible(true);
			if (active instanceof Dialog) active.toFront();
		};
		try {
			if (SwingUtilities.isEventDispatchThread()) r.run();
			else SwingUtilities.invokeAndWait(r);
		}
		catch (final InterruptedException exc) {
			Thread.currentThread().interrupt();
		}
		catch (final InvocationTargetException exc) {
			throw new IllegalStateException(exc.getCause());
		}
	}
}
