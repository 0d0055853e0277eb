package org.toycov.frontend;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scijava.module.Module;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.toycov.analysis.ModelDescription;
import org.toycov.model.DecimalParser;
import org.toycov.model.ModelException;
import org.toycov.outputs.Numbers;

/**
 * The user inputs of a command as text, the form they take in a dialog field,
 * a macro option and a command-line key, for both front ends: which inputs a
 * user sets, converting text to the input's type strictly (with the bounds
 * checked), the bounds as people read them, unknown keys, and the model file
 * that replaces the seed's keys; a command marked {@link #SIGNAL_MODEL} has no
 * seed keys at all.
 */
public final class Inputs {

	/**
	 * The style of a numeric input whose minimum is excluded ({@code > min}):
	 * SciJava's {@code min} is inclusive. Widgets ignore a style they do not know.
	 */
	public static final String POSITIVE = "positive";

	/**
	 * The {@code @Plugin} attribute ({@code attrs = @Attr(name = SIGNAL_MODEL)})
	 * of a command that needs a model file whose components mark the signal
	 * (Signal Fit, Feldman Cousins, Hypothesis Test, Goodness of Fit): the
	 * seed's ten keys, whose two-channel model has no signal, are not its
	 * inputs. They have no dialog field (ImageJ's or Fiji's), are unknown keys
	 * on the command line and in a macro, and are not in its help.
	 */
	public static final String SIGNAL_MODEL = "signal-model";

	/** The {@code constrained} value of a {@link #SIGNAL_MODEL} command that means no constraint. */
	public static final String NO_CONSTRAINT = "none";

	private Inputs() {}

	/** Inputs a user sets: numbers, text, switches and files (not services), not {@link #isHidden hidden}. */
	public static boolean isUserInput(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		return (t.isPrimitive() || Number.class.isAssignableFrom(t) ||
			t == String.class || t == Boolean.class || t == File.class) && !isHidden(
				item);
	}

	/**
	 * True for an input the command inherits but does not take: one of the
	 * seed's ten keys in a command marked {@link #SIGNAL_MODEL}. It keeps its
	 * default and is resolved before any dialog ({@link HiddenInputsPreprocessor}).
	 */
	public static boolean isHidden(final ModuleItem<?> item) {
		return ModelDescription.SEED_KEYS.contains(item.getName()) && item
			.getInfo() != null && item.getInfo().is(SIGNAL_MODEL);
	}

	/** The inputs a user sets (numbers, text, switches, files), in order. */
	public static List<ModuleItem<?>> userInputs(final ModuleInfo info) {
		final List<ModuleItem<?>> out = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (isUserInput(item)) out.add(item);
		return out;
	}

	/** The keys of the inputs a user sets, in order. */
	public static List<String> userKeys(final ModuleInfo info) {
		final List<String> keys = new ArrayList<>();
		for (final ModuleItem<?> item : userInputs(info))
			keys.add(item.getName());
		return keys;
	}

