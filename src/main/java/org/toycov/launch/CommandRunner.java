package org.toycov.launch;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.display.DisplayPostprocessor;
import org.scijava.plugin.PluginService;
import org.toycov.commands.Results;

/**
 * Runs a command by title or class name with text inputs, as
 * {@code ImageJ --headless --run} does, but strictly: an unknown key, a value
 * of the wrong type or a canceled run is a {@link RunException} with a
 * one-line message. Inputs not given keep the command's defaults (never a
 * persisted preference).
 */
public final class CommandRunner {

	private final Context context;

	public CommandRunner(final Context context) {
		this.context = context;
	}

	/** ToyCov's own commands, in menu order. */
	public List<CommandInfo> toycovCommands() {
		final List<CommandInfo> out = new ArrayList<>();
		for (final CommandInfo info : context.service(CommandService.class)
			.getCommands())
		{
			if (info.getClassName().startsWith("org.toycov.commands.")) out.add(info);
		}
		out.sort((a, b) -> Double.compare(order(a), order(b)));
		return out;
	}

	private static double order(final CommandInfo info) {
		final String[] titles = { "Covariance", "Chi2 Scan", "Constraint",
			"Toy Experiments", "Tune Comparison", "Chi2 Explorer" };
		for (int i = 0; i < titles.length; i++)
			if (titles[i].equals(info.getTitle())) return i;
		return titles.length;
	}

	/** The command whose title or (simple) class name is {@code name}. */
	public CommandInfo find(final String name) {
		for (final CommandInfo info : context.service(CommandService.class)
			.getCommands())
		{
			final String cls = info.getClassName();
			if (name.equals(info.getTitle()) || name.equals(cls) || name.equals(cls
				.substring(cls.lastIndexOf('.') + 1))) return info;
		}
		final StringBuilder titles = new StringBuilder();
		for (final CommandInfo info : toycovCommands())
			titles.append(titles.length() == 0 ? "" : ", ").append('"').append(info
				.getTitle()).append('"');
		throw new RunException("no command named \"" + name + "\"; ToyCov has " +
			titles);
	}

	/** Creates the module, converts and assigns the inputs, runs it. */
	public Module run(final CommandInfo info, final Map<String, String> args) {
		return run(info, args, null);
	}

	/**
	 * As {@link #run(CommandInfo, Map)}, handing the module to
	 * {@code onCreate} before it runs (e.g. to cancel it from elsewhere).
	 */
	public Module run(final CommandInfo info, final Map<String, String> args,
		final Consumer<Module> onCreate)
	{
		final ModuleService modules = context.service(ModuleService.class);
		final Module module = modules.createModule(info);
		if (onCreate != null) onCreate.accept(module);
		for (final Map.Entry<String, String> e : args.entrySet()) {
			final ModuleItem<?> item = info.getInput(e.getKey());
			if (item == null || !isUserInput(item)) throw new RunException(
				"unknown key " + e.getKey() + " for \"" + info.getTitle() +
					"\" (keys: " + String.join(", ", userKeys(info)) + ")");
			module.setInput(e.getKey(), convert(item, e.getValue()));
			module.resolveInput(e.getKey());
		}
		// NB: keep the field defaults of inputs not given; never load a
		// preference persisted by an earlier run.
		for (final ModuleItem<?> item : info.inputs())
			if (isUserInput(item)) module.resolveInput(item.getName());
		try {
			modules.run(module, preprocessors(), postprocessors()).get();
		}
		catch (final InterruptedException exc) {
			Thread.currentThread().interrupt();
			throw new RunException("interrupted");
		}
		catch (final ExecutionException exc) {
			Throwable cause = exc;
			while (cause.getCause() != null)
				cause = cause.getCause();
			if (cause instanceof IllegalArgumentException) throw new RunException(
				cause.getMessage());
			throw new RunException("internal error in \"" + info.getTitle() + "\": " +
				cause, cause);
		}
		if (module instanceof Cancelable && ((Cancelable) module).isCanceled()) {
			final String reason = ((Cancelable) module).getCancelReason();
			throw new RunException(reason == null ? "\"" + info.getTitle() +
				"\" was canceled" : reason);
		}
		return module;
	}

	private List<PreprocessorPlugin> preprocessors() {
		return context.service(PluginService.class).createInstancesOfType(
			PreprocessorPlugin.class);
	}

	/**
	 * Every postprocessor but the display one: the launcher prints outputs
	 * itself, where a headless display would only warn "Ignoring unsupported
	 * output".
	 */
	private List<PostprocessorPlugin> postprocessors() {
		final List<PostprocessorPlugin> post = new ArrayList<>();
		for (final PostprocessorPlugin p : context.service(PluginService.class)
			.createInstancesOfType(PostprocessorPlugin.class))
		{
			if (!(p instanceof DisplayPostprocessor)) post.add(p);
		}
		return post;
	}

