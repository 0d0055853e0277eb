package org.toycov.ij;

import java.util.Map;

import ij.plugin.frame.Recorder;

import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.Inputs;

/**
 * The options string of an ImageJ macro line {@code run("Chi2 Scan",
 * "mu_obs=9000 e_obs_min=50 ...")}, with ToyCov's snake_case keys (not the
 * first word of a dialog label, which ImageJ 1 would use), and its recording.
 */
public final class MacroOptions {

	private MacroOptions() {}

	/**
	 * {@code key=value} pairs separated by spaces, in the command's input order;
	 * a value with a space or a comma (a list of files) in [brackets], as the
	 * recorder writes paths; empty
	 * optional values left out.
	 */
	public static String format(final CommandInfo info,
		final Map<String, String> values)
	{
		final StringBuilder sb = new StringBuilder();
		for (final ModuleItem<?> item : Inputs.userInputs(info)) {
			final String v = values.get(item.getName());
			if (v == null || v.isEmpty() || replacedByModel(item, values)) continue;
			if (sb.length() > 0) sb.append(' ');
			sb.append(item.getName()).append('=').append(v.contains(" ") || v
				.contains(",") ? "[" + v + "]" : v);
		}
		return sb.toString();
	}

	/**
	 * Hands the options to ImageJ's macro recorder, which ends the
	 * {@code run("<title>", "<options>")} line it began when the menu command
	 * started. Does nothing when the recorder is off.
	 */
	public static void record(final CommandInfo info,
		final Map<String, String> values)
	{
		if (!Recorder.record) return;
		final String already = " " + (Recorder.getCommandOptions() == null ? ""
			: Recorder.getCommandOptions());
		for (final ModuleItem<?> item : Inputs.userInputs(info)) {
			final String v = values.get(item.getName());
			if (v == null || v.isEmpty() || replacedByModel(item, values)) continue;
			// NB: in Fiji, imagej-legacy's recorder may have written the key already
			if (already.contains(" " + item.getName() + "=")) continue;
			Recorder.recordOption(item.getName(), v);
		}
	}

	/** With a model file the ten seed keys are not used: recording them would make the line fail. */
	private static boolean replacedByModel(final ModuleItem<?> item,
		final Map<String, String> values)
	{
		return Inputs.replacedByModel(item.getName(), values);
	}
}
