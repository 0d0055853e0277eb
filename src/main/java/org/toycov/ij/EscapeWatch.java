package org.toycov.ij;

import java.awt.GraphicsEnvironment;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import ij.IJ;
import ij.macro.Interpreter;

import org.scijava.Cancelable;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunException;

/**
 * Runs a command so that ImageJ's usual gesture, pressing Esc, or the
 * Cancel button of the {@link CancelControl} that opens after half a second
 * (not in batch mode) cancels it: a long toy run stops within a block and
 * the run ends with {@link UserCanceled}.
 */
final class EscapeWatch {

	private EscapeWatch() {}

	static Module run(final CommandRunner runner, final CommandInfo info,
		final Map<String, String> args)
	{
		if (GraphicsEnvironment.isHeadless()) return runner.run(info, args);
		IJ.resetEscape();
		final AtomicReference<Module> running = new AtomicReference<>();
		final CancelControl control = Interpreter.isBatchMode() ? null
			: new CancelControl(info.getTitle(), ToyCovContext.get());
		final AtomicBoolean stopped = new AtomicBoolean();
		final Thread watch = new Thread(() -> {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					final Module m = running.get();
					if ((IJ.escapePressed() || control != null && control
						.canceled()) && m instanceof Cancelable)
					{
						stopped.set(true);
						// NB: SciJava shows the reason in the status bar (StatusService.warn,
						// delivered later): the same line as Report.canceled, whichever is last
						((Cancelable) m).cancel(new UserCanceled(info.getTitle())
							.getMessage());
						if (control != null) control.close();
						return;
					}
					if (control != null) control.tick();
					Thread.sleep(100);
				}
			}
			catch (final InterruptedException exc) {
				// NB: the run ended
			}
		}, "ToyCov Esc watch");
		watch.setDaemon(true);
		watch.start();
		try {
			return runner.run(info, args, running::set);
		}
		catch (final RunException exc) {
			if (stopped.get()) throw new UserCanceled(info.getTitle());
			throw exc;
		}
		finally {
			watch.interrupt();
			if (control != null) control.close();
			IJ.resetEscape();
		}
	}
}
