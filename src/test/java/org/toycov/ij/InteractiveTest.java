package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.InteractiveCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunException;

/** Any InteractiveCommand, as the ImageJ 1 bridge drives it. */
class InteractiveTest {

	/** A test-only interactive command: counts runs and callbacks. */
	@Plugin(type = InteractiveCommand.class, label = "ToyCov Interactive Test")
	public static class Probe extends InteractiveCommand {

		@Parameter
		private LogService log;

		@Parameter(label = "x", min = "0", max = "10", style = "slider",
			callback = "xChanged")
		private double x = 2;

		@Parameter(label = "mode", choices = { "a", "b" }, callback = "modeChanged")
		private String mode = "a";

		int runs, xCallbacks, modeCallbacks;
		double seenX;

		@Override
		public void run() {
			runs++;
		}

		private void xChanged() {
			xCallbacks++;
			seenX = x;
		}

		private void modeChanged() {
			modeCallbacks++;
		}
	}

	@Test
	void aChangeSetsTheInputAndCallsItsCallback() {
		// NB: an InteractiveCommand needs the display and UI services
		try (Context context = new Context()) {
			final CommandBridge bridge = new CommandBridge(context);
			assertTrue(CommandBridge.isInteractive(new CommandRunner(context).find(
				"ToyCov Interactive Test")));
			final InteractiveSession s = new InteractiveSession(context,
				new CommandRunner(context).find("ToyCov Interactive Test"));
			final Probe p = (Probe) s.module().getDelegateObject();
			assertTrue(p.log != null, "services are injected");
			s.start();
			assertEquals(1, p.runs);
			s.change("x", "7.5");
			assertEquals(1, p.xCallbacks);
			assertEquals(7.5, p.seenX, 0);
			assertEquals(7.5, s.module().getInput("x"));
			s.change("mode", "b");
			assertEquals(1, p.modeCallbacks);
			assertEquals(1, p.xCallbacks);
			final RunException e = assertThrows(RunException.class, () -> s.change(
				"x", "11"));
			assertEquals("x must be within [0, 10], got 11", e.getMessage());
			assertEquals(7.5, p.seenX, 0);
			assertEquals(1, p.xCallbacks);
			// NB: headless, the bridge runs it once and opens no dialog
			assertEquals(1, ((Probe) bridge.run("ToyCov Interactive Test", null)
				.getDelegateObject()).runs);
			// a macro's options set the inputs through their callbacks
			final Probe q = (Probe) bridge.run("ToyCov Interactive Test",
				"x=4 mode=b").getDelegateObject();
			assertEquals(4, q.seenX, 0);
			assertEquals(1, q.modeCallbacks);
			assertEquals(1, q.runs);
		}
	}
}
