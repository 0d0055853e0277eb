package org.toycov.frontend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;

/**
 * A command's help from one source: what it computes and what its tables and
 * charts mean come from the resource {@code org/toycov/help/<Class>.txt}
 * (see its README.txt), each input and scalar output from its
 * {@code @Parameter} description. {@link #text} is the plain text for
 * {@code --help}; the ImageJ dialog's Help is made from the same parts. Plain
 * SciJava, no ImageJ, so either front end can use it.
 */
public final class HelpText {

	private HelpText() {}

	/** The paragraph and the table and chart lines of a command's help resource. */
	public static final class Source {

		public final String paragraph;
		/** {kind ("table" or "chart"), name, meaning}. */
		public final List<String[]> outputs = new ArrayList<>();
		/**
		 * {name, meaning} of scalars a command names at run time (one per
		 * confidence level: {@code x_lower_<level>}), from "scalar" lines.
		 */
		public final List<String[]> scalars = new ArrayList<>();

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
				else if (l.startsWith("scalar ") && l.indexOf(':') > 0) {
					final int colon = l.indexOf(':');
					scalars.add(new String[] { l.substring(7, colon).trim(), l.substring(
						colon + 1).trim() });
				}
				else if (!l.isEmpty()) p.append(p.length() == 0 ? "" : " ").append(l);
			}
			paragraph = p.toString();
		}
	}

	/** The help resource of the command {@code info} runs; empty if none. */
	public static Source source(final ModuleInfo info) {
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
	public static String label(final ModuleItem<?> item) {
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
		for (final String[] o : s.scalars)
			sb.append(String.format("  %-18s %s%n", o[0], o[1]));
		for (final String[] o : s.outputs)
			sb.append(String.format("  %-5s %-18s %s%n", o[0], o[1], o[2]));
		return sb.toString();
	}
}
