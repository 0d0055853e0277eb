package org.toycov.ij;

import java.awt.BorderLayout;
import java.awt.Button;
import java.awt.Dialog;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.Label;
import java.awt.Panel;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

import org.scijava.Context;
import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;

import ij.IJ;
import ij.ImageJ;

/**
 * The visible way to stop a long run: a small window, opened when a command
 * has run for half a second, with what is running, the progress and an
 * estimate of the time left (from the run's own pace so far), and a Cancel
 * button; closing it or pressing Esc cancels too. It closes itself when the
 * run ends; a canceled run ends with a status line, never a modal box.
 */
final class CancelControl {

	/** How long a run goes before the control opens, in ms. */
	static final long DELAY = 500;

	/** The title of the control's window for command {@code title}. */
	static String windowTitle(final String title) {
		return "ToyCov: " + title;
	}

	private final String title;
	private final long start = System.currentTimeMillis();
	private volatile boolean canceled;
	private volatile double fraction = -1;
	private volatile String status = "";
	private Dialog window;
	private Label line;
	private final EventService events;
	private final java.util.List<org.scijava.event.EventSubscriber<?>> subscribers;

	CancelControl(final String title, final Context context) {
		this.title = title;
		events = context == null ? null : context.getService(EventService.class);
		subscribers = events == null ? null : events.subscribe(this);
	}

	@EventHandler
	private void onEvent(final StatusEvent e) {
		if (e.getProgressMaximum() > 0) fraction = (double) e.getProgressValue() /
			e.getProgressMaximum();
		if (e.getStatusMessage() != null && !e.getStatusMessage().isEmpty())
			status = e.getStatusMessage();
	}

	/** True once the user pressed Cancel or closed the window. */
	boolean canceled() {
		return canceled;
	}

	/** Opens the window (after {@link #DELAY}) and refreshes its line; call often. */
	void tick() {
		final long ms = System.currentTimeMillis() - start;
		if (ms < DELAY) return;
		java.awt.EventQueue.invokeLater(() -> {
			if (canceled) return;
			if (window == null) open();
			line.setText(text(ms));
		});
	}

	private String text(final long ms) {
		final StringBuilder sb = new StringBuilder(status.isEmpty() ? title +
			" is running" : status);
		final double f = fraction;
		if (f > 0.01 && f < 1) sb.append(String.format(" — %.0f%%, about %s left",
			100 * f, seconds(ms * (1 - f) / f)));
		else sb.append(" — ").append(seconds(ms)).append(" so far");
		return sb.toString();
	}

	private static String seconds(final double ms) {
		final long s = Math.round(ms / 1000);
		return s < 120 ? s + " s" : s / 60 + " min " + s % 60 + " s";
	}

	private void open() {
		final ImageJ ij = IJ.getInstance();
		// NB: no owner, so the window manager stacks it above every window, not
		// just above ImageJ's main window (charts would hide it)
		window = new Dialog((Frame) null, windowTitle(title), false);
		window.setLayout(new BorderLayout(8, 8));
		line = new Label(title + " is running", Label.LEFT);
		window.add(line, BorderLayout.CENTER);
		window.add(new Label("Cancel (or Esc) stops it; results so far are " +
			"dropped.", Label.LEFT), BorderLayout.NORTH);
		final Panel buttons = new Panel(new FlowLayout(FlowLayout.RIGHT));
		final Button cancel = new Button("Cancel");
		cancel.addActionListener(e -> cancel());
		buttons.add(cancel);
		window.add(buttons, BorderLayout.SOUTH);
		// NB: Esc where the focus is (the button, usually) cancels as Cancel does
		final java.awt.event.KeyListener esc = new java.awt.event.KeyAdapter() {

			@Override
			public void keyPressed(final java.awt.event.KeyEvent e) {
				if (e.getKeyCode() == java.awt.event.KeyEvent.VK_ESCAPE) cancel();
			}
		};
		window.addKeyListener(esc);
		cancel.addKeyListener(esc);
		for (final java.awt.Component c : window.getComponents())
			c.addKeyListener(esc);
		window.addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosing(final WindowEvent e) {
				cancel();
			}
		});
		window.pack();
		window.setSize(Math.max(window.getWidth(), 520), window.getHeight());
		if (ij != null && ij.isShowing()) window.setLocation(ij.getX(), ij.getY() +
			ij.getHeight() + 4);
		WindowPlacer.keepInside(window);
		window.setVisible(true);
		window.toFront();
	}

	private void cancel() {
		canceled = true;
		IJ.showStatus(title + ": canceling...");
		close();
	}

	/** Closes the window, if open; unsubscribes. */
	void close() {
		java.awt.EventQueue.invokeLater(() -> {
			if (window != null) window.dispose();
		});
		if (events != null) events.unsubscribe(subscribers);
	}
}
