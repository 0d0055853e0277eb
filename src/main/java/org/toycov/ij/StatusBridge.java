package org.toycov.ij;

import ij.IJ;

import org.scijava.Context;
import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;

/**
 * Shows SciJava status events (the toys' progress) in ImageJ 1's status and
 * progress bars, once per context ToyCov created, except SciJava's generic
 * end-of-run lines (ToyCov writes its own). In Fiji, imagej-legacy
 * already does this, so nothing is subscribed there.
 */
final class StatusBridge {

	private static Context subscribed;
	/** NB: the EventService holds its subscribers weakly. */
	private static StatusBridge instance;

	/**
	 * SciJava's own end-of-run lines (ModuleRunner's), delivered later than
	 * and so overwriting ToyCov's own ("<title>: done", ": canceled", ": failed").
	 */
	private static final String[] RUNNER_LINES = { "Command finished: ",
		"Command canceled: ", "Command errored: " };

	private StatusBridge() {}

	static synchronized void subscribe(final Context context) {
		if (subscribed == context || ToyCovContext.isFiji()) return;
		final EventService events = context.getService(EventService.class);
		if (events == null) return;
		instance = new StatusBridge();
		events.subscribe(instance);
		subscribed = context;
	}

	@EventHandler
	private void onEvent(final StatusEvent e) {
		if (e.getProgressMaximum() > 0) IJ.showProgress(e.getProgressValue(), e
			.getProgressMaximum());
		final String m = e.getStatusMessage();
		if (m == null) return;
		for (final String runner : RUNNER_LINES)
			if (m.startsWith(runner)) return;
		IJ.showStatus(m);
	}
}
