package org.toycov.launch;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.toycov.commands.BoundsPreprocessor;
import org.toycov.outputs.Numbers;

/** {@code bin/toycov --help}, generated from the commands' annotations. */
final class Help {

	private Help() {}

	static String text(final CommandRunner runner, final Context context) {
		final StringBuilder sb = new StringBuilder();
		sb.append("Usage:\n");
		sb.append("  bin/toycov                       the seed walk-through on sample-data/, tables in toycov-out/\n");
		sb.append("  bin/toycov --headless --run \"Title\" \"key=value,key=value\"\n");
		sb.append("                                   run one command; keys not given keep their defaults\n");
		sb.append("  bin/toycov --toys 1e6 --out DIR  the walk-through with fewer toys (default 1e8), elsewhere\n");
		sb.append("  bin/toycov --help                this text\n");
		sb.append("Values may be quoted (stat=\"cnp\") or bracketed (model=[my model.json]);\n");
		sb.append("pairs are separated by commas or spaces, as in an ImageJ macro's run().\n");
		sb.append("Exit status: 0 success, 1 bad input or a failed run, 2 internal error.\n");
		final ModuleService modules = context.service(ModuleService.class);
		for (final CommandInfo info : runner.toycovCommands()) {
			sb.append("\nCommand \"").append(info.getTitle()).append("\"");
			if (info.getMenuPath() != null && !info.getMenuPath().isEmpty()) {
				sb.append("  (menu ").append(info.getMenuPath().getMenuString()).append(
					")");
			}
			sb.append('\n');
			final Module module = modules.createModule(info);
			for (final ModuleItem<?> item : info.inputs()) {
				if (!CommandRunner.isUserInput(item)) continue;
				sb.append(String.format("  %-18s %s%n", item.getName(), describe(item,
					module)));
			}
			boolean first = true;
			for (final ModuleItem<?> item : info.outputs()) {
				sb.append(first ? "  outputs: " : ", ").append(item.getName());
				first = false;
			}
			if (!first) sb.append('\n');
		}
		return sb.toString();
	}

	private static String num(final Object n) {
		return Numbers.format(((Number) n).doubleValue());
	}

	private static String describe(final ModuleItem<?> item,
		final Module module)
	{
		final StringBuilder sb = new StringBuilder();
		final Object def = item.getValue(module);
		sb.append("default ").append(def == null ? "(none)" : def instanceof Number
			? Numbers.format(((Number) def).doubleValue()) : def.toString());
		final Object min = item.getMinimumValue(), max = item.getMaximumValue();
		if (min instanceof Number && max instanceof Number) sb.append(
			", within [").append(num(min)).append(", ").append(num(max)).append(']');
		else if (min instanceof Number) sb.append(BoundsPreprocessor.excludesMin(
			item) ? ", > " : ", >= ").append(num(min));
		else if (max instanceof Number) sb.append(", <= ").append(num(max));
		if (!CommandRunner.choices(item).isEmpty()) {
			sb.append(", one of ").append(String.join("|", CommandRunner.choices(
				item)));
		}
		final String d = item.getDescription();
		if (d != null && !d.isEmpty()) {
			// NB: descriptions start with "key: "; the key is already printed.
			sb.append(" -- ").append(d.startsWith(item.getName() + ": ") ? d
				.substring(item.getName().length() + 2) : d);
		}
		return sb.toString();
	}
}
