package org.toycov.frontend;

import java.io.File;
import java.io.UncheckedIOException;

import org.scijava.Cancelable;
import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.process.AbstractPostprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.plugin.Plugin;
import org.toycov.outputs.Chart;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Results;
import org.toycov.outputs.Table;

/**
 * Writes a finished ToyCov command's files, all or nothing: its tables as
 * {@code <output_dir>/<table>.csv} and charts as {@code .png} and {@code .svg}
 * are staged with the files the run already staged (the {@code save_toys}
 * {@code .npy}) and the whole set is moved into place at once. A failure
 * leaves nothing new and cancels the run with one line. Without
 * {@code output_dir}, a front end that cannot show large tables (the command
 * line) may {@link #spill} them to a folder of its own, in the same set.
 */
@Plugin(type = PostprocessorPlugin.class, priority = Priority.HIGH)
public class OutputsPostprocessor extends AbstractPostprocessorPlugin {

	/** A table larger than a screenful: more rows or columns than these. */
	public static final int MAX_SHOWN_ROWS = 50, MAX_SHOWN_COLUMNS = 20;

	private File spill;

	/** Without output_dir, writes the {@link #isLarge large} tables to {@code dir}. */
	public void spill(final File dir) {
		spill = dir;
	}

	/** True for a table larger than a screenful. */
	public static boolean isLarge(final Table t) {
		return t.rows() > MAX_SHOWN_ROWS || t.columns() > MAX_SHOWN_COLUMNS;
	}

	/**
	 * Writes a large table to the spill folder; a failure names that folder
	 * (the user never gave output_dir) and how to choose another.
	 */
	private void spill(final OutputSet set, final Table t) {
		try {
			t.write(set, "output_dir", spill);
		}
		catch (final IllegalArgumentException | UncheckedIOException exc) {
			throw spillFailure(exc, spill);
		}
	}

	/**
	 * A failure to write in the spill folder, said as what it is: the user
	 * never gave output_dir, so the line names that folder and how to change it.
	 */
	static IllegalArgumentException spillFailure(final RuntimeException exc,
		final File spill)
	{
		final String m = exc.getMessage();
		return new IllegalArgumentException((m.startsWith("output_dir: ") ? m
			.substring("output_dir: ".length()) : m) + "; without output_dir, " +
			"large tables go to " + spill.getPath() + "/: give output_dir=DIR " +
			"to write them elsewhere", exc);
	}

	@Override
	public void process(final Module module) {
		final Results r = OutputsPreprocessor.finished(module);
		if (r == null) return;
		final OutputSet set = r.files();
		if (set == null || set.isDone()) return;
		final File dir = RunOutputs.file(module, "output_dir");
		try {
			if (dir != null) {
				for (final Table t : r.tables())
					t.write(set, "output_dir", dir);
				for (final Chart c : r.charts())
					c.write(set, "output_dir", dir);
			}
			else if (spill != null) for (final Table t : r.tables())
				if (isLarge(t)) spill(set, t);
			set.commit();
		}
		catch (final IllegalArgumentException | UncheckedIOException exc) {
			set.abort();
			if (module instanceof Cancelable) ((Cancelable) module).cancel(exc
				.getMessage());
			else throw exc;
		}
		catch (final RuntimeException | Error exc) {
			set.abort();
			throw exc;
		}
	}
}
