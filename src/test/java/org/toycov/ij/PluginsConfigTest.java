package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.toycov.frontend.CommandRunner;

/** The menus ImageJ 1 builds from plugins.config, and nowhere else. */
class PluginsConfigTest {

	/** {menu, title, class("arg")} of a plugins.config line, or null. */
	static String[] entry(final String line) {
		final String l = line.trim();
		if (l.isEmpty() || l.startsWith("#")) return null;
		final int q1 = l.indexOf('"'), q2 = l.indexOf('"', q1 + 1);
		return new String[] { l.substring(0, l.indexOf(',')).trim(), l.substring(
			q1 + 1, q2), l.substring(l.indexOf(',', q2) + 1).trim() };
	}

	static List<String[]> entries(final String text) {
		final List<String[]> out = new ArrayList<>();
		for (final String line : text.split("\n")) {
			final String[] e = entry(line);
			if (e != null) out.add(e);
		}
		return out;
	}

	@Test
	void topLevelCopyIsTheResourcePackedAtTheJarRoot() throws Exception {
		assertEquals(ImageJ1.read("plugins.config"), ImageJ1.read(
			"src/main/resources/plugins.config"));
		assertNotNull(getClass().getResource("/plugins.config"));
	}

	@Test
	void everyTitleIsAPlugInEntryUnderPluginsToyCov() throws Exception {
		final List<String[]> entries = entries(ImageJ1.read("plugins.config"));
		final List<String> titles = new ArrayList<>();
		for (final String[] e : entries) {
			assertEquals("Plugins>ToyCov", e[0]);
			assertEquals(ToyCovPlugIn.class.getName() + "(\"" + e[1] + "\")", e[2]);
			titles.add(e[1]);
		}
		assertEquals(Arrays.asList("Covariance", "Chi2 Scan", "Constraint", "Chi2 Explorer",
			"Toy Experiments", "Tune Comparison", "Universe Covariance", "Signal Fit",
			"Feldman Cousins", "Hypothesis Test", "Goodness of Fit", "Merge Toys"), titles);
	}

	/**
	 * Each entry names a command (Chi2 Explorer may still be missing), and no
	 * ToyCov command declares a SciJava menu: in Fiji that would be a second
	 * menu item for the same command.
	 */
	@Test
	void commandsExistAndDeclareNoSecondMenu() throws Exception {
		try (Context context = new Context(CommandService.class)) {
			final CommandRunner runner = new CommandRunner(context);
			for (final String[] e : entries(ImageJ1.read("plugins.config"))) {
				if (e[1].equals("Chi2 Explorer")) continue;
				assertEquals(e[1], runner.find(e[1]).getTitle());
			}
			for (final CommandInfo info : runner.toycovCommands())
				assertTrue(info.getMenuPath() == null || info.getMenuPath().isEmpty(),
					info.getTitle() + " has a SciJava menu " + info.getMenuPath());
		}
	}
}
