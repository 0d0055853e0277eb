package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.toycov.frontend.Inputs;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.CommandRunner;

/**
 * The annotations are the single description of every input, for Fiji's
 * SciJava dialog, the ImageJ 1 dialog, macros and the command line: each
 * input and output has a label and a description, each numeric input at
 * least a minimum. Read from the commands' ModuleInfo, as Fiji reads them.
 */
class ParameterAnnotationsTest {

	@Test
	void everyInputHasALabelADescriptionAndNumbersHaveBounds() {
		try (Context context = new Context(CommandService.class)) {
			final List<CommandInfo> commands = new CommandRunner(context)
				.toycovCommands();
			assertTrue(commands.size() >= 4, "commands: " + commands);
			final List<String> missing = new ArrayList<>();
			for (final CommandInfo info : commands) {
				final List<ModuleItem<?>> items = new ArrayList<>(Inputs.userInputs(
					info));
				for (final ModuleItem<?> o : info.outputs())
					items.add(o);
				for (final ModuleItem<?> item : items) {
					final String where = info.getTitle() + "." + item.getName();
					if (item.getLabel() == null || item.getLabel().isEmpty() || item
						.getLabel().equals(item.getName())) missing.add(where + ": label");
					if (item.getDescription() == null || item.getDescription().trim()
						.isEmpty()) missing.add(where + ": description");
					if (item.isInput() && Inputs.isNumber(item) && !(item
						.getMinimumValue() instanceof Number)) missing.add(where + ": min");
				}
			}
			assertEquals(new ArrayList<String>(), missing);
		}
	}
}
