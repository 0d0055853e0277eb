package org.toycov.ij;

import org.toycov.frontend.Inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.CommandRunner;

/** The dialog's field order and its channel choices. */
class DialogLayoutTest {

	@Test
	void expertFieldsComeLastUnderOneHeading() {
		try (Context context = new Context()) {
			final CommandInfo toys = new CommandRunner(context).find(
				"Toy Experiments");
			final List<ModuleItem<?>> ordered = DialogLayout.order(Inputs
				.userInputs(toys));
			final List<String> keys = ordered.stream().map(ModuleItem::getName)
				.collect(Collectors.toList());
			assertEquals(Inputs.userInputs(toys).size(), keys.size());
			assertEquals(Arrays.asList("threads", "negative", "save_summary",
				"first_toy"), keys.subList(keys.size() - 4, keys.size()));
			assertEquals("toys", keys.get(keys.indexOf("seed") - 1));
			int headings = 0;
			for (int i = 0; i < ordered.size(); i++)
				if (DialogLayout.headingBefore(ordered, i)) headings++;
			assertEquals(1, headings);
		}
	}

	@Test
	void channelChoicesComeFromTheModel() {
		try (Context context = new Context()) {
			final CommandRunner runner = new CommandRunner(context);
			final ModuleItem<?> constrained = runner.find("Constraint").getInput(
				"constrained");
			final ModuleItem<?> slice = runner.find("Toy Experiments").getInput(
				"slice_channel");
			assertTrue(ChannelChoices.isChannel(slice));
			assertEquals(Arrays.asList("e", "mu"), ChannelChoices.of(slice, ""));
			// sample-data/three-channel.json: channels e, mu and pi0
			assertEquals(Arrays.asList("e", "mu", "pi0"), ChannelChoices.of(slice,
				"sample-data/three-channel.json"));
			// sample-data/binned.json: two 10-bin channels; constrained takes a
			// channel or one bin, slice_channel one bin
			final List<String> binned = ChannelChoices.of(constrained,
				"sample-data/binned.json");
			assertEquals(Arrays.asList("e", "mu", "e_0", "e_1"), binned.subList(0,
				4));
			assertEquals(22, binned.size());
			assertNull(ChannelChoices.of(slice,
				"sample-data/no-such-model.json"));
			// the interpretation commands: no seed model; constrained starts at none, its default
			for (final String title : new String[] { "Signal Fit", "Feldman Cousins",
				"Hypothesis Test", "Goodness of Fit" })
			{
				final ModuleItem<?> c = runner.find(title).getInput("constrained");
				assertEquals(Arrays.asList("none"), ChannelChoices.of(c, ""), title);
				final List<String> signal = ChannelChoices.of(c,
					"sample-data/binned-signal.json");
				assertEquals(Arrays.asList("none", "e", "mu", "e_0"), signal.subList(0,
					4), title);
				assertEquals(23, signal.size(), title);
			}
		}
	}

	/** The Chi2 Explorer's remembered values (all its inputs, as text) apply again. */
	@Test
	void explorerMemoryAppliesToANewSession() {
		try (Context context = new Context()) {
			final CommandInfo explorer = new CommandRunner(context).find(
				"Chi2 Explorer");
			final InteractiveSession first = new InteractiveSession(context,
				explorer);
			first.change("mu_obs", "12000");
			DialogMemory.remember("Chi2 Explorer test", Inputs.text(first.module()));
			final InteractiveSession second = new InteractiveSession(context,
				explorer);
			DialogMemory.last("Chi2 Explorer test").forEach(second::change);
			assertEquals("12000", Inputs.text(second.module()).get("mu_obs"));
			assertEquals(Inputs.text(first.module()), Inputs.text(second.module()));
		}
	}

	/**
	 * Chi2 Scan with the MiniBooNE model: only what the command scans (its
	 * channels' single bins and scalar channels), never a binned channel
	 * (nue, numu), which it refuses; the remembered "e" of the seed's model
	 * is not offered either.
	 */
	@Test
	void scanChoicesAreWhatTheScanAccepts() {
		try (Context context = new Context()) {
			final ModuleItem<?> scan = new CommandRunner(context).find("Chi2 Scan")
				.getInput("scan_channel");
			final String file = "sample-data/miniboone-2018/miniboone-2018.json";
			final List<String> names = ChannelChoices.of(scan, file);
			final org.toycov.model.Model m = org.toycov.model.ModelFile.read(
				new java.io.File(file));
			for (final String n : names)
				m.indexOf("scan_channel", n); // NB: throws for a name it refuses
			assertEquals(Arrays.asList(m.channels()), names);
			assertTrue(names.contains("nue_10") && !names.contains("nue") && !names
				.contains("e"), names.toString());
		}
	}

	@Test
	void aPathFieldIsWideEnoughForAPath() {
		try (Context context = new Context()) {
			final CommandRunner runner = new CommandRunner(context);
			// Merge Toys' summaries asks for 36 columns (a folder, glob or file)
			assertEquals(36, DialogLayout.textColumns(runner.find("Merge Toys")
				.getInput("summaries")));
			// other text fields keep their width: lists 18, numbers 10
			assertEquals(18, DialogLayout.textColumns(runner.find(
				"Universe Covariance").getInput("universes")));
			assertEquals(10, DialogLayout.textColumns(runner.find("Toy Experiments")
				.getInput("toys")));
		}
	}
}
