package org.toycov.outputs.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

import org.jfree.chart.renderer.PaintScale;

/**
 * A continuous colour map over [lower, upper], linearly interpolated between
 * evenly spaced anchor colours; values outside are clamped, NaN is light
 * grey. {@link #viridis} for densities (sequential, readable when printed in
 * grey), {@link #diverging} for correlations (blue, white at the centre, red).
 */
public final class ColourScale implements PaintScale, Serializable {

	private static final long serialVersionUID = 1L;

	/** matplotlib's viridis, sampled at nine points. */
	private static final Color[] VIRIDIS = rgb(0x440154, 0x472c7a, 0x3b518b,
		0x2c718e, 0x21908d, 0x27ad81, 0x5cc863, 0xaadc32, 0xfde725);
	/** ColorBrewer RdBu, reversed: negative blue, zero white, positive red. */
	private static final Color[] DIVERGING = rgb(0x2166ac, 0x4393c3, 0x92c5de,
		0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b);

	static final Color NAN_COLOUR = new Color(0xcccccc);

	private final double lower, upper;
	private final Color[] anchors;

	private ColourScale(final double lower, final double upper,
		final Color[] anchors)
	{
		if (!(lower < upper)) throw new IllegalArgumentException(
			"colour scale needs lower < upper, not " + lower + ", " + upper);
		this.lower = lower;
		this.upper = upper;
		this.anchors = anchors;
	}

	/** Sequential viridis map over [lower, upper]. */
	public static ColourScale viridis(final double lower, final double upper) {
		return new ColourScale(lower, upper, VIRIDIS);
	}

	/** Diverging blue-white-red map over [lower, upper], white at the middle. */
	public static ColourScale diverging(final double lower, final double upper) {
		return new ColourScale(lower, upper, DIVERGING);
	}

	@Override
	public double getLowerBound() {
		return lower;
	}

	@Override
	public double getUpperBound() {
		return upper;
	}

	@Override
	public Paint getPaint(final double value) {
		return colour(value);
	}

	/** The colour of a value. */
	public Color colour(final double value) {
		if (Double.isNaN(value)) return NAN_COLOUR;
		final double t = Math.max(0, Math.min(1, (value - lower) / (upper -
			lower))) * (anchors.length - 1);
		final int i = Math.min((int) Math.floor(t), anchors.length - 2);
		final double f = t - i;
		final Color a = anchors[i], b = anchors[i + 1];
		return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b
			.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
	}

	/** Black or white, whichever reads better on the colour of this value. */
	public Color textColour(final double value) {
		final Color c = colour(value);
		// NB: relative luminance (ITU-R BT.709) of the cell's colour.
		final double y = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c
			.getBlue();
		return y < 128 ? Color.WHITE : Color.BLACK;
	}

	private static int mix(final int a, final int b, final double f) {
		return (int) Math.round(a + (b - a) * f);
	}

	private static Color[] rgb(final int... hex) {
		final Color[] c = new Color[hex.length];
		for (int i = 0; i < hex.length; i++)
			c[i] = new Color(hex[i]);
		return c;
	}
}
