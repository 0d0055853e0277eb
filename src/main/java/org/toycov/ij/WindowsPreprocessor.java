package org.toycov.ij;

import java.awt.GraphicsEnvironment;

import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;
import org.toycov.frontend.OutputsPreprocessor;

/**
 * Before a ToyCov command runs with a display, installs ToyCov's ImageJ
 * windows for its tables and charts ({@link ToyCovPlugIn#installWindows}):
 * in ImageJ, and for the command line's {@code show_charts=true}, so that both
 * show the same number formats and place windows alike (none exactly over
 * another). The command line itself knows nothing of ImageJ's front end: this
 * plugin is found in the SciJava context both share.
 */
@Plugin(type = PreprocessorPlugin.class, priority = Priority.VERY_LOW)
public class WindowsPreprocessor extends AbstractPreprocessorPlugin {

	@Override
	public void process(final Module module) {
		if (!GraphicsEnvironment.isHeadless() && OutputsPreprocessor.isToyCov(
			module)) ToyCovPlugIn.installWindows();
	}
}
