package org.toycov.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.toycov.service.ToyCovService;

/**
 * The one text-to-input conversion both front ends use, on the real
 * commands' inputs: strict types, bounds with the user's own text, unknown
 * keys, the model file against the seed's keys.
 */
class InputsTest {

	private static Context context;
	private static CommandInfo toys;

	@BeforeAll
	static void setUp() {
		context = new Context(CommandService.class, ToyCovService.class);
		toys = new CommandRunner(context).find("Toy Experiments");
	}

	@AfterAll
	static void tearDown() {
		context.dispose();
	}

	private static Object convert(final String key, final String text) {
		return Inputs.convert(Inputs.item(toys, key), text);
	}

	private static String fails(final String key, final String text) {
		return assertThrows(RunException.class, () -> convert(key, text))
			.getMessage();
	}

	@Test
	void wholeNumbersAsUsersTypeThem() {
		assertEquals(100_000_000L, convert("toys", "1e8"));
		assertEquals(7L, convert("seed", " 7 "));
		assertEquals("toys must be a whole number, got 1.5", fails("toys", "1.5"));
		assertEquals("toys must be within [1, 1000000000000000], got 1e20", fails(
			"toys", "1e20"));
		assertEquals("toys must be within [1, 1000000000000000], got 0", fails(
			"toys", "0"));
		assertEquals("threads must be within [0, 1024], got 2000", fails("threads",
			"2000"));
		assertEquals("seed must be a number, got abc", fails("seed", "abc"));
	}

	@Test
	void numbersChoicesSwitchesFiles() {
		assertEquals(0.25, convert("xsec_corr", "0.25"));
		assertEquals("xsec_corr must be within [-1, 1], got 1.5", fails(
			"xsec_corr", "1.5"));
		assertEquals("slice_halfwidth must be > 0, got 0", fails("slice_halfwidth",
			"0"));
		assertEquals("mu_obs must be a number, got NaN", fails("mu_obs", "NaN"));
		assertEquals("negative must be one of truncate, redraw, error, got clip",
			fails("negative", "clip"));
		assertEquals(false, convert("show_charts", "FALSE"));
		assertEquals("show_charts must be true or false, got yes", fails(
			"show_charts", "yes"));
		assertEquals(new File("a b.json"), convert("model", "a b.json"));
		assertEquals(null, convert("model", ""));
	}

	@Test
	void unknownKeysNameTheKeys() {
		final RunException e = assertThrows(RunException.class, () -> Inputs.item(
			toys, "tosy"));
		assertTrue(e.getMessage().startsWith("unknown key tosy for \"Toy " +
			"Experiments\" (keys: model, mu_exp, "), e.getMessage());
		// a service is no key
		assertThrows(RunException.class, () -> Inputs.item(toys, "toycov"));
	}

	@Test
	void aModelFileReplacesTheSeedsKeys() {
		final Map<String, String> args = new LinkedHashMap<>();
		args.put("model", "m.json");
		args.put("mu_obs", "9000");
		args.put("toys", "10");
		assertEquals("model replaces the ten keys of the seed's model; give the " +
			"model file or the keys, not both (got model and mu_obs)", assertThrows(
				RunException.class, () -> Inputs.checkModelKeys(args)).getMessage());
		assertTrue(Inputs.replacedByModel("mu_obs", args));
		assertEquals(false, Inputs.replacedByModel("toys", args));
		Inputs.checkModelKeys(Collections.singletonMap("mu_obs", "9000"));
	}

	@Test
	void boundsReadAsPeopleWriteThem() {
		assertEquals("[-1, 1]", Inputs.bounds(Inputs.item(toys, "xsec_corr")));
		assertEquals(">= 0", Inputs.bounds(Inputs.item(toys, "mu_exp")));
		assertEquals("> 0", Inputs.bounds(Inputs.item(toys, "slice_halfwidth")));
		assertEquals("", Inputs.bounds(Inputs.item(toys, "model")));
	}
}
