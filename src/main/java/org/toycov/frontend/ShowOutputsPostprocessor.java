package org.toycov.frontend;

import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.process.AbstractPostprocessorPlugin;
import org.scijava.module.process.PostprocessorPlugin;
import org.scijava.plugin.Plugin;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Results;
import org.toycov.outputs.Tables;

/**
 * Shows a finished ToyCov command's tables as ImageJ tables titled with their
 * names (kept for macros even headless) and, when {@code show_charts} is true
 * and there is a display, its charts in windows. The command line leaves it
 * out unless {@code show_charts=true} is given.
 */
@Plugin(type = PostprocessorPlugin.class, priority = Priority.NORMAL)
public class ShowOutputsPostprocessor extends AbstractPostprocessorPlugin {

	@Override
	public void process(final Module module) {
		final Results r = OutputsPreprocessor.finished(module);
		if (r == null) return;
		Tables.show(r.tables());
		if (Boolean.TRUE.equals(module.getInput("show_charts"))) for (final Chart c : r
			.charts())
			c.show();
	}
}
