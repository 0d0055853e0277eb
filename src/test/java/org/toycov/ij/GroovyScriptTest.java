package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;

/**
 * scripts/toy_slice_mean.groovy runs through SciJava's ScriptService (Groovy
 * found through javax.script, groovy-jsr223) and reads slice_mean from the
 * module "Toy Experiments" returns.
 */
class GroovyScriptTest {

	/**
	 * Groovy for SciJava, as Fiji's scripting-groovy provides it (not on
	 * Maven Central): the javax.script engine of groovy-jsr223, adapted.
	 * scijava-common does not list javax.script engines by itself.
	 */
	@Plugin(type = ScriptLanguage.class, name = "Groovy")
	public static class Groovy extends AdaptedScriptLanguage {

		public Groovy() {
			super("groovy");
		}
	}

	@Test
	void scriptReadsTheSliceMean() throws Exception {
		try (Context context = new Context()) {
			final ScriptService scripts = context.service(ScriptService.class);
			final ScriptModule m = scripts.run(new File(
				"scripts/toy_slice_mean.groovy"), true).get();
			assertEquals("groovy", m.getInfo().getLanguage().getLanguageName()
				.toLowerCase());
			final double mean = (Double) m.getOutput("slice_mean");
			final double error = (Double) m.getOutput("slice_mean_error");
			// the conditional mean of n_e given n_mu = 9000 (seed cells 21-27)
			final double expected = 100 - 1e4 / 2.01e6 * 1000;
			assertEquals(expected, mean, 4 * error, "slice_mean " + mean + " +- " +
				error);
		}
	}
}
