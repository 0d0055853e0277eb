package org.toycov.ij;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;

import ij.IJ;
import ij.ImageJ;

/**
 * Places ToyCov's new windows inside the screen, below ImageJ's main window:
 * tables from the left edge, charts from the right edge, so the two kinds
 * overlap little; each new window of a kind a little lower and further in
 * than the last ({@link #bounds}), never crossing the screen's edge, and never
 * exactly over an earlier one: a window as wide as the screen still steps
 * down, and a cascade that reaches the bottom starts again at the top one
 * step further in; a window larger than the space left is shrunk to fit.
 */
final class WindowPlacer {

	/** The cascade step, in pixels. */
	static final int STEP = 30;

	private static final int[] NEXT = new int[2];

	private WindowPlacer() {}

	/**
	 * Sets the bounds of {@code w} (at its current size) before it is shown:
	 * from the right edge if {@code right}, else from the left.
	 */
	static synchronized void place(final Window w, final boolean right) {
		final Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
			.getMaximumWindowBounds();
		int top = screen.y;
		final ImageJ ij = IJ.getInstance();
		if (ij != null && ij.isShowing()) {
			final int below = ij.getY() + ij.getHeight() + 4;
			// NB: a main window low on a small screen would leave no room
			if (screen.y + screen.height - below >= 300) top = below;
		}
		w.setBounds(bounds(screen, top, w.getSize(), right, NEXT[right ? 1
			: 0]++));
	}

	/**
	 * The bounds of the {@code n}-th window (from 0) of a kind, of
	 * {@code size}, in the part of {@code screen} from {@code top} down: shrunk
	 * to fit that part; the {@code k}-th step of a cascade {@code k} steps
	 * lower and further in (from the right edge if {@code right}) while the
	 * window stays inside; each new cascade one step further in than the last,
	 * wrapping at the far edge.
	 */
	static Rectangle bounds(final Rectangle screen, final int top,
		final Dimension size, final boolean right, final int n)
	{
		final int bottom = screen.y + screen.height;
		final int width = Math.min(size.width, screen.width);
		final int height = Math.min(size.height, bottom - top);
		final int rows = (bottom - top - height) / STEP + 1;
		final int columns = (screen.width - width) / STEP + 1;
		final int row = n % rows;
		final int column = (row + n / rows) % columns;
		final int x = right ? screen.x + screen.width - width - STEP * column
			: screen.x + STEP * column;
		return new Rectangle(x, top + STEP * row, width, height);
	}

	/** Moves {@code w} (and shrinks it if need be) so that it lies inside the screen. */
	static void keepInside(final Window w) {
		final Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
			.getMaximumWindowBounds();
		final Rectangle b = w.getBounds();
		b.width = Math.min(b.width, screen.width);
		b.height = Math.min(b.height, screen.height);
		b.x = Math.max(screen.x, Math.min(b.x, screen.x + screen.width - b.width));
		b.y = Math.max(screen.y, Math.min(b.y, screen.y + screen.height - b.height));
		w.setBounds(b);
	}
}
