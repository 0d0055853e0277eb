package org.toycov.commands;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.toycov.service.ToyCovService;

/**
 * What the command tests share: one SciJava context per test class with the
 * command service and ToyCov's service, and a command run as a script runs it
 * (preprocessors and postprocessors included).
 */
abstract class CommandTestBase {

	static Context context;
	static CommandService commands;

	@BeforeAll
	static void createContext() {
		context = new Context(CommandService.class, ToyCovService.class);
		commands = context.service(CommandService.class);
	}

	@AfterAll
	static void disposeContext() {
		context.dispose();
	}

	/** Runs command {@code c} with {@code inputs} (key, value, ...) to its end. */
	static CommandModule run(final Class<? extends Command> c,
		final Object... inputs) throws Exception
	{
		return commands.run(c, true, inputs).get();
	}
}
