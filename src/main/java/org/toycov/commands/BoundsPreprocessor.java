package org.toycov.commands;

import org.scijava.Priority;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Plugin;
import org.toycov.model.ModelException;

/**
 * Enforces the {@code min}/{@code max} of every numeric input of a ToyCov
 * command, however it is run (dialog, command line, macro, script): SciJava
 * itself only uses the bounds to configure widgets.
 */
// NB: after the input harvester (VERY_LOW), SaveInputs and CheckInputs, so the
// values a dialog returns are the ones checked.
@Plugin(type = PreprocessorPlugin.class, priority = Priority.VERY_LOW - 3)
public class BoundsPreprocessor extends AbstractPreprocessorPlugin {

	/**
	 * The style of a numeric input whose minimum is excluded ({@code > min}):
	 * SciJava's {@code min} is inclusive. Widgets ignore a style they do not know.
	 */
	public static final String POSITIVE = "positive";

	/** Whether the item's minimum is excluded. */
	public static boolean excludesMin(final ModuleItem<?> item) {
		return item.getWidgetStyle() != null && item.getWidgetStyle().contains(
			POSITIVE);
	}

	@Override
	public void process(final Module module) {
		final Object command = module.getDelegateObject();
		if (command == null || !command.getClass().getName().startsWith(
			"org.toycov.commands.")) return;
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
		final boolean open = excludesMin(item);
		if ((open ? v > min : v >= min) && v <= max) return null;
		if (open && lo instanceof Number && !(hi instanceof Number)) return name +
			" must be > " + ModelException.show(min) + ", got " + ModelException.show(v);
		final String got = ", got " + ModelException.show(v);
		if (lo instanceof Number && hi instanceof Number) return name +
			" must be within [" + ModelException.show(min) + ", " + ModelException
				.show(max) + "]" + got;
		if (lo instanceof Number) return name + " must be >= " + ModelException
			.show(min) + got;
		return name + " must be <= " + ModelException.show(max) + got;
	}
}
