package org.toycov.outputs.charts;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;

/**
 * A tiny TeX-like markup for physics labels: {@code n_{e,obs}} (subscript),
 * {@code x^{2}} (superscript), single characters without braces
 * ({@code x_1}). Greek letters are written as Unicode ({@code χ², μ, σ}).
 * <p>
 * Axis labels are drawn from {@link #attributed(String, Font)} (a real
 * subscript in PNG and SVG alike); legends and other plain-text places use
 * {@link #plain(String)}, which writes {@code n_{e,obs}} as
 * {@code n(e,obs)}.
 * </p>
 */
public final class Notation {

	/** The electron count axis of the seed: n with subscript e,obs. */
	public static final String N_E_OBS = "n_{e,obs}";
	/** The muon count axis of the seed: n with subscript μ,obs. */
	public static final String N_MU_OBS = "n_{μ,obs}";
	/** The chi-square axis. */
	public static final String CHI2 = "χ²";

	private Notation() {}

	/**
	 * The markup as an {@link AttributedString} in the given font, sub- and
	 * superscripts as text attributes.
	 */
	public static AttributedString attributed(final String markup,
		final Font font)
	{
		final StringBuilder text = new StringBuilder();
		final java.util.List<int[]> runs = new java.util.ArrayList<>();
		parse(markup == null ? "" : markup, text, runs);
		final AttributedString as = new AttributedString(text.toString());
		if (text.length() == 0) return as;
		// NB: TextAttribute.FONT would override SUPERSCRIPT; so set the
		// family, size and weight one by one.
		as.addAttribute(TextAttribute.FAMILY, font.getFamily());
		as.addAttribute(TextAttribute.SIZE, (float) font.getSize2D());
		if (font.isBold()) as.addAttribute(TextAttribute.WEIGHT,
			TextAttribute.WEIGHT_BOLD);
		if (font.isItalic()) as.addAttribute(TextAttribute.POSTURE,
			TextAttribute.POSTURE_OBLIQUE);
		for (final int[] r : runs) {
			if (r[0] == r[1]) continue;
			as.addAttribute(TextAttribute.SUPERSCRIPT, r[2] < 0
				? TextAttribute.SUPERSCRIPT_SUB : TextAttribute.SUPERSCRIPT_SUPER,
				r[0], r[1]);
		}
		return as;
	}

	/** The markup as plain text: {@code n_{e,obs}} becomes {@code n(e,obs)}. */
	public static String plain(final String markup) {
		if (markup == null) return "";
		final StringBuilder sb = new StringBuilder();
		int i = 0;
		while (i < markup.length()) {
			final char c = markup.charAt(i);
			if ((c == '_' || c == '^') && i + 1 < markup.length()) {
				final int[] end = new int[1];
				final String inner = group(markup, i + 1, end);
				if (c == '^' && "2".equals(inner)) sb.append('²');
				else if (c == '^') sb.append('^').append(inner);
				else sb.append('(').append(inner).append(')');
				i = end[0];
			}
			else {
				sb.append(c);
				i++;
			}
		}
		return sb.toString();
	}

	/** Splits the markup into text and (start, end, -1 sub | +1 super) runs. */
	private static void parse(final String markup, final StringBuilder text,
		final java.util.List<int[]> runs)
	{
		int i = 0;
		while (i < markup.length()) {
			final char c = markup.charAt(i);
			if ((c == '_' || c == '^') && i + 1 < markup.length()) {
				final int[] end = new int[1];
				final String inner = group(markup, i + 1, end);
				final int start = text.length();
				text.append(inner);
				runs.add(new int[] { start, text.length(), c == '_' ? -1 : 1 });
				i = end[0];
			}
			else {
				text.append(c);
				i++;
			}
		}
	}

	/** The group starting at {@code from}: {@code {...}} or one character. */
	private static String group(final String s, final int from, final int[] end) {
		if (s.charAt(from) != '{') {
			end[0] = from + 1;
			return s.substring(from, from + 1);
		}
		final int close = s.indexOf('}', from);
		if (close < 0) {
			end[0] = s.length();
			return s.substring(from + 1);
		}
		end[0] = close + 1;
		return s.substring(from + 1, close);
	}
}
