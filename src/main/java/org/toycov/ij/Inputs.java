package org.toycov.ij;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.toycov.commands.BoundsPreprocessor;
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
	public static List<ModuleItem<?>> userInputs(final ModuleInfo info) {
		final List<ModuleItem<?>> out = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (CommandRunner.isUserInput(item)) out.add(item);
		return out;
	}

	/** The current values of the module's user inputs as text. */
	public static Map<String, String> text(final Module module) {
		final Map<String, String> out = new LinkedHashMap<>();
		// NB: an InteractiveCommand's info is a DynamicCommandInfo, not a CommandInfo
		for (final ModuleItem<?> item : userInputs(module.getInfo()))
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
		if (lo instanceof Number) return (BoundsPreprocessor.excludesMin(item)
			? "> " : ">= ") + Numbers.format(((Number) lo).doubleValue());
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
		final Object value = CommandRunner.convert(item, text == null ? "" : text);
		final String reason = BoundsPreprocessor.check(item, value);
		if (reason != null) throw new RunException(reason);
		return value;
	}
}
