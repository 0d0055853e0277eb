package org.toycov.frontend;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scijava.Cancelable;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Results;

/**
 * Before any work, checks that a ToyCov command's outputs can be written:
 * {@code output_dir} is a folder (or can be created) that ToyCov may write in,
 * no folder sits in the way of a table or chart the command makes, and
 * {@code save_toys} is not a folder. A problem cancels the run with one line.
 */
@Plugin(type = PreprocessorPlugin.class, priority = Priority.VERY_LOW - 4)
public class OutputsPreprocessor extends AbstractPreprocessorPlugin {

	private File spill;

	/**
	 * Without output_dir, a toy run's large tables go to {@code dir}
	 * ({@link OutputsPostprocessor#spill}): checked before its toys are thrown.
	 */
	public void spill(final File dir) {
		spill = dir;
	}

	/** True for a module whose command is one of ToyCov's. */
	public static boolean isToyCov(final Module module) {
		final Object command = module.getDelegateObject();
		return command != null && command.getClass().getName().startsWith(
			"org.toycov.commands.");
	}

	/**
	 * The outputs of a finished ToyCov command's run, or null: another
	 * command's module, or a canceled run (which has no outputs).
	 */
	public static Results finished(final Module module) {
		if (!isToyCov(module) || !(module
			.getDelegateObject() instanceof Results)) return null;
		if (module instanceof Cancelable && ((Cancelable) module).isCanceled())
			return null;
		return (Results) module.getDelegateObject();
	}

	@Override
	public void process(final Module module) {
		if (!isToyCov(module) || !(module
			.getDelegateObject() instanceof Results)) return;
		try {
			final File dir = RunOutputs.file(module, "output_dir");
			if (dir != null) {
				folder("output_dir", dir);
				for (final String name : ((Results) module.getDelegateObject())
					.outputNames())
					OutputSet.check("output_dir", new File(dir, name).toPath());
			}
			// NB: toy runs always have large tables (histograms); other runs are
			// quick, and a read-only folder they never write to is no error
			else if (spill != null && module.getInfo().getInput("toys") != null) {
				try {
					folder("output_dir", spill);
					// NB: a table's name taken by a folder there, before the toys too
					for (final String name : ((Results) module.getDelegateObject())
						.outputNames())
						if (name.endsWith(".csv")) OutputSet.check("output_dir", new File(
							spill, name).toPath());
				}
				catch (final IllegalArgumentException exc) {
					throw OutputsPostprocessor.spillFailure(exc, spill);
				}
			}
			final File toys = RunOutputs.file(module, "save_toys");
			if (toys != null) OutputSet.check("save_toys", toys.toPath());
			final File summary = RunOutputs.file(module, "save_summary");
			if (summary != null) OutputSet.check("save_summary", summary.toPath());
		}
		catch (final IllegalArgumentException exc) {
			cancel(exc.getMessage());
		}
	}

	/**
	 * A folder that exists and is writable, or can be created: tried by
	 * creating it and removing it again, so nothing is left before the run.
	 *
	 * @param key what the user changes to fix a problem (output_dir, --out)
	 */
	public static void folder(final String key, final File dir) {
		final Path d = dir.toPath().toAbsolutePath();
		if (Files.exists(d) && !Files.isDirectory(d)) throw new IllegalArgumentException(
			key + ": " + dir.getPath() + " is a file, not a folder");
		if (Files.isDirectory(d)) {
			if (!Files.isWritable(d)) throw new IllegalArgumentException(
				key + ": cannot write in " + dir.getPath());
			return;
		}
		Path top = d;
		while (top.getParent() != null && !Files.exists(top.getParent()))
			top = top.getParent();
		try {
			Files.createDirectories(d);
		}
		catch (final IOException | SecurityException exc) {
			throw new IllegalArgumentException(key + ": cannot create " + dir
				.getPath() + " (" + (exc instanceof IOException ? OutputSet.reason(
					(IOException) exc) : exc.getMessage()) + ")");
		}
		finally {
			for (Path p = d; p != null && p.startsWith(top); p = p.getParent()) {
				try {
					Files.deleteIfExists(p);
				}
				catch (final IOException exc) {
					break;
				}
			}
		}
	}
}
