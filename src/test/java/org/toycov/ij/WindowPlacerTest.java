package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Where new windows open (headless: the arithmetic only), on the review's
 * screens: 1366x768 and 1024x768, below an ImageJ main window that ends at
 * y = 97 (top = 101, as measured under Xvfb with openbox).
 */
class WindowPlacerTest {

	private static final int TOP = 101;

	/** A chart window as ChartWindow packs it (720x540 plus its frame). */
	private static final Dimension CHART = new Dimension(730, 570);

	@Test
	void chartsCascadeInsideTheScreenAndNeverCoverEachOther() {
		for (final Rectangle screen : screens()) {
			final Set<String> corners = new HashSet<>();
			for (int n = 0; n < 12; n++) {
				final Rectangle b = WindowPlacer.bounds(screen, TOP, CHART, true, n);
				assertTrue(screen.contains(b), n + ": " + b + " inside " + screen);
				assertTrue(b.y >= TOP, n + ": below ImageJ: " + b);
				assertTrue(corners.add(b.x + "," + b.y), n +
					": not exactly over an earlier window: " + b);
			}
		}
		// 1366x768: 768 - 101 - 570 = 97 px to step down: rows at 101, 131, 161,
		// 191 (bottom 761, the review's third chart ended at 776), then the
		// next cascade one step in from the right edge (1366 - 730 - 30 = 606)
		final Rectangle wide = new Rectangle(0, 0, 1366, 768);
		assertEquals(new Rectangle(636, 101, 730, 570), WindowPlacer.bounds(wide,
			TOP, CHART, true, 0));
		assertEquals(new Rectangle(546, 191, 730, 570), WindowPlacer.bounds(wide,
			TOP, CHART, true, 3));
		assertEquals(new Rectangle(606, 101, 730, 570), WindowPlacer.bounds(wide,
			TOP, CHART, true, 4));
	}

	/**
	 * The review's constrained_covariance and constrained_covariance_sys: as
	 * wide as the screen, both opened at (2, 141), one hiding the other.
	 */
	@Test
	void fullWidthTablesStillStepDown() {
		for (final Rectangle screen : screens()) {
			final Dimension table = new Dimension(screen.width + 200, 142);
			final Rectangle a = WindowPlacer.bounds(screen, TOP, table, false, 0);
			final Rectangle b = WindowPlacer.bounds(screen, TOP, table, false, 1);
			assertEquals(new Rectangle(0, TOP, screen.width, 142), a);
			assertEquals(new Rectangle(0, TOP + WindowPlacer.STEP, screen.width,
				142), b);
			for (int n = 0; n < 40; n++)
				assertTrue(screen.contains(WindowPlacer.bounds(screen, TOP, table,
					false, n)), "table " + n + " inside " + screen);
		}
	}

	@Test
	void aWindowTallerThanTheSpaceShrinksAndStaysPut() {
		for (final Rectangle screen : screens()) {
			final Dimension tall = new Dimension(500, 2000);
			for (int n = 0; n < 5; n++) {
				final Rectangle b = WindowPlacer.bounds(screen, TOP, tall, false, n);
				assertEquals(768 - TOP, b.height);
				assertTrue(screen.contains(b), b + " inside " + screen);
				if (n > 0) assertNotEquals(WindowPlacer.bounds(screen, TOP, tall,
					false, n - 1), b, "moved one step in");
			}
		}
	}

	private static Rectangle[] screens() {
		return new Rectangle[] { new Rectangle(0, 0, 1366, 768), new Rectangle(0,
			0, 1024, 768) };
	}
}
