package org.toycov.frontend;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;
import org.scijava.display.DisplayPostprocessor;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleRunner;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;
import org.toycov.outputs.Results;

/**
 * Runs a ToyCov command by title or class name with text inputs, for both
 * front ends ({@code bin/toycov --run}, an ImageJ macro's {@code run(...)} or
 * dialog), strictly: an unknown key, a value of the wrong type or out of
 * bounds, a model file given with the seed's keys, or a canceled run is a
 * {@link RunException} with a one-line message; an unexpected exception is an
 * {@link RunException#internal internal} one. Inputs not given keep the
 * command's defaults (never a persisted preference). The module runs on the
 * calling thread with every pre- and postprocessor (so its outputs are written
 * by {@link OutputsPostprocessor}) except SciJava's display one.
 */
public final class CommandRunner {

	/** ToyCov's commands, in menu order. */
	private static final String[] TITLES = { "Covariance", "Chi2 Scan",
		"Constraint", "Toy Experiments", "Tune Comparison", "Chi2 Explorer",
		"Merge Toys" };

	private final Context context;
	private boolean display = true;
	private File spill;

	public CommandRunner(final Context context) {
		this.context = context;
		// NB: create every converter now, before a run starts other threads:
		// SciJava 2.100's ClassUtils caches the annotated fields and methods of
		// each plugin class in one plain HashMap, locked per class only, so two
		// threads creating plugins at once (the converters made lazily during a
		// run while a status event is handled) can corrupt it; about one launch
		// in 400 failed with "Cannot create plugin:
		// org.scijava.convert.ArrayConverters$CharArrayWrapper".
		final ConvertService convert = context.getService(ConvertService.class);
		if (convert != null) convert.getInstances();
	}

	/**
	 * Whether runs show their tables and charts ({@link ShowOutputsPostprocessor});
	 * on by default, off for the command line unless {@code show_charts=true}.
	 */
	public CommandRunner display(final boolean show) {
		display = show;
		return this;
	}

	/**
	 * Without output_dir, large tables go to {@code dir}, written with the
	 * run's other files ({@link OutputsPostprocessor#spill}); null: nowhere.
	 */
	public CommandRunner spill(final File dir) {
		spill = dir;
		return this;
	}

	/** ToyCov's own commands, in menu order. */
	public List<CommandInfo> toycovCommands() {
		final List<CommandInfo> out = new ArrayList<>();
		for (final CommandInfo info : context.service(CommandService.class)
			.getCommands())
		{
			if (info.getClassName().startsWith("org.toycov.commands.")) out.add(info);
		}
		out.sort((a, b) -> Integer.compare(order(a), order(b)));
		return out;
	}

	private static int order(final CommandInfo info) {
		for (int i = 0; i < TITLES.length; i++)
			if (TITLES[i].equals(info.getTitle())) return i;
		return TITLES.length;
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
		final Module module = create(info, args);
		Inputs.checkModelKeys(args);
		if (onCreate != null) onCreate.accept(module);
		try {
			new ModuleRunner(context, module, preprocessors(), postprocessors())
				.run();
		}
		catch (final RuntimeException exc) {
			final RunException f = failure(info.getTitle(), exc);
			throw f.isInternal() ? f : new RunException(Inputs.asTyped(f
				.getMessage(), info, args));
		}
		if (module instanceof Cancelable && ((Cancelable) module).isCanceled()) {
			final Object d = module.getDelegateObject();
			if (d instanceof Results && ((Results) d).failure() != null)
				throw RunException.internal(info.getTitle(), ((Results) d).failure());
			final String reason = ((Cancelable) module).getCancelReason();
			throw new RunException(reason == null ? "\"" + info.getTitle() +
				"\" was canceled" : Inputs.asTyped(reason, info, args));
		}
		return module;
	}

	/**
	 * A module of {@code info} with the inputs {@code args} set strictly, the
	 * others at their defaults (resolved, so no preference is loaded).
	 */
	public Module create(final CommandInfo info, final Map<String, String> args) {
		final Module module = context.service(ModuleService.class).createModule(
			info);
		for (final Map.Entry<String, String> e : args.entrySet()) {
			final ModuleItem<?> item = Inputs.item(info, e.getKey());
			module.setInput(e.getKey(), Inputs.convert(item, e.getValue()));
			module.resolveInput(e.getKey());
		}
		for (final ModuleItem<?> item : info.inputs())
			if (Inputs.isUserInput(item) || Inputs.isHidden(item)) module
				.resolveInput(item.getName());
		return module;
	}

	/**
	 * What an exception thrown by a run means to the user: bad input (an
	 * {@link IllegalArgumentException} or an I/O failure anywhere in its causes)
	 * or a bug.
	 */
	public static RunException failure(final String title, final Throwable exc) {
		for (Throwable c = exc; c != null; c = c.getCause()) {
			if (c instanceof RunException) return (RunException) c;
			if (c instanceof IllegalArgumentException ||
				c instanceof UncheckedIOException) return new RunException(c
					.getMessage());
		}
		Throwable root = exc;
		// NB: ModuleRunner wraps the command's exception in "Module threw error"
		while (root.getCause() != null && root.getClass() == RuntimeException.class)
			root = root.getCause();
		return RunException.internal(title, root);
	}

	private List<PreprocessorPlugin> preprocessors() {
		final List<PreprocessorPlugin> pre = context.service(PluginService.class)
			.createInstancesOfType(PreprocessorPlugin.class);
		for (final PreprocessorPlugin p : pre)
			if (p instanceof OutputsPreprocessor) ((OutputsPreprocessor) p).spill(
				spill);
		return pre;
	}

	/**
	 * Every postprocessor but SciJava's display one (a front end shows outputs
	 * itself, where a headless display would only warn "Ignoring unsupported
	 * output"), and ToyCov's own display one only when asked for.
	 */
	private List<PostprocessorPlugin> postprocessors() {
		final List<PostprocessorPlugin> post = new ArrayList<>();
		for (final PostprocessorPlugin p : context.service(PluginService.class)
			.createInstancesOfType(PostprocessorPlugin.class))
		{
			if (p instanceof DisplayPostprocessor) continue;
			if (!display && p instanceof ShowOutputsPostprocessor) continue;
			if (p instanceof OutputsPostprocessor) ((OutputsPostprocessor) p).spill(
				spill);
			post.add(p);
		}
		return post;
	}
}
