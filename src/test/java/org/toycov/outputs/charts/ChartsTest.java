package org.toycov.outputs.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Tests {@link Palette}, {@link Notation} and {@link ColourScale}; shared helpers. */
public class ChartsTest {

	/** Draws the chart off screen: must not throw, must not be blank. */
	static BufferedImage render(final JFreeChart chart) {
		final BufferedImage img = chart.createBufferedImage(400, 300);
		final int first = img.getRGB(0, 0);
		boolean varied = false;
		for (int y = 0; y < img.getHeight() && !varied; y += 3)
			for (int x = 0; x < img.getWidth() && !varied; x += 3)
				varied = img.getRGB(x, y) != first;
		assertTrue(varied, "blank chart");
		return img;
	}

	@Test
	public void testPaletteIsStableAndNormalizesKeys() {
		assertEquals(Palette.RED, Palette.colour("original"));
		assertEquals(Palette.RED, Palette.colour("'Original'"));
		assertEquals(Palette.BLUE, Palette.colour("TUNED"));
		assertEquals(Palette.GREEN, Palette.colour("no_reco"));
		assertEquals(Palette.colour("some scenario"), Palette.colour(
			"Some Scenario"));
		for (final String k : new String[] { "a", "b", "xyz", "mu_obs=9000" }) {
			assertNotEquals(Palette.RED, Palette.colour(k));
			assertNotEquals(Palette.BLUE, Palette.colour(k));
			assertNotEquals(Palette.GREEN, Palette.colour(k));
		}
	}

	@Test
	public void testNotation() {
		assertEquals("n(e,obs)", Notation.plain("n_{e,obs}"));
		assertEquals("χ²", Notation.plain("χ^{2}"));
		assertEquals("x(1)", Notation.plain("x_1"));
		final java.text.AttributedCharacterIterator it = Notation.attributed(
			"n_{e,obs}", ChartStyle.AXIS_LABEL_FONT).getIterator();
		final StringBuilder sb = new StringBuilder();
		for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it
			.next())
			sb.append(c);
		assertEquals("ne,obs", sb.toString());
		it.setIndex(1);
		assertEquals(java.awt.font.TextAttribute.SUPERSCRIPT_SUB, it.getAttribute(
			java.awt.font.TextAttribute.SUPERSCRIPT));
		it.setIndex(0);
		assertEquals(null, it.getAttribute(
			java.awt.font.TextAttribute.SUPERSCRIPT));
	}

	@Test
	public void testColourScale() {
		final ColourScale d = ColourScale.diverging(-1, 1);
		final java.awt.Color mid = d.colour(0);
		assertTrue(mid.getRed() > 240 && mid.getGreen() > 240 && mid
			.getBlue() > 240, "white at 0");
		assertTrue(d.colour(1).getRed() > d.colour(1).getBlue(), "red at +1");
		assertTrue(d.colour(-1).getBlue() > d.colour(-1).getRed(), "blue at -1");
		assertEquals(d.colour(1), d.colour(5), "clamped");
		assertEquals(ColourScale.NAN_COLOUR, d.colour(Double.NaN));
	}
}
