package org.toycov.frontend;

import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;
import org.toycov.outputs.Numbers;

/**
 * Enforces the {@code min}/{@code max} of every numeric input of a ToyCov
 * command, however it is run (dialog, command line, macro, script): SciJava
 * itself only uses the bounds to configure widgets.
 */
// NB: after the input harvester (VERY_LOW), SaveInputs and CheckInputs, so the
// values a dialog returns are the ones checked.
@Plugin(type = PreprocessorPlugin.class, priority = Priority.VERY_LOW - 3)
public class BoundsPreprocessor extends AbstractPreprocessorPlugin {

	@Override
	public void process(final Module module) {
		if (!OutputsPreprocessor.isToyCov(module)) return;
		for (final ModuleItem<?> item : module.getInfo().inputs()) {
			final String reason = check(item, module.getInput(item.getName()));
			if (reason != null) {
				cancel(reason);
				return;
			}
		}
	}

	/** The one-line reason a value is out of the item's bounds, or null. */
	public static String check(final ModuleItem<?> item, final Object value) {
		if (!(value instanceof Number)) return null;
		final double v = ((Number) value).doubleValue();
		final String name = item.getName();
		if (Double.isNaN(v)) return name + " must be a number, got NaN";
		final Object lo = item.getMinimumValue();
		final Object hi = item.getMaximumValue();
		final double min = lo instanceof Number ? ((Number) lo).doubleValue()
			: Double.NEGATIVE_INFINITY;
		final double max = hi instanceof Number ? ((Number) hi).doubleValue()
			: Double.POSITIVE_INFINITY;
		final boolean open = Inputs.excludesMin(item);
		if ((open ? v > min : v >= min) && v <= max) return null;
		final String got = ", got " + Numbers.format(v);
		if (lo instanceof Number && hi instanceof Number) return name +
			" must be within " + Inputs.bounds(item) + got;
		return name + " must be " + Inputs.bounds(item) + got;
	}
}
