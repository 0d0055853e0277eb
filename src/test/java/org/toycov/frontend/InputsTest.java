package org.toycov.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.toycov.analysis.ModelDescription;
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
		assertEquals("e_exp must be a finite number, got 1e400", fails("e_exp",
			"1e400"));
		assertEquals("e_exp must be a finite number, got -Infinity", fails("e_exp",
			"-Infinity"));
		// Java's own number forms are not numbers here, as in model files
		assertEquals("e_exp must be a number, got 1d", fails("e_exp", "1d"));
		assertEquals("e_exp must be a number, got 100F", fails("e_exp", "100F"));
		assertEquals("e_exp must be a number, got 0x1p3", fails("e_exp", "0x1p3"));
		assertEquals(150.0, convert("e_exp", "1.5e2"));
		// a bare key, as a macro's checkbox, reads as true
		assertEquals("e_exp needs a number: give e_exp=<number>", fails("e_exp",
			"true"));
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
		// the second file of an unbracketed list reads as a key: say how to give a list
		assertTrue(assertThrows(RunException.class, () -> Inputs.item(toys,
			"d2/flux.csv")).getMessage().endsWith("; a value with commas, such as a " +
				"list of files, goes in brackets: key=[a.csv,b.csv]"));
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

	/** The commands whose model needs a signal component ({@link Inputs#SIGNAL_MODEL}). */
	private static final String[] SIGNAL = { "Signal Fit", "Feldman Cousins",
		"Hypothesis Test", "Goodness of Fit" };

	@Test
	void theInterpretationCommandsHaveNoSeedKeys() {
		final CommandRunner runner = new CommandRunner(context);
		for (final String title : SIGNAL) {
			final CommandInfo info = runner.find(title);
			final List<String> keys = Inputs.userKeys(info);
			assertEquals("model", keys.get(0), title);
			for (final String k : ModelDescription.SEED_KEYS) {
				assertFalse(keys.contains(k), title + " " + k);
				final RunException e = assertThrows(RunException.class, () -> Inputs
					.item(info, k));
				assertTrue(e.getMessage().startsWith("unknown key " + k + " for \"" +
					title + "\" (keys: model, "), e.getMessage());
				assertFalse(HelpText.text(info).contains("  " + k + " "), title);
			}
			// NB: resolved, so neither SciJava's dialog in Fiji nor a preference sets them
			final Module m = runner.create(info, Collections.emptyMap());
			final Module f = context.service(ModuleService.class).createModule(info);
			new HiddenInputsPreprocessor().process(f);
			for (final String k : ModelDescription.SEED_KEYS) {
				assertTrue(m.isInputResolved(k), title + " " + k);
				assertTrue(f.isInputResolved(k), title + " " + k);
			}
			assertFalse(f.isInputResolved("model"), title);
		}
		// the other commands keep them
		for (final String title : new String[] { "Covariance", "Chi2 Scan",
			"Constraint", "Toy Experiments", "Tune Comparison" })
		{
			final CommandInfo info = runner.find(title);
			assertTrue(Inputs.userKeys(info).containsAll(ModelDescription.SEED_KEYS),
				title);
			assertTrue(HelpText.text(info).contains("  mu_exp "), title);
			final Module f = context.service(ModuleService.class).createModule(info);
			new HiddenInputsPreprocessor().process(f);
			assertFalse(f.isInputResolved("mu_exp"), title);
		}
	}

	@Test
	void theInterpretationCommandsNeedAModelFile() {
		final CommandRunner runner = new CommandRunner(context).display(false);
		for (final String title : SIGNAL) {
			final Map<String, String> args = new LinkedHashMap<>();
			args.put("show_charts", "false");
			final String message = assertThrows(RunException.class, () -> runner.run(
				runner.find(title), args)).getMessage();
			assertEquals("model: give a model file whose components mark the " +
				"signal (\"signal\": true), e.g. sample-data/binned-signal.json; \"" +
				title + "\" has no seed model", message);
			// NB: a seed key with a model file is an unknown key, not "give one or the other"
			args.put("model", "sample-data/binned-signal.json");
			args.put("e_obs", "3");
			assertTrue(assertThrows(RunException.class, () -> runner.run(runner.find(
				title), args)).getMessage().startsWith("unknown key e_obs for"), title);
		}
	}

	@Test
	void aValueInAMessageIsShownAsTheUserTypedIt() {
		final CommandRunner runner = new CommandRunner(context).display(false);
		final Map<String, String> args = new LinkedHashMap<>();
		args.put("e_obs", "1e308");
		assertEquals("the chi-square overflows: e_obs=1e308 is too far from " +
			"e_exp=100 for a double; give a smaller e_obs", assertThrows(
				RunException.class, () -> runner.run(runner.find("Covariance"), args))
					.getMessage());
		args.clear();
		args.put("mu_exp", " 1E308");
		assertEquals("the variance of mu is not finite (it overflows a double): " +
			"mu_exp=1E308 is too large; give a smaller value", assertThrows(
				RunException.class, () -> runner.run(runner.find("Chi2 Scan"), args))
					.getMessage());
		// only the key's own value: e_exp=100 (not typed) and a longer number stay
		assertEquals("a_b=1.0E308 x=1.0E3089 mu_exp=1e308", Inputs.asTyped(
			"a_b=1.0E308 x=1.0E3089 mu_exp=1.0E308", runner.find("Chi2 Scan"),
			Collections.singletonMap("mu_exp", "1e308")));
	}

	@Test
	void boundsReadAsPeopleWriteThem() {
		assertEquals("[-1, 1]", Inputs.bounds(Inputs.item(toys, "xsec_corr")));
		assertEquals(">= 0", Inputs.bounds(Inputs.item(toys, "mu_exp")));
		assertEquals("> 0", Inputs.bounds(Inputs.item(toys, "slice_halfwidth")));
		assertEquals("", Inputs.bounds(Inputs.item(toys, "model")));
	}
}
