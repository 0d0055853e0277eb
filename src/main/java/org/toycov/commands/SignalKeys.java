package org.toycov.commands;

import java.math.BigDecimal;

import org.toycov.frontend.Inputs;
import org.toycov.model.ModelException;

/**
 * What the interpretation commands (Signal Fit, Feldman Cousins, Hypothesis
 * Test, Goodness of Fit) read from their text keys: the optional
 * {@code constrained} channel and the confidence levels {@code cl}, and how a
 * level names its outputs.
 */
final class SignalKeys {

	/** The {@code constrained} value that means "no constraint". */
	static final String NONE = Inputs.NO_CONSTRAINT;

	private SignalKeys() {}

	/** The constrained channel, bin or binned channel, or null for {@link #NONE}. */
	static String constrained(final String value) {
		final String v = value == null ? "" : value.trim();
		return v.isEmpty() || v.equals(NONE) ? null : v;
	}

	/** The confidence levels of {@code cl}: numbers separated by commas or spaces. */
	static double[] levels(final String cl) {
		final String v = cl == null ? "" : cl.trim();
		if (v.isEmpty()) throw new ModelException(
			"cl must name at least one confidence level, e.g. cl=[0.683 0.9]");
		final String[] parts = v.split("[,;\\s]+");
		final double[] out = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				out[i] = Double.parseDouble(parts[i]);
			}
			catch (final NumberFormatException exc) {
				throw new ModelException("cl must be confidence levels separated by " +
					"spaces or commas, e.g. cl=[0.683 0.9], got " + v);
			}
			if (!(out[i] > 0 && out[i] < 1)) throw new ModelException(
				"cl must be within (0, 1), got " + parts[i]);
			for (int j = 0; j < i; j++)
				if (out[j] == out[i]) throw new ModelException("cl names " + parts[i] +
					" twice");
		}
		return out;
	}

	/**
	 * A level's part of an output name: the percentage with {@code _} for the
	 * decimal point, {@code 0.9 -> 90}, {@code 0.683 -> 68_3}, {@code 0.955 -> 95_5}.
	 */
	static String level(final double cl) {
		return BigDecimal.valueOf(cl).movePointRight(2).stripTrailingZeros()
			.toPlainString().replace('.', '_');
	}
}
