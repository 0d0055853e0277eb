package org.toycov.ij;

import org.toycov.frontend.HelpText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunArguments;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Table;

/**
 * The help of every command says what it computes and names exactly the
 * tables and charts a run of it produces.
 */
class HelpTextTest {

	private static final List<String> INTERPRETATION = Arrays.asList(
		"Signal Fit", "Feldman Cousins", "Hypothesis Test", "Goodness of Fit");

	@Test
	void helpNamesEveryTableAndChartACommandMakes() {
		try (Context context = new Context()) {
			final CommandRunner runner = new CommandRunner(context);
			for (final CommandInfo info : runner.toycovCommands()) {
				final HelpText.Source s = HelpText.source(info);
				assertTrue(s.paragraph.length() > 100, info.getTitle() + ": " +
					s.paragraph);
				if (CommandBridge.isInteractive(info)) continue;
				final Map<String, String> args = new HashMap<>();
				args.put("show_charts", "false");
				if (info.getInput("toys") != null) args.put("toys", "2000");
				// NB: the interpretation commands need a model with a signal component
				if (INTERPRETATION.contains(info.getTitle())) args.put("model",
					"sample-data/binned-signal.json");
				if (info.getInput("summaries") != null) args.put("summaries", summary(
					runner));
				if (info.getInput("central_value") != null) {
					args.put("central_value", "sample-data/universes/central_value.csv");
					args.put("universes",
						"sample-data/universes/flux.csv,sample-data/universes/xsec.csv");
				}
				// NB: a line ending "[with k=v,...]" names an output made only with those inputs
				final Map<String, List<String>> told = new TreeMap<>();
				for (final String[] o : s.outputs) {
					final int w = o[2].lastIndexOf("[with ");
					final String when = w < 0 ? "" : o[2].substring(w + 6, o[2]
						.length() - 1);
					for (final String source : new String[] { "flux", "xsec" }) {
						told.computeIfAbsent(when, k -> new ArrayList<>()).add(o[0] + " " +
							o[1].replace("<source>", source));
						if (!o[1].contains("<source>")) break;
					}
				}
				final List<String> always = told.getOrDefault("", new ArrayList<>());
				for (final String when : told.keySet()) {
					final Map<String, String> a = new HashMap<>(args);
					a.putAll(RunArguments.parse(when));
					final Module m = runner.run(info, a);
					// the scalars a command names at run time, one per level
					if (when.isEmpty()) for (final String[] sc : s.scalars) {
						final String re = java.util.regex.Pattern.quote(sc[0]).replace(
							"<level>", "\\E[0-9_]+\\Q");
						assertTrue(RunOutputs.scalars(m).keySet().stream().anyMatch(k -> k
							.matches(re)), info.getTitle() + " " + sc[0] + " " + RunOutputs
								.scalars(m).keySet());
					}
					final List<String> made = new ArrayList<>();
					for (final Table t : RunOutputs.tables(m))
						made.add("table " + t.name());
					for (final Chart c : RunOutputs.charts(m))
						made.add("chart " + c.name());
					final TreeSet<String> expected = new TreeSet<>(always);
					expected.addAll(told.get(when));
					assertEquals(expected, new TreeSet<>(made), info.getTitle() + " " +
						when);
				}
				final List<String> made = new ArrayList<>();
				for (final List<String> l : told.values())
					made.addAll(l);
				final String html = HelpPage.html(info, new HashMap<>());
				for (final String o : made)
					assertTrue(html.contains(o.substring(6).replaceAll("^(flux|xsec)_",
						"&lt;source&gt;_")), o);
			}
		}
	}

	/** A Toy Experiments summary file for Merge Toys to merge. */
	private static String summary(final CommandRunner runner) {
		try {
			final File f = File.createTempFile("help", ".toys");
			f.deleteOnExit();
			final Map<String, String> args = new HashMap<>();
			args.put("toys", "2000");
			args.put("show_charts", "false");
			args.put("save_summary", f.getPath());
			runner.run(runner.find("Toy Experiments"), args);
			return f.getPath();
		}
		catch (final java.io.IOException exc) {
			throw new java.io.UncheckedIOException(exc);
		}
	}

	@Test
	void imageJHelpLeavesOutTheCommandLinesNotes() throws Exception {
		try (Context context = new Context()) {
			final CommandInfo cov = new CommandRunner(context).find("Covariance");
			final String html = HelpPage.html(cov, new HashMap<>());
			assertFalse(html.contains("bin/toycov"), html);
			assertTrue(html.contains("open each chart in a window when there is a display.</td>"), html);
			assertTrue(HelpText.text(cov).contains("bin/toycov: only when given as true"));
		}
	}

	@Test
	void imageJHelpListsTheInputsInTheDialogsOrder() throws Exception {
		try (Context context = new Context()) {
			final CommandInfo ht = new CommandRunner(context).find("Hypothesis Test");
			final String html = HelpPage.html(ht, new HashMap<>());
			// the dialog puts threads, negative, first_toy and save_summary last, under "Advanced"
			final int x1 = html.indexOf("<code>x1</code>"), threads = html.indexOf("<code>threads</code>"),
				save = html.indexOf("<code>save_summary</code>");
			assertTrue(x1 > 0 && threads > x1 && save > x1, html);
		}
	}
}
