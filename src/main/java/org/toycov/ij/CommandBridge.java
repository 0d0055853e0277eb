package org.toycov.ij;

import java.awt.GraphicsEnvironment;
import java.util.Map;

import org.scijava.Context;
import org.scijava.InstantiableException;
import org.scijava.command.CommandInfo;
import org.scijava.command.InteractiveCommand;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.toycov.frontend.Inputs;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunArguments;
import org.toycov.frontend.RunException;


/**
 * Runs a ToyCov command for ImageJ 1: from a macro's options without a
 * dialog, else through a {@link InputDialog} generated from its
 * {@code @Parameter}s, recorded for the macro recorder; then shows its
 * outputs. Bad input is one line (the command line's), never a trace.
 */
public final class CommandBridge {

	private final Context context;
	private final CommandRunner runner;

	public CommandBridge(final Context context) {
		this.context = context;
		runner = new CommandRunner(context);
		StatusBridge.subscribe(context);
	}

	/**
	 * Runs command {@code title}: with {@code options} (a macro's
	 * {@code "key=value ..."}, non-null) strictly and without a dialog, else
	 * from a dialog. Failures are reported ({@link Report}), not thrown.
	 *
	 * @return the finished module, or null if canceled or failed
	 */
	public Module run(final String title, final String options) {
		try {
			final CommandInfo info = runner.find(title);
			final boolean headless = GraphicsEnvironment.isHeadless();
			if (isInteractive(info)) {
				final InteractiveSession s = new InteractiveSession(context, info);
				// NB: a macro's options set the inputs (and call their callbacks)
				for (final Map.Entry<String, String> e : RunArguments.parse(options)
					.entrySet())
					s.change(e.getKey(), e.getValue());
				// NB: the dialog starts from the last values OK'ed in this session
				if (options == null && !headless) DialogMemory.last(info.getTitle())
					.forEach(s::change);
				s.start();
				if (options == null && !headless) s.showDialog();
				return s.module();
			}
			// NB: headless, no dialog can open: a macro's run("Covariance") keeps the defaults
			if (options != null || headless) return runMacro(info, options == null
				? "" : options);
			if (ToyCovContext.isFiji()) return FijiDialog.run(context, info);
			return runDialog(info);
		}
		catch (final UserCanceled exc) {
			Report.canceled(title);
			return null;
		}
		catch (final RunException | IllegalArgumentException exc) {
			// NB: a bug, not bad input: its trace goes to the console
			if (exc instanceof RunException && ((RunException) exc).isInternal()) exc
				.getCause().printStackTrace();
			Report.failure(title, exc.getMessage());
			return null;
		}
	}

	/** Runs from a macro's options, strictly: unknown keys and bad values fail. */
	public Module runMacro(final CommandInfo info, final String options) {
		final Map<String, String> args = RunArguments.parse(options);
		final Module m = EscapeWatch.run(runner, info, args);
		Outputs.show(m);
		return m;
	}

	/**
	 * Shows the dialog until the inputs run or the user cancels; a bad value
	 * is shown and the dialog comes back with the values entered.
	 */
	private Module runDialog(final CommandInfo info) {
		// NB: the dialog comes back with this session's last values, as ImageJ
		// dialogs do; nothing is stored on disk, so scripts never see them
		Map<String, String> values = Inputs.text(context.service(
			ModuleService.class).createModule(info));
		values.putAll(DialogMemory.last(info.getTitle()));
		while (true) {
			final InputDialog d = new InputDialog(info, values, false);
			if (!d.show()) return null;
			values = d.values();
			try {
				final Module m = EscapeWatch.run(runner, info, runArguments(values));
				DialogMemory.remember(info.getTitle(), values);
				MacroOptions.record(info, values);
				Outputs.show(m);
				return m;
			}
			catch (final UserCanceled exc) {
				Report.canceled(info.getTitle());
				return null;
			}
			catch (final RunException exc) {
				if (exc.isInternal()) throw exc;
				Report.message(info.getTitle(), DialogMemory.withLabel(info, exc
					.getMessage()));
			}
		}
	}

	/**
	 * The dialog's values a run takes: with a model file, not the ten seed
	 * fields the file replaces (the dialog always has them, filled or blank;
	 * a macro's options give only what the user wrote, so there they fail).
	 */
	static Map<String, String> runArguments(final Map<String, String> values) {
		final Map<String, String> args = new java.util.LinkedHashMap<>(values);
		args.keySet().removeIf(k -> Inputs.replacedByModel(k, values));
		return args;
	}

	static boolean isInteractive(final CommandInfo info) {
		try {
			return InteractiveCommand.class.isAssignableFrom(info.loadClass());
		}
		catch (final InstantiableException exc) {
			throw RunException.internal(info.getTitle(), exc);
		}
	}
}