	/** The user input {@code key}, or a one-line {@link RunException} naming the keys. */
	public static ModuleItem<?> item(final ModuleInfo info, final String key) {
		final ModuleItem<?> item = info.getInput(key);
		if (item == null || !isUserInput(item)) throw new RunException(
			"unknown key " + key + " for \"" + info.getTitle() + "\" (keys: " + String
				.join(", ", userKeys(info)) + ")" + (key.contains("/") || key.matches(
					".*\\.(csv|npy|json|yaml|toys)") ? "; a value with commas, such as a " +
						"list of files, goes in brackets: key=[a.csv,b.csv]" : ""));
		return item;
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

	/** Whether the item's minimum is excluded. */
	public static boolean excludesMin(final ModuleItem<?> item) {
		return item.getWidgetStyle() != null && item.getWidgetStyle().contains(
			POSITIVE);
	}

	/**
	 * The bounds of a numeric input for people, as the dialog, {@code --help}
	 * and the README show them: {@code [-1, 1]}, {@code >= 0}, {@code > 0}, or "".
	 */
	public static String bounds(final ModuleItem<?> item) {
		final Object lo = item.getMinimumValue(), hi = item.getMaximumValue();
		if (lo instanceof Number && hi instanceof Number) return "[" + Numbers
			.format(((Number) lo).doubleValue()) + ", " + Numbers.format(
				((Number) hi).doubleValue()) + "]";
		if (lo instanceof Number) return (excludesMin(item) ? "> " : ">= ") +
			Numbers.format(((Number) lo).doubleValue());
		if (hi instanceof Number) return "<= " + Numbers.format(((Number) hi)
			.doubleValue());
		return "";
	}

	/** The item's choices as text, or an empty list. */
	public static List<String> choices(final ModuleItem<?> item) {
		final List<String> out = new ArrayList<>();
		if (item.getChoices() != null) for (final Object c : item.getChoices())
			out.add(String.valueOf(c));
		return out;
	}

	/**
	 * Converts a text value to the item's type with one-line messages
	 * ({@code toys must be a whole number, got 1.5}) and checks its bounds
	 * ({@code xsec_corr must be within [-1, 1], got 1.5}).
	 */
	public static Object convert(final ModuleItem<?> item, final String text) {
		final Object value = parse(item, text == null ? "" : text);
		final String reason = BoundsPreprocessor.check(item, value);
		if (reason != null) throw new RunException(reason);
		return value;
	}

	private static Object parse(final ModuleItem<?> item, final String text) {
		final String key = item.getName();
		final Class<?> t = item.getType();
		final String v = text.trim();
		if (t == double.class || t == Double.class) return number(key, v);
		if (t == float.class || t == Float.class) return (float) number(key, v);
		if (t == int.class || t == Integer.class) return (int) whole(item, v,
			Integer.MAX_VALUE);
		if (t == long.class || t == Long.class) return whole(item, v,
			Long.MAX_VALUE);
		if (t == boolean.class || t == Boolean.class) {
			if (v.equalsIgnoreCase("true")) return true;
			if (v.equalsIgnoreCase("false")) return false;
			throw new RunException(key + " must be true or false, got " + v);
		}
		if (t == File.class) return v.isEmpty() ? null : new File(v);
		if (t == String.class) {
			final List<String> choices = choices(item);
			if (!choices.isEmpty() && !choices.contains(v)) throw new RunException(
				key + " must be one of " + String.join(", ", choices) + ", got " + v);
			return v;
		}
		throw new RunException(key + " cannot be set from text");
	}

	private static double number(final String key, final String v) {
		final double d;
		try {
			// NB: the model files' reader: a plain decimal, not Java's 1d or 0x1p3
			d = DecimalParser.parse(v);
		}
		catch (final NumberFormatException exc) {
			// NB: a bare key (no '=') reads as true, the macro way of a checkbox
			if (v.equals("true")) throw new RunException(key + " needs a number: " +
				"give " + key + "=<number>");
			throw new RunException(key + " must be a number, got " + v);
		}
		if (Double.isNaN(d)) throw new RunException(key +
			" must be a number, got " + v);
		// NB: 1e400 parses as Infinity: say what was typed, not what it became
		if (Double.isInfinite(d)) throw new RunException(key +
			" must be a finite number, got " + v);
		return d;
	}

	/**
	 * A whole number typed by a user ({@code 1e8} is fine, {@code 1.5} is not);
	 * beyond the type's range the message quotes the item's own bounds.
	 */
	private static long whole(final ModuleItem<?> item, final String v,
		final long typeMax)
	{
		final String key = item.getName();
		// NB: digits exactly (a double would turn 9223372036854775000 into
		// 9223372036854774784); 1e8 and 2.0 through the double
		try {
			final long exact = Long.parseLong(v);
			if (Math.abs((double) exact) <= Math.min(typeMax, maximum(item)) &&
				Math.abs(exact) <= typeMax) return exact;
		}
		catch (final NumberFormatException exc) {
			// NB: not plain digits: read as a number below
		}
		final double d = number(key, v);
		if (Double.isInfinite(d) || d != Math.rint(d)) throw new RunException(key +
			" must be a whole number, got " + v);
		final Object hi = item.getMaximumValue();
		final double max = hi instanceof Number ? Math.min(((Number) hi)
			.doubleValue(), typeMax) : typeMax;
		// NB: 2^63 and up (9223372036854775808) would be cut to Long.MAX_VALUE by the cast
		if (Math.abs(d) > max || Math.abs(d) >= 0x1p63) {
			final String reason = BoundsPreprocessor.check(item, d);
			// NB: the value as typed (1e20), not as a double prints it
			if (reason != null) throw new RunException(reason.substring(0, reason
				.lastIndexOf(", got ")) + ", got " + v);
			// NB: the type's own maximum in digits (9223372036854775807), not as a double prints it
			throw new RunException(key + " must be a whole number of at most " +
				(max == (double) typeMax ? String.valueOf(typeMax) : Numbers.format(max)) + ", got " + v);
		}
		return (long) d;
	}

	private static double maximum(final ModuleItem<?> item) {
		final Object hi = item.getMaximumValue();
		return hi instanceof Number ? ((Number) hi).doubleValue()
			: Double.POSITIVE_INFINITY;
	}

	/** A whole number for a launcher option such as {@code --toys}. */
	public static long whole(final String key, final String v, final long min,
		final long max)
	{
		final double d = number(key, v);
		if (Double.isInfinite(d) || d != Math.rint(d)) throw new RunException(key +
			" must be a whole number, got " + v);
		if (d < min || d > max) throw new RunException(key +
			" must be a whole number within [" + Numbers.format(min) + ", " + Numbers
				.format(max) + "], got " + v);
		return (long) d;
	}

	/**
	 * {@code message} with each number it quotes as {@code key=value} for a key
	 * the user gave in {@code args} shown as the user typed it: the math layers
	 * print the double ({@code e_obs=1.0E308}), the user wrote {@code e_obs=1e308}.
	 */
	public static String asTyped(final String message, final ModuleInfo info,
		final Map<String, String> args)
	{
		String out = message;
		for (final Map.Entry<String, String> e : args.entrySet()) {
			final ModuleItem<?> item = info.getInput(e.getKey());
			if (item == null || !isNumber(item)) continue;
			final double v;
			try {
				v = Double.parseDouble(e.getValue().trim());
			}
			catch (final NumberFormatException exc) {
				continue;
			}
			out = out.replaceAll("(?<![\\w.])" + Pattern.quote(e.getKey() + "=" +
				ModelException.show(v)) + "(?![\\w.])", Matcher.quoteReplacement(e
					.getKey() + "=" + e.getValue().trim()));
		}
		return out;
	}

	/**
	 * A model file replaces the seed's ten keys: given together, the keys would
	 * be silently ignored, so that is an error.
	 */
	public static void checkModelKeys(final Map<String, String> args) {
		final String model = args.get("model");
		if (model == null || model.trim().isEmpty()) return;
		final List<String> both = new ArrayList<>();
		for (final String k : ModelDescription.SEED_KEYS)
			if (args.containsKey(k)) both.add(k);
		if (!both.isEmpty()) throw new RunException("model replaces the ten keys " +
			"of the seed's model; give the model file or the keys, not both (got " +
			"model and " + String.join(", ", both) + ")");
	}

	/** True for one of the seed's keys while a model file is given. */
	public static boolean replacedByModel(final String key,
		final Map<String, String> values)
	{
		final String model = values.get("model");
		return model != null && !model.trim().isEmpty() &&
			ModelDescription.SEED_KEYS.contains(key);
	}
}
