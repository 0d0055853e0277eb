package org.toycov.launch;

import java.io.PrintStream;

import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;

/**
 * Prints the progress commands report through the {@code StatusService} as
 * lines on stderr, at most one a second, so a batch log shows long work moving.
 */
public final class ProgressPrinter {

	private final PrintStream err;
	private long last;
	private String lastText = "";

	public ProgressPrinter(final PrintStream err) {
		this.err = err;
	}

	@EventHandler
	public void onEvent(final StatusEvent e) {
		final int max = e.getProgressMaximum();
		final String msg = e.getStatusMessage();
		if (max <= 0 || msg == null || msg.isEmpty()) return;
		final long now = System.nanoTime();
		final int percent = (int) (100L * e.getProgressValue() / max);
		final String text = "toycov: " + msg + " (" + percent + "%)";
		if (now - last < 1_000_000_000L && percent < 100) return;
		if (text.equals(lastText)) return;
		last = now;
		lastText = text;
		err.println(text);
	}
}
