package org.toycov.ij;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.macro.Interpreter;

/**
 * Tells an ImageJ user that a command failed, in one line, and stops a
 * running macro at the line that called it.
 */
final class Report {

	private Report() {}

	/**
	 * Shows {@code "<title>: <message>"}: in the Log (headless, or a macro in
	 * batch mode, where nobody could close a dialog) or in a message dialog;
	 * then aborts the running macro, if any. NB: {@code Macro.abort()} and
	 * {@code IJ.error} only flag the abort, and the macro goes on with its next
	 * line; {@code Interpreter.abort()} really stops it.
	 */
	static void failure(final String title, final String message) {
		final String line = title + ": " + message;
		final boolean macro = Interpreter.getInstance() != null;
		if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode() ||
			IJ.getInstance() == null) IJ.log(line);
		else IJ.showMessage("ToyCov", line);
		if (macro) abortMacro();
	}

	/**
	 * A run the user canceled: one status line (and the Log in batch mode), no
	 * message box; a running macro stops there, as it does after Esc.
	 */
	static void canceled(final String title) {
		IJ.showProgress(1.0); // NB: a full bar is a hidden bar
		IJ.showStatus(title + ": canceled");
		if (Interpreter.isBatchMode()) IJ.log(title + ": canceled");
		abortMacro();
	}

	/**
	 * Stops the running macro at the line that called ToyCov. NB:
	 * {@code Interpreter.abort()} then waits up to 2 s for the macro's thread to
	 * end, which it cannot while it is in here: abort from beside it, and wait
	 * only until the macro is flagged done.
	 */
	private static void abortMacro() {
		final Interpreter macro = Interpreter.getInstance();
		if (macro == null) return;
		final Thread t = new Thread(() -> Interpreter.abort(macro),
			"ToyCov macro abort");
		t.setDaemon(true);
		t.start();
		for (int i = 0; i < 200 && !macro.done(); i++)
			IJ.wait(5);
	}
}
