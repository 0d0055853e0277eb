package org.toycov.ij;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.Inputs;

/**
 * A command's help from one source: what it computes and what its tables and
 * charts mean come from the resource {@code org/toycov/help/<Class>.txt}
 * (see its README.txt), each input and scalar output from its
 * {@code @Parameter} description. {@link #html} is the ImageJ dialog's Help;
 * {@link #text} is the same help as plain text, for {@code --help}. Plain
 * SciJava, no ImageJ, so either front end can use it.
 */
public final class HelpText {

	private HelpText() {}

	/** The paragraph and the table and chart lines of a command's help resource. */
	static final class Source {

		final String paragraph;
		/** {kind ("table" or "chart"), name, meaning}. */
		final List<String[]> outputs = new ArrayList<>();

		Source(final String text) {
			final StringBuilder p = new StringBuilder();
			for (final String line : text.split("\n")) {
				final String l = line.trim();
				if ((l.startsWith("table ") || l.startsWith("chart ")) && l.indexOf(
					':') > 0)
				{
					final int colon = l.indexOf(':');
					outputs.add(new String[] { l.substring(0, 5), l.substring(6, colon)
						.trim(), l.substring(colon + 1).trim() });
				}
				else if (!l.isEmpty()) p.append(p.length() == 0 ? "" : " ").append(l);
			}
			paragraph = p.toString();
		}
	}

	/** The help resource of the command {@code info} runs; empty if none. */
	static Source source(final ModuleInfo info) {
		final String cls = info.getDelegateClassName();
		final String name = "/org/toycov/help/" + cls.substring(cls.lastIndexOf(
			'.') + 1) + ".txt";
		try (InputStream in = HelpText.class.getResourceAsStream(name)) {
			if (in == null) return new Source("");
			final StringBuilder sb = new StringBuilder();
			try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
				StandardCharsets.UTF_8)))
			{
				for (String line; (line = r.readLine()) != null;)
					sb.append(line).append('\n');
			}
			return new Source(sb.toString());
		}
		catch (final IOException exc) {
			throw new UncheckedIOException(exc);
		}
	}

	/**
	 * The description of an item without its leading {@code "key: "} and
	 * without the command line's own notes ({@code "(bin/toycov: ...)"}).
	 */
	public static String meaning(final ModuleItem<?> item, final boolean cli) {
		String d = item.getDescription() == null ? "" : item.getDescription();
		if (d.startsWith(item.getName() + ":")) d = d.substring(item.getName()
			.length() + 1).trim();
		if (!cli) d = d.replaceAll("\\s*\\(bin/toycov:[^)]*\\)", "");
		return d;
	}

	/** The label of an input: its {@code label}, else its key. */
	static String label(final ModuleItem<?> item) {
		final String l = item.getLabel();
		return l == null || l.isEmpty() ? item.getName() : l;
	}

	/** The help as plain text (paragraph, inputs, outputs), for {@code --help}. */
	public static String text(final ModuleInfo info) {
		final Source s = source(info);
		final StringBuilder sb = new StringBuilder(s.paragraph).append("\n");
		sb.append("Inputs:\n");
		for (final ModuleItem<?> item : Inputs.userInputs(info))
			sb.append(String.format("  %-18s %s%n", item.getName(), meaning(item,
				true)));
		sb.append("Scalar outputs:\n");
		for (final ModuleItem<?> item : info.outputs())
			sb.append(String.format("  %-18s %s%n", item.getName(), meaning(item,
				true)));
		for (final String[] o : s.outputs)
			sb.append(String.format("  %-5s %-18s %s%n", o[0], o[1], o[2]));
		return sb.toString();
	}

	/**
	 * The dialog's Help: what the command computes, then every input (field,
	 * key, value now, bounds, meaning) and every output with its meaning, and
	 * how to run it from a macro and cancel it.
	 */
	public static String html(final ModuleInfo info,
		final Map<String, String> values)
	{
		final Source s = source(info);
		final StringBuilder sb = new StringBuilder("<html><h2>").append(esc(info
			.getTitle())).append("</h2>");
		if (!s.paragraph.isEmpty()) sb.append("<p>").append(esc(s.paragraph))
			.append("</p>");
		sb.append("<h3>Inputs</h3><table border=1 cellpadding=3>" +
			"<tr><th>field</th><th>key</th><th>value</th><th>bounds</th>" +
			"<th>meaning</th></tr>");
		for (final ModuleItem<?> item : Inputs.userInputs(info)) {
			final List<String> choices = Inputs.choices(item);
			final String bounds = choices.isEmpty() ? Inputs.bounds(item) : String
				.join(", ", choices);
			sb.append("<tr><td>").append(esc(label(item))).append(
				"</td><td><code>").append(esc(item.getName())).append(
					"</code></td><td>").append(esc(values.getOrDefault(item.getName(),
						""))).append("</td><td>").append(esc(bounds)).append("</td><td>")
				.append(esc(meaning(item, false))).append("</td></tr>");
		}
		sb.append("</table><h3>Outputs</h3><table border=1 cellpadding=3>" +
			"<tr><th>output</th><th>where</th><th>meaning</th></tr>");
		for (final ModuleItem<?> item : info.outputs())
			sb.append("<tr><td><code>").append(esc(item.getName())).append(
				"</code></td><td>a row of <code>").append(Outputs.SCALARS).append(
					"</code></td><td>").append(esc(meaning(item, false))).append(
						"</td></tr>");
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
