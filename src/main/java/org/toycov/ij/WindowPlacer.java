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
 * than the last, starting again at the top when the next would cross the
 * screen's edge; a window larger than the space left is shrunk to fit.
 */
final class WindowPlacer {

	/** The cascade step, in pixels. */
	private static final int STEP = 30;

	private static final int[] NEXT = new int[2];

	private WindowPlacer() {}

	/**
	 * Sets the bounds of {@code w} (at its current size) before it is shown:
	 * from the right edge if {@code right}, else from the left.
	 */
	static synchronized void place(final Window w, final boolean right) {
		final Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment()
			.getMaximumWindowBounds();
		int top = screen.y, left = screen.x;
		final ImageJ ij = IJ.getInstance();
		if (ij != null && ij.isShowing()) {
			final int below = ij.getY() + ij.getHeight() + 4;
			// NB: a main window low on a small screen would leave no room
			if (screen.y + screen.height - below >= 300) top = below;
		}
		final Dimension size = w.getSize();
		final int width = Math.min(size.width, screen.x + screen.width - left);
		final int height = Math.min(size.height, screen.y + screen.height - top);
		final int lane = right ? 1 : 0;
		int k = NEXT[lane]++;
		if (STEP * k + width > screen.width || top + STEP * k + height > screen.y +
			screen.height)
		{
			k = 0;
			NEXT[lane] = 1;
		}
		final int x = right ? screen.x + screen.width - width - STEP * k : left +
			STEP * k;
		w.setBounds(x, top + STEP * k, width, height);
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
