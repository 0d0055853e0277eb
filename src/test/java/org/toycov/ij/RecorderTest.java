package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import ij.plugin.frame.Recorder;

import org.toycov.frontend.Inputs;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;
import org.toycov.frontend.CommandRunner;
import org.toycov.service.ToyCovService;

/** What the macro recorder writes when a user runs a command from its dialog. */
class RecorderTest {

	private static final String CHI2_SCAN_DEFAULTS = "mu_exp=10000 e_exp=100 " +
		"mu_xsec_frac_err=0.1 e_xsec_frac_err=0.1 xsec_corr=1 mu_reco_frac_err=0.1 " +
		"e_reco_frac_err=0 reco_corr=0 mu_obs=9000 e_obs=100 show_charts=true " +
		"e_obs_min=50 e_obs_max=150 e_obs_step=1 scan_channel=e stat=pearson";

	@Test
	void optionsUseTheSnakeCaseKeysAndReadBack() {
		try (Context context = new Context(CommandService.class,
			ToyCovService.class))
		{
			final CommandInfo info = new CommandRunner(context).find("Chi2 Scan");
			final Map<String, String> values = Inputs.text(context.service(
				ModuleService.class).createModule(info));
			assertEquals(CHI2_SCAN_DEFAULTS, MacroOptions.format(info, values));
			values.put("model", "/data/my model.json");
			// NB: a model file replaces the ten keys: recording them would make the line fail
			assertEquals("model=[/data/my model.json] show_charts=true e_obs_min=50 " +
				"e_obs_max=150 e_obs_step=1 scan_channel=e stat=pearson", MacroOptions
					.format(info, values));
			org.toycov.frontend.Inputs.checkModelKeys(org.toycov.frontend.RunArguments.parse(
				MacroOptions.format(info, values)));
			// NB: the recorded line runs again, as a macro, to the same values
			final Map<String, String> back = org.toycov.frontend.RunArguments.parse(
				MacroOptions.format(info, values));
			for (final Map.Entry<String, String> e : back.entrySet())
				assertEquals(values.get(e.getKey()), e.getValue(), e.getKey());
		}
	}

	/** ImageJ's own recorder, given the options, writes the same string. */
	@Test
	void imageJRecorderGetsTheSameOptions() {
		try (Context context = new Context(CommandService.class,
			ToyCovService.class))
		{
			final CommandInfo info = new CommandRunner(context).find("Chi2 Scan");
			final Map<String, String> values = Inputs.text(context.service(
				ModuleService.class).createModule(info));
			final boolean was = Recorder.record;
			Recorder.record = true;
			try {
				Recorder.setCommand("Chi2 Scan");
				MacroOptions.record(info, values);
				assertEquals(CHI2_SCAN_DEFAULTS, Recorder.getCommandOptions().trim());
			}
			finally {
				Recorder.setCommand(null);
				Recorder.record = was;
			}
		}
	}
}
