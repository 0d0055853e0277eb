package org.toycov.ij;

import java.util.List;
import java.util.Map;

import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.HelpText;
import org.toycov.frontend.Inputs;

/** The ImageJ dialog's Help page: {@link HelpText}'s parts as HTML. */
final class HelpPage {

	private HelpPage() {}

	/**
	 * The dialog's Help: what the command computes, then every input (field,
	 * key, value now, bounds, meaning) and every output with its meaning, and
	 * how to run it from a macro and cancel it.
	 */
	public static String html(final ModuleInfo info,
		final Map<String, String> values)
	{
		final HelpText.Source s = HelpText.source(info);
		final StringBuilder sb = new StringBuilder("<html><h2>").append(esc(info
			.getTitle())).append("</h2>");
		if (!s.paragraph.isEmpty()) sb.append("<p>").append(esc(s.paragraph))
			.append("</p>");
		sb.append("<h3>Inputs</h3><table border=1 cellpadding=3>" +
			"<tr><th>field</th><th>key</th><th>value</th><th>bounds</th>" +
			"<th>meaning</th></tr>");
		// NB: in the dialog's order (DialogLayout), so the page reads alongside it
		for (final ModuleItem<?> item : DialogLayout.order(Inputs.userInputs(info))) {
			final List<String> choices = Inputs.choices(item);
			final String bounds = choices.isEmpty() ? Inputs.bounds(item) : String
				.join(", ", choices);
			sb.append("<tr><td>").append(esc(HelpText.label(item))).append(
				"</td><td><code>").append(esc(item.getName())).append(
					"</code></td><td>").append(esc(values.getOrDefault(item.getName(),
						""))).append("</td><td>").append(esc(bounds)).append("</td><td>")
				.append(esc(HelpText.meaning(item, false))).append("</td></tr>");
		}
		sb.append("</table><h3>Outputs</h3><table border=1 cellpadding=3>" +
			"<tr><th>output</th><th>where</th><th>meaning</th></tr>");
		for (final ModuleItem<?> item : info.outputs())
			sb.append("<tr><td><code>").append(esc(item.getName())).append(
				"</code></td><td>a row of <code>").append(Outputs.SCALARS).append(
					"</code></td><td>").append(esc(HelpText.meaning(item, false))).append(
						"</td></tr>");
		for (final String[] o : s.scalars)
			sb.append("<tr><td><code>").append(esc(o[0])).append(
				"</code></td><td>a row of <code>").append(Outputs.SCALARS).append(
					"</code></td><td>").append(esc(o[1])).append("</td></tr>");
		for (final String[] o : s.outputs)
			sb.append("<tr><td><code>").append(esc(o[1])).append("</code></td><td>")
				.append(o[0].equals("table") ? "a table window" : "a chart window")
				.append("</td><td>").append(esc(o[2])).append("</td></tr>");
		sb.append("</table><p>Macro: <code>run(\"").append(esc(info.getTitle()))
			.append("\", \"key=value ...\")</code>; keys not given keep their " +
				"defaults. A scalar is read with <code>call(\"org.toycov.ij.Macros." +
				"scalar\", \"name\")</code>, a table cell with <code>Table.get(" +
				"column, row, table)</code>. A long run shows a progress window " +
				"whose Cancel button (or Esc) stops it.</p></html>");
		return sb.toString();
	}

	private static String esc(final String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
