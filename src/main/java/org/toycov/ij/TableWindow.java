package org.toycov.ij;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;

import ij.WindowManager;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.text.TextWindow;

import org.toycov.outputs.Table;
import org.toycov.outputs.Tables;

/**
 * A ToyCov table in an ImageJ table window titled with its name, which
 * {@code Table.get}, {@code Table.getString} and {@code Table.size} read:
 * reused when a command shows a table of that name again, opened inside the
 * screen, scrolled to its first row, and wide enough for every cell
 * ({@link TableFormat}). Inside a
 * macro's {@code setBatchMode(true)} the window is made but never shown, so
 * the macro still reads every value while nothing opens on screen.
 */
final class TableWindow extends TextWindow {

	/** Extra width for the window's borders and vertical scroll bar. */
	private static final int FRAME = 40;

	/** NB: set from the super constructor's show(); no initializer. */
	private boolean placed;

	private TableWindow(final String title, final int width, final int height) {
		super(title, "", "", width, height);
	}

	/** Shows ToyCov's tables in these windows from now on. */
	static void install() {
		Tables.setShower(TableWindow::show);
	}

	@Override
	@SuppressWarnings("deprecation")
	public void show() {
		if (Interpreter.isBatchMode()) return;
		if (!placed) {
			placed = true;
			WindowPlacer.place(this, false);
		}
		super.show();
	}

	/**
	 * Brings the window to the front, showing it first if a batch-mode macro
	 * made it hidden (the Window menu lists it, and picking it shows it).
	 */
	@Override
	public void toFront() {
		if (!isShowing() && !Interpreter.isBatchMode()) setVisible(true);
		super.toFront();
	}

	/** Shows {@code t} in its window, a new one or the one of that name. */
	static void show(final Table t) {
		if (GraphicsEnvironment.isHeadless()) return;
		final ResultsTable rt = TableFormat.resultsTable(t);
		final int width = TableFormat.columnsWidth(rt) + FRAME;
		final Frame old = WindowManager.getFrame(t.name());
		if (old instanceof TextWindow) {
			rt.show(t.name());
			if (!old.isShowing() && !Interpreter.isBatchMode()) old.setVisible(true);
			// NB: a user who widened the window keeps it; a narrow one grows
			final Insets in = old.getInsets();
			if (old.getWidth() < width + in.left + in.right) old.setSize(Math.min(
				width + in.left + in.right, old.getGraphicsConfiguration().getBounds()
					.width), old.getHeight());
			((TextWindow) old).getTextPanel().scrollToTop();
			return;
		}
		final int height = Math.min(500, 120 + 22 * rt.size());
		final TableWindow w = new TableWindow(t.name(), width, height);
		rt.show(t.name());
		// NB: ImageJ scrolls to the top only a window that had no rows yet
		w.getTextPanel().scrollToTop();
	}
}
