package org.toycov.ij;

import java.awt.GraphicsEnvironment;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import ij.IJ;

import org.scijava.Cancelable;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.toycov.frontend.CommandRunner;

/**
 * Runs a command so that ImageJ's usual gesture, pressing Esc, cancels it
 * (a long toy run stops within a block and reports "... canceled").
 */
final class EscapeWatch {

	private EscapeWatch() {}

	static Module run(final CommandRunner runner, final CommandInfo info,
		final Map<String, String> args)
	{
		if (GraphicsEnvironment.isHeadless()) return runner.run(info, args);
		IJ.resetEscape();
		final AtomicReference<Module> running = new AtomicReference<>();
		final Thread watch = new Thread(() -> {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					final Module m = running.get();
					if (IJ.escapePressed() && m instanceof Cancelable) {
						((Cancelable) m).cancel("canceled (Esc)");
						return;
					}
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
		finally {
			watch.interrupt();
			IJ.resetEscape();
		}
	}
}
