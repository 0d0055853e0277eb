package org.toycov.launch;

import java.io.File;
import java.io.PrintStream;
import java.util.Map;

import org.scijava.module.Module;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunArguments;
import org.toycov.frontend.RunOutputs;
import org.toycov.model.Model;
import org.toycov.model.ModelFile;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Table;
import org.toycov.stats.ConstrainedExcess;
import org.toycov.stats.StatTerm;

/**
 * The main job's MiniBooNE step: the seed's muon constraint on real data
 * ({@code sample-data/miniboone-2018}). The Constraint command writes its
 * tables and charts (against E_QE in MeV); {@link ConstrainedExcess} gives
 * the numbers of the release's SOURCE.md, printed beside them and written as
 * the table {@code miniboone_excess}.
 */
final class MiniBooNEStep {

	private MiniBooNEStep() {}

	/** The step's folder under the walk-through's output folder. */
	static final String FOLDER = "8-miniboone";

	/** Excess summed up to this upper bin edge (MeV): the first 9 bins, 200-1250 MeV. */
	static final double UP_TO = 1250;

	static void run(final CommandRunner runner, final PrintStream out,
		final PrintStream err, final File outDir, final File shown,
		final String data)
	{
		final String model = data + "/miniboone-2018/miniboone-2018.json";
		final File dir = new File(outDir, FOLDER);
		out.println();
		out.println("== 8. The muon constraint on real data: MiniBooNE 2018 " +
			"(nu_mu constrains the nu_e background), " + model);
		final String options = "model=[" + model + "],constrained=nue,stat=pearson";
		err.println("toycov: running \"Constraint\" " + options);
		final Map<String, String> args = RunArguments.parse(options);
		args.put("output_dir", dir.getPath());
		final Module m = runner.run(runner.find("Constraint"), args);
		final Model mb = ModelFile.read(new File(model));
		final ConstrainedExcess x = ConstrainedExcess.of(mb, "nue", UP_TO,
			StatTerm.PEARSON);
		final String[] names = { "excess", "excess_sys_error",
			"excess_stat_error", "constrained_prediction", "constrained_excess",
			"constrained_excess_error", "chi2" };
		final String[] labels = { "200-1250 MeV: observed - predicted background",
			"its systematic error sqrt(sum C_sys)",
			"its statistical error sqrt(sum N)",
			"background after the nu_mu constraint",
			"excess after the constraint", "its error",
			"background-only chi2, all " + x.ndf() + " bins" };
		final double[] toycov = { x.excess(), x.sysError(), x.statError(), x
			.constrainedPrediction(), x.constrainedExcess(), x.constrainedError(), x
				.chi2() };
		// sample-data/miniboone-2018/SOURCE.md (numpy)
		final double[] source = { 368.43, 176.88, 39.88, 1609.87, 349.13, 97.09,
			20.491 };
		for (int i = 0; i < names.length; i++)
			out.println(String.format(i == names.length - 1
				? "%s: %s = %.3f   (SOURCE.md: %s)" : "%s: %s = %.2f   (SOURCE.md: %s)",
				labels[i], names[i], toycov[i], Numbers.format(source[i])));
		out.println("constrained chi2 of the 11 nu_e bins: constrained_chi2 = " +
			Numbers.format(((Number) m.getOutput("constrained_chi2")).doubleValue()));
		final Table t = new Table("miniboone_excess").column("quantity", names)
			.column("toycov", toycov).column("source_md", source);
		try (OutputSet set = new OutputSet()) {
			t.write(set, "--out", dir);
			set.commit();
		}
		out.println("tables and charts (against " + mb.binAxis("nue") + "): " +
			new File(shown, dir.getName()).getPath() + "/ (constraint.png, components.png, miniboone_excess.csv)");
		if (!RunOutputs.warnings(m).isEmpty()) out.println("warning: " + RunOutputs
			.warnings(m).get(0));
	}
}
