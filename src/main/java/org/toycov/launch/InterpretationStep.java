package org.toycov.launch;

import java.io.PrintStream;
import java.util.Map;

import org.scijava.module.Module;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Numbers;

/**
 * The main job's interpretation step (issue 12) on
 * {@code sample-data/binned-signal.json}: the signal fit, a small Feldman-Cousins
 * construction (11 grid strengths x 2000 toys), a hypothesis test of x = 0 against
 * x = 1 and the goodness-of-fit decomposition, each number printed and each chart
 * written under the walk-through's output folder. A few seconds.
 */
final class InterpretationStep {

	private InterpretationStep() {}

	/** The step's folder under the walk-through's output folder. */
	static final String FOLDER = "9-interpretation";

	static void run(final SeedWalkthrough walk, final PrintStream out,
		final String data)
	{
		final String model = "model=[" + data + "/binned-signal.json]";
		walk.heading("9. Interpretation: the signal strength x of " + data +
			"/binned-signal.json (mu(x) = background + x signal)");
		Module m = walk.step(FOLDER, "Signal Fit", model +
			",x_max=3,x_step=0.05");
		print(out, m, "signal fit", "x_best", "chi2_min", "x_lower_1sigma",
			"x_upper_1sigma");
		m = walk.step(FOLDER, "Feldman Cousins", model +
			",cl=[0.683 0.9],x_max=2,x_step=0.2,toys=2000,seed=1");
		print(out, m, "Feldman-Cousins, 11 strengths x 2000 toys", "x_lower_68_3",
			"x_upper_68_3", "x_lower_90", "x_upper_90", "asimov_x_upper_90");
		m = walk.step(FOLDER, "Hypothesis Test", model +
			",x0=0,x1=1,toys=20000,seed=1");
		print(out, m, "x = 0 against x = 1, 20000 toys each", "p_x0", "p_x1",
			"cls", "significance_x0", "median_significance");
		m = walk.step(FOLDER, "Goodness of Fit", model + ",x=0");
		print(out, m, "goodness of fit of the background alone", "chi2", "ndf",
			"p_value", "flagged_count");
	}

	private static void print(final PrintStream out, final Module m,
		final String label, final String... keys)
	{
		final Map<String, Object> scalars = RunOutputs.scalars(m);
		for (final String k : keys) {
			final Object v = scalars.get(k);
			out.println(label + ": " + k + " = " + (v instanceof Number ? Numbers
				.format(((Number) v).doubleValue()) : String.valueOf(v)));
		}
	}
}
