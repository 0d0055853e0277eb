package org.toycov.ij;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

import ij.IJ;
import ij.ImageJ;
import ij.WindowManager;
import ij.gui.MessageDialog;
import ij.macro.Interpreter;
import ij.text.TextWindow;

/**
 * Tells an ImageJ user that a command failed, in one line, and stops a
 * running macro at the line that called it.
 */
final class Report {

	private Report() {}

	/**
	 * Shows {@code "<title>: failed"} in the status bar and
	 * {@code "<title>: <message>"}: in the Log (headless, or a macro in
	 * batch mode, where nobody could close a dialog) or in a message dialog;
	 * then aborts the running macro, if any. NB: {@code Macro.abort()} and
	 * {@code IJ.error} only flag the abort, and the macro goes on with its next
	 * line; {@code Interpreter.abort()} really stops it.
	 */
	static void failure(final String title, final String message) {
		final String line = title + ": " + message;
		final boolean macro = Interpreter.getInstance() != null;
		// NB: replaces the last run's "done" while the box waits for its OK
		IJ.showStatus(failed(title));
		if (GraphicsEnvironment.isHeadless() || Interpreter.isBatchMode() ||
			IJ.getInstance() == null) IJ.log(line);
		else message("ToyCov", line);
		if (macro) abortMacro();
	}

	/** Characters per line of a message box: about 540 pixels, inside any screen. */
	static final int LINE = 80;

	/**
	 * Writes {@code "<title>: warning: <warning>"} to the Log and widens the
	 * Log window (up to the screen's width) so that the line shows whole.
	 */
	static void warning(final String title, final String warning) {
		final String line = title + ": warning: " + warning;
		IJ.log(line);
		final Frame log = WindowManager.getFrame("Log");
		if (!(log instanceof TextWindow)) return;
		final Insets in = log.getInsets();
		// NB: the text's left margin and the vertical scroll bar
		final int need = TableFormat.lineWidth(line) + in.left + in.right + 40;
		if (log.getWidth() >= need) return;
		log.setSize(need, log.getHeight());
		WindowPlacer.keepInside(log);
	}

	/** The status line of a failed command. */
	static String failed(final String title) {
		return title + ": failed";
	}

	/**
	 * A message box of {@code text}, wrapped ({@link #wrap}) to fit the
	 * screen, on top of every window and focused (ImageJ's own box belongs to
	 * the ImageJ window and may open below the windows earlier runs raised).
	 */
	static void message(final String title, final String text) {
		final ImageJ ij = IJ.getInstance();
		if (ij == null || GraphicsEnvironment.isHeadless()) IJ.showMessage(title,
			wrap(text, LINE));
		else new OnTop(ij, title, wrap(text, LINE));
	}

	/** ImageJ's message box (modal, shown by its constructor), raised once open. */
	private static final class OnTop extends MessageDialog {

		private OnTop(final Frame parent, final String title, final String text) {
			super(parent, title, text);
		}

		@Override
		@SuppressWarnings("deprecation")
		public void show() {
			addWindowListener(new WindowAdapter() {

				@Override
				public void windowOpened(final WindowEvent e) {
					toFront();
					requestFocus();
				}
			});
			super.show();
		}
	}

	/**
	 * {@code text} with its lines broken at spaces to at most {@code width}
	 * characters (a longer word stays whole): ImageJ's message box is as wide
	 * as its longest line.
	 */
	static String wrap(final String text, final int width) {
		final StringBuilder out = new StringBuilder();
		for (final String para : text.split("\n", -1)) {
			if (out.length() > 0) out.append('\n');
			int col = 0;
			for (final String word : para.split(" ")) {
				if (col > 0 && col + 1 + word.length() > width) {
					out.append('\n');
					col = 0;
				}
				else if (col > 0) {
					out.append(' ');
					col++;
				}
				out.append(word);
				col += word.length();
			}
		}
		return out.toString();
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
