package org.toycov.launch;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.HelpText;
import org.toycov.frontend.Inputs;
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
		sb.append("  bin/toycov --toys 1e6 --out DIR  the walk-through with fewer toys in steps 6-7 (default 1e8), its files in DIR\n");
		sb.append("                                   (default toycov-out; --toys and --out are for the walk-through only)\n");
		sb.append("  bin/toycov --help                this text\n");
		sb.append("Values may be quoted (stat=\"cnp\") or bracketed (model=[my model.json]);\n");
		sb.append("pairs are separated by commas or spaces, as in an ImageJ macro's run().\n");
		sb.append("Scalars are printed as name = value; tables of up to 50 rows and 20 columns\n");
		sb.append("are printed as CSV, larger ones written to toycov-out/<table>.csv. With\n");
		sb.append("output_dir=DIR every table and chart (PNG, SVG) is written there, all or nothing;\n");
		sb.append("charts are drawn only then (or in windows with show_charts=true).\n");
		sb.append("Exit status: 0 success, 1 bad input or a failed run, 2 internal error\n");
		sb.append("(TOYCOV_DEBUG=1 prints its trace), 130 interrupted (Ctrl-C; nothing is left behind).\n");
		final ModuleService modules = context.service(ModuleService.class);
		for (final CommandInfo info : runner.toycovCommands()) {
			sb.append("\nCommand \"").append(info.getTitle()).append("\"");
			if (info.getMenuPath() != null && !info.getMenuPath().isEmpty()) {
				sb.append("  (menu ").append(info.getMenuPath().getMenuString()).append(
					")");
			}
			sb.append('\n');
			// NB: what it computes and what its tables and charts mean: the same
			// source as the ImageJ dialog's Help (HelpText)
			final HelpText.Source source = HelpText.source(info);
			if (!source.paragraph.isEmpty()) sb.append(wrap(source.paragraph, "  "));
			final Module module = modules.createModule(info);
			for (final ModuleItem<?> item : info.inputs()) {
				if (!Inputs.isUserInput(item)) continue;
				sb.append(String.format("  %-18s %s%n", item.getName(), describe(item,
					module)));
			}
			for (final ModuleItem<?> item : info.outputs())
				sb.append(String.format("  scalar %s: %s%n", item.getName(), HelpText
					.meaning(item, true)));
			for (final String[] o : source.scalars)
				sb.append(String.format("  scalar %s: %s%n", o[0], o[1]));
			for (final String[] o : source.outputs)
				sb.append(String.format("  %s %s: %s%n", o[0], o[1], o[2]));
		}
		return sb.toString();
	}

	/** {@code text} in lines of at most 88 characters, each after {@code indent}. */
	private static String wrap(final String text, final String indent) {
		final StringBuilder sb = new StringBuilder(indent);
		int col = indent.length();
		for (final String word : text.split(" ")) {
			if (col > indent.length() && col + 1 + word.length() > 88) {
				sb.append('\n').append(indent);
				col = indent.length();
			}
			else if (col > indent.length()) {
				sb.append(' ');
				col++;
			}
			sb.append(word);
			col += word.length();
		}
		return sb.append('\n').toString();
	}

	private static String describe(final ModuleItem<?> item,
		final Module module)
	{
		final StringBuilder sb = new StringBuilder();
		final Object def = item.getValue(module);
		sb.append("default ").append(def == null || "".equals(def) ? "(none)" : def instanceof Number
			? Numbers.format(((Number) def).doubleValue()) : def.toString());
		final String bounds = Inputs.bounds(item);
		if (bounds.startsWith("[")) sb.append(", within ").append(bounds);
		else if (!bounds.isEmpty()) sb.append(", ").append(bounds);
		if (!Inputs.choices(item).isEmpty()) {
			sb.append(", one of ").append(String.join("|", Inputs.choices(item)));
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
