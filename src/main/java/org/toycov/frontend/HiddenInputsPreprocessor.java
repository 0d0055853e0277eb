package org.toycov.frontend;

import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;

/**
 * Resolves the inputs a command inherits but does not take
 * ({@link Inputs#isHidden}), so that no dialog shows them: Fiji's SciJava
 * dialog harvests every unresolved input. {@link CommandRunner} resolves them
 * too, for ToyCov's own dialog, macros and the command line.
 */
// NB: before the input harvester (VERY_LOW)
@Plugin(type = PreprocessorPlugin.class, priority = Priority.HIGH)
public class HiddenInputsPreprocessor extends AbstractPreprocessorPlugin {

	@Override
	public void process(final Module module) {
		for (final ModuleItem<?> item : module.getInfo().inputs())
			if (Inputs.isHidden(item)) module.resolveInput(item.getName());
	}
}
