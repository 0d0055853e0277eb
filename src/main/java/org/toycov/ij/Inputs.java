package org.toycov.ij;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.toycov.launch.CommandRunner;
import org.toycov.launch.RunException;
import org.toycov.outputs.Numbers;

/**
 * The user inputs of a command as text, the form they take in a dialog field,
 * a macro option and a command-line key: reading defaults, converting back
 * strictly, and the bounds shown beside a field.
 */
public final class Inputs {

	private Inputs() {}

	/** The inputs a user sets (numbers, text, switches, files), in order. */
	public static List<ModuleItem<?>> userInputs(final CommandInfo info) {
		final List<ModuleItem<?>> out = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (CommandRunner.isUserInput(item)) out.add(item);
		return out;
	}

	/** The current values of the module's user inputs as text. */
	public static Map<String, String> text(final Module module) {
		final Map<String, String> out = new LinkedHashMap<>();
		for (final ModuleItem<?> item : userInputs((CommandInfo) module
			.getInfo()))
			out.put(item.getName(), text(module.getInput(item.getName())));
		return out;
	}

	/** A value as text: every digit of a double, whole numbers bare. */
	public static String text(final Object v) {
		if (v == null) return "";
		if (v instanceof Double || v instanceof Float) return Numbers.format(
			((Number) v).doubleValue());
		if (v instanceof File) return ((File) v).getPath();
		return String.valueOf(v);
	}

	/** True for a number-valued input. */
	public static boolean isNumber(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		return Number.class.isAssignableFrom(t) || t.isPrimitive() &&
			t != boolean.class && t != char.class;
	}

	/** True for a whole-number input (int, long). */
	public static boolean isWhole(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		return t == int.class || t == Integer.class || t == long.class ||
			t == Long.class || t == short.class || t == Short.class;
	}

	/** The bounds of a numeric input for people: {@code [-1, 1]}, {@code >= 0}, or "". */
	public static String bounds(final ModuleItem<?> item) {
		final Object lo = item.getMinimumValue(), hi = item.getMaximumValue();
		if (lo instanceof Number && hi instanceof Number) return "[" + Numbers
			.format(((Number) lo).doubleValue()) + ", " + Numbers.format(
				((Number) hi).doubleValue()) + "]";
		if (lo instanceof Number) return ">= " + Numbers.format(((Number) lo)
			.doubleValue());
		if (hi instanceof Number) return "<= " + Numbers.format(((Number) hi)
			.doubleValue());
		return "";
	}

	/**
	 * Converts a text value to the item's type with the command line's
	 * messages ({@code toys must be a whole number, got 1.5}) and checks its
	 * bounds ({@code xsec_corr must be within [-1, 1], got 1.5}).
	 */
	public static Object convert(final ModuleItem<?> item, final String text) {
		final String key = item.getName();
		final Class<?> t = item.getType();
		final String v = text == null ? "" : text.trim();
		if (t == boolean.class || t == Boolean.class) {
			if (v.equalsIgnoreCase("true")) return true;
			if (v.equalsIgnoreCase("false")) return false;
			throw new RunException(key + " must be true or false, got " + v);
		}
		if (t == File.class) return v.isEmpty() ? null : new File(v);
		if (t == String.class) {
			final List<String> choices = CommandRunner.choices(item);
			if (!choices.isEmpty() && !choices.contains(v)) throw new RunException(
				key + " must be one of " + String.join(", ", choices) + ", got " + v);
			return v;
		}
		if (!isNumber(item)) throw new RunException(key +
			" cannot be set from a dialog");
		final double d;
		try {
			d = Double.parseDouble(v);
		}
		catch (final NumberFormatException exc) {
			throw new RunException(key + " must be a number, got " + v);
		}
		if (Double.isNaN(d)) throw new RunException(key +
			" must be a number, got " + v);
		checkBounds(item, d);
		if (t == double.class || t == Double.class) return d;
		if (t == float.class || t == Float.class) return (float) d;
		if (d != Math.rint(d) || Math.abs(d) > Long.MAX_VALUE) throw new RunException(
			key + " must be a whole number, got " + v);
		if (t == long.class || t == Long.class) return (long) d;
		if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) throw new RunException(
			key + " must be a whole number, got " + v);
		if (t == short.class || t == Short.class) return (short) d;
		return (int) d;
	}

	private static void checkBounds(final ModuleItem<?> item, final double v) {
		final Object lo = item.getMinimumValue(), hi = item.getMaximumValue();
		final double min = lo instanceof Number ? ((Number) lo).doubleValue()
			: Double.NEGATIVE_INFINITY;
		final double max = hi instanceof Number ? ((Number) hi).doubleValue()
			: Double.POSITIVE_INFINITY;
		if (v >= min && v <= max) return;
		throw new RunException(item.getName() + " must be " + (lo instanceof Number &&
			hi instanceof Number ? "within " + bounds(item) : bounds(item)) +
			", got " + Numbers.format(v));
	}
}
