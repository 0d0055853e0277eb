package org.toycov.ij;

import ij.IJ;

import org.scijava.Context;
import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;

/**
 * Shows SciJava status events (the toys' progress) in ImageJ 1's status and
 * progress bars, once per context ToyCov created. In Fiji, imagej-legacy
 * already does this, so nothing is subscribed there.
 */
final class StatusBridge {

	private static Context subscribed;
	/** NB: the EventService holds its subscribers weakly. */
	private static StatusBridge instance;

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
		if (m != null) IJ.showStatus(m);
	}
}
