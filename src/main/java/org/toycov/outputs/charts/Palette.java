package org.toycov.outputs.charts;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that says which colour a scenario gets, so that "original" is
 * the same red in a chi-square curve, a density map title and a histogram.
 * <p>
 * Keys are compared case-insensitively, ignoring quotes, punctuation and
 * spaces ({@code "'Original'"}, {@code "original"} and {@code "ORIGINAL"} are
 * one key). Unknown keys get a stable colour from a fallback list, chosen by
 * the key's hash, so they too keep their colour from chart to chart.
 * </p>
 */
public final class Palette {

	/** The model as configured (the seed's "Original"): red. */
	public static final String ORIGINAL = "original";
	/** The naively tuned model (the seed's "Tuned"): blue. */
	public static final String TUNED = "tuned";
	/** The model without the muon reconstruction error: green. */
	public static final String NO_RECO = "no reco";
	/** The reference observation n_mu,obs = n_mu,exp: black. */
	public static final String NOMINAL = "nominal";
	/** Statistical errors only (the seed's first curve): orange. */
	public static final String STAT_ONLY = "stat only";
	/** Histograms of pseudo-experiments: steel grey-blue. */
	public static final String TOYS = "toys";
	/** An observed value marked on a distribution: purple. */
	public static final String OBSERVED = "observed";
	/** An analytic density drawn over toys: near black. */
	public static final String PDF = "pdf";

	// NB: the tab10 colours of matplotlib, so the charts look familiar to
	// readers of the seed notebook, and stay distinct for colour-blind readers
	// better than pure RGB primaries.
	public static final Color RED = new Color(0xd62728);
	public static final Color BLUE = new Color(0x1f77b4);
	public static final Color GREEN = new Color(0x2ca02c);
	public static final Color ORANGE = new Color(0xff7f0e);
	public static final Color BLACK = new Color(0x202020);
	public static final Color STEEL = new Color(0x4c6a88);
	public static final Color PURPLE = new Color(0x9467bd);

	private static final Map<String, Color> NAMED = new LinkedHashMap<>();
	static {
		NAMED.put(norm(ORIGINAL), RED);
		NAMED.put(norm(TUNED), BLUE);
		NAMED.put(norm(NO_RECO), GREEN);
		NAMED.put(norm(NOMINAL), BLACK);
		NAMED.put(norm(STAT_ONLY), ORANGE);
		NAMED.put(norm(TOYS), STEEL);
		NAMED.put(norm(PDF), BLACK);
		NAMED.put(norm(OBSERVED), PURPLE);
	}

	/** Colours for keys not named above: brown, pink, olive, cyan, grey. */
	private static final Color[] FALLBACK = { new Color(0x8c564b), new Color(0xe377c2), new Color(0xbcbd22),
		new Color(0x17becf), new Color(0x7f7f7f) };

	private Palette() {}

	/** The colour of a scenario key; never null (a null key is grey). */
	public static Color colour(final String key) {
		if (key == null) return FALLBACK[FALLBACK.length - 1];
		final String k = norm(key);
		final Color named = NAMED.get(k);
		if (named != null) return named;
		return FALLBACK[Math.floorMod(k.hashCode(), FALLBACK.length)];
	}

	/** Whether the key is one of the named scenarios of this class. */
	public static boolean isNamed(final String key) {
		return key != null && NAMED.containsKey(norm(key));
	}

	private static String norm(final String key) {
		return key.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
