package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;
import org.toycov.analysis.ModelDescription;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.Inputs;
import org.toycov.frontend.RunException;

/** A run from a dialog: what it passes on, and how its message box reads. */
class DialogRunTest {

	/**
	 * The review's case: Chi2 Scan's dialog with the MiniBooNE model file typed
	 * in and the ten seed fields blanked failed with "model replaces the ten
	 * keys"; the dialog's run leaves them out and goes ahead.
	 */
	@Test
	void aModelFileInTheDialogIgnoresTheSeedFields() {
		try (Context context = new Context()) {
			final CommandRunner runner = new CommandRunner(context).display(false);
			final CommandInfo info = runner.find("Chi2 Scan");
			final Map<String, String> values = Inputs.text(context.service(
				ModuleService.class).createModule(info));
			values.put("model", "sample-data/miniboone-2018/miniboone-2018.json");
			values.put("scan_channel", "nue_0");
			values.put("show_charts", "false");
			values.put("mu_exp", ""); // NB: a blanked field is still a field
			assertThrows(RunException.class, () -> Inputs.checkModelKeys(values));
			final Map<String, String> args = CommandBridge.runArguments(values);
			for (final String k : ModelDescription.SEED_KEYS)
				assertFalse(args.containsKey(k), k);
			assertEquals("nue_0", args.get("scan_channel"));
			final Module m = runner.run(info, args);
			final double best = ((Number) m.getOutput("obs_at_min")).doubleValue();
			assertTrue(best >= 50 && best <= 150, "obs_at_min " + best);
			// NB: and the recorded line is the model and the other keys only
			assertEquals("model=sample-data/miniboone-2018/miniboone-2018.json " +
				"show_charts=false e_obs_min=50 e_obs_max=150 e_obs_step=1 " +
				"scan_channel=nue_0 stat=pearson", MacroOptions.format(info, values));
		}
	}

	/** The review's message box was 1617 px wide on a 1366 px screen. */
	@Test
	void longMessagesWrap() {
		final String line = "Model file (model) replaces the ten " +
			"keys of the seed's model; give the model file or the keys, not both " +
			"(got model and mu_exp, e_exp, mu_xsec_frac_err, e_xsec_frac_err, " +
			"xsec_corr, mu_reco_frac_err, e_reco_frac_err, reco_corr, mu_obs, e_obs)";
		final String wrapped = Report.wrap(line, Report.LINE);
		for (final String l : wrapped.split("\n"))
			assertTrue(l.length() <= Report.LINE, l);
		assertEquals(line, wrapped.replace('\n', ' '));
		assertEquals("a\nlong-word\nb c", Report.wrap("a long-word b c", 4));
		assertEquals("short", Report.wrap("short", Report.LINE));
	}
}