	/** Inputs a user sets: numbers, text, switches and files (not services). */
	public static boolean isUserInput(final ModuleItem<?> item) {
		final Class<?> t = item.getType();
		return t.isPrimitive() || Number.class.isAssignableFrom(t) ||
			t == String.class || t == Boolean.class || t == File.class;
	}

	public static List<String> userKeys(final CommandInfo info) {
		final List<String> keys = new ArrayList<>();
		for (final ModuleItem<?> item : info.inputs())
			if (isUserInput(item)) keys.add(item.getName());
		return keys;
	}

	/** A text value as the item's type, or a one-line {@link RunException}. */
	public static Object convert(final ModuleItem<?> item, final String text) {
		final String key = item.getName();
		final Class<?> t = item.getType();
		final String v = text.trim();
		try {
			if (t == double.class || t == Double.class) return parseNumber(key, v);
			if (t == float.class || t == Float.class) return (float) parseNumber(key,
				v);
			if (t == int.class || t == Integer.class) return (int) whole(key, v,
				Integer.MIN_VALUE, Integer.MAX_VALUE);
			if (t == long.class || t == Long.class) return whole(key, v,
				Long.MIN_VALUE, Long.MAX_VALUE);
			if (t == boolean.class || t == Boolean.class) {
				if (v.equalsIgnoreCase("true")) return true;
				if (v.equalsIgnoreCase("false")) return false;
				throw new RunException(key + " must be true or false, got " + v);
			}
			if (t == File.class) return v.isEmpty() ? null : new File(v);
			if (t == String.class) {
				final List<String> choices = choices(item);
				if (choices != null && !choices.isEmpty() && !choices.contains(v)) {
					throw new RunException(key + " must be one of " + String.join(", ",
						choices) + ", got " + v);
				}
				return v;
			}
		}
		catch (final NumberFormatException exc) {
			throw new RunException(key + " must be a number, got " + v);
		}
		throw new RunException(key + " cannot be set from the command line");
	}

	/** A whole number typed by a user ({@code 1e8} is fine, {@code 1.5} is not). */
	static Object convertWhole(final String key, final String v) {
		try {
			return whole(key, v.trim(), Long.MIN_VALUE, Long.MAX_VALUE);
		}
		catch (final NumberFormatException exc) {
			throw new RunException(key + " must be a whole number, got " + v);
		}
	}

	private static double parseNumber(final String key, final String v) {
		final double d = Double.parseDouble(v);
		if (Double.isNaN(d)) throw new RunException(key +
			" must be a number, got " + v);
		return d;
	}

	private static long whole(final String key, final String v, final long min,
		final long max)
	{
		final double d = parseNumber(key, v);
		if (d != Math.rint(d)) throw new RunException(key +
			" must be a whole number, got " + v);
		if (d < min || d > max) throw new RunException(key +
			" must be a whole number within [" + min + ", " + max + "], got " + v);
		return (long) d;
	}

	/** The item's choices as text, or an empty list. */
	public static List<String> choices(final ModuleItem<?> item) {
		final List<String> out = new ArrayList<>();
		if (item.getChoices() != null) for (final Object c : item.getChoices())
			out.add(String.valueOf(c));
		return out;
	}

	/** The tables a ToyCov command made, or none. */
	public static List<org.toycov.outputs.Table> tables(final Module module) {
		final Object d = module.getDelegateObject();
		return d instanceof Results ? ((Results) d).tables() : new ArrayList<>();
	}

	/** The charts a ToyCov command made, or none. */
	public static List<org.toycov.outputs.Chart> charts(final Module module) {
		final Object d = module.getDelegateObject();
		return d instanceof Results ? ((Results) d).charts() : new ArrayList<>();
	}

	/** The seed's ten keys, which a model file replaces. */
	public static final List<String> SEED_KEYS = java.util.Arrays.asList("mu_exp",
		"e_exp", "mu_xsec_frac_err", "e_xsec_frac_err", "xsec_corr",
		"mu_reco_frac_err", "e_reco_frac_err", "reco_corr", "mu_obs", "e_obs");

	/**
	 * A model file replaces the ten keys: given together, the keys would be
	 * silently ignored, so that is an error.
	 */
	public static void checkModelKeys(final Map<String, String> args) {
		final String model = args.get("model");
		if (model == null || model.trim().isEmpty()) return;
		final List<String> both = new ArrayList<>();
		for (final String k : SEED_KEYS)
			if (args.containsKey(k)) both.add(k);
		if (!both.isEmpty()) throw new RunException("model replaces the ten keys " +
			"of the seed's model; give the model file or the keys, not both (got " +
			"model and " + String.join(", ", both) + ")");
	}
}
