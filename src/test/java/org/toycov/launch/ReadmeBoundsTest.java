package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.Inputs;

/**
 * README's key tables and {@code --help} (and the dialogs, which show the same
 * {@link Inputs#bounds}) agree on every numeric key's bounds.
 */
class ReadmeBoundsTest {

	@Test
	void readmeTablesStateTheAnnotatedBounds() throws Exception {
		final String readme = new String(Files.readAllBytes(Paths.get(
			"README.md")), StandardCharsets.UTF_8);
		// | `key` | default | bounds | meaning |
		final Matcher m = Pattern.compile("(?m)^\\| `(\\w+)` \\| [^|]* \\| ([^|]*) \\| [^|]*\\|$")
			.matcher(readme);
		final Map<String, String> documented = new LinkedHashMap<>();
		while (m.find())
			documented.put(m.group(1), m.group(2).trim().replace(", whole", ""));
		assertTrue(documented.containsKey("toys") && documented.containsKey(
			"xsec_corr"), documented.toString());
		int checked = 0;
		try (Context context = new Context(CommandService.class)) {
			for (final CommandInfo info : new CommandRunner(context)
				.toycovCommands())
			{
				// NB: the explorer's sliders have their own ranges, given in its prose
				if (info.getTitle().equals("Chi2 Explorer")) continue;
				for (final ModuleItem<?> item : Inputs.userInputs(info)) {
					if (!Inputs.isNumber(item)) continue;
					final String key = item.getName();
					assertTrue(documented.containsKey(key), key + " of \"" + info
						.getTitle() + "\" is in no README table");
					assertEquals(Inputs.bounds(item), documented.get(key), key + " of \"" +
						info.getTitle() + "\"");
					checked++;
				}
			}
		}
		assertTrue(checked > 20, "" + checked);
	}
}
