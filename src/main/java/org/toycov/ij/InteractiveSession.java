package org.toycov.ij;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.MethodCallException;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;
import org.scijava.widget.InputHarvester;
import org.toycov.frontend.Inputs;
import org.toycov.frontend.RunException;

import ij.IJ;

/**
 * An {@link org.scijava.command.InteractiveCommand} in ImageJ 1: the module
 * is made ready (services, initializers; no SciJava dialog) and run once, as
 * SciJava runs one; then a non-modal dialog stays open, and every change of a
 * field sets that input on the module and calls the input's callback.
 */
public final class InteractiveSession {

	private final CommandInfo info;
	private final Module module;

	public InteractiveSession(final Context context, final CommandInfo info) {
		this.info = info;
		module = context.service(ModuleService.class).createModule(info);
		// NB: keep the field defaults; never a persisted preference.
		for (final ModuleItem<?> item : Inputs.userInputs(info))
			module.resolveInput(item.getName());
		for (final PreprocessorPlugin p : context.service(PluginService.class)
			.createInstancesOfType(PreprocessorPlugin.class))
		{
			if (p instanceof InputHarvester) continue;
			p.process(module);
			if (p.isCanceled()) throw new RunException(p.getCancelReason() == null
				? "\"" + info.getTitle() + "\" was canceled" : p.getCancelReason());
		}
	}

	public Module module() {
		return module;
	}

	/** Runs the module once, as SciJava does when it opens the dialog. */
	public void start() {
		module.run();
	}

	/**
	 * Sets input {@code key} from text (strictly, as a macro would) and calls
	 * its callback; a bad value throws {@link RunException} and sets nothing.
	 */
	public void change(final String key, final String text) {
		final ModuleItem<?> item = Inputs.item(info, key);
		module.setInput(key, Inputs.convert(item, text));
		try {
			item.callback(module);
		}
		catch (final MethodCallException exc) {
			final Throwable cause = exc.getCause() == null ? exc : exc.getCause();
			if (cause instanceof IllegalArgumentException) throw new RunException(
				key + ": " + cause.getMessage());
			throw RunException.internal(info.getTitle(), cause);
		}
	}

	/**
	 * Shows the non-modal dialog until it is closed; a bad value shows its
	 * reason in the status bar and disables OK.
	 */
	public void showDialog() {
		final InputDialog d = new InputDialog(info, Inputs.text(module), true);
		d.dialog().addDialogListener((gd, e) -> {
			if (e == null) return true;
			final ModuleItem<?> item = d.itemOf(e.getSource());
			if (item == null) return true;
			try {
				change(item.getName(), d.text(item));
				IJ.showStatus("");
				return true;
			}
			catch (final RunException exc) {
				IJ.showStatus(DialogMemory.withLabel(info, exc.getMessage()));
				return false;
			}
		});
		// NB: record the values the user settled on, so the line replays the curve
		if (d.show()) {
			MacroOptions.record(info, Inputs.text(module));
			DialogMemory.remember(info.getTitle(), Inputs.text(module));
		}
	}
}
