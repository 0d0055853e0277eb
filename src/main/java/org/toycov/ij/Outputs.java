package org.toycov.ij;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ij.IJ;

import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Table;
import org.toycov.outputs.Tables;

/**
 * Shows a finished command's outputs to ImageJ. Its tables are shown by the
 * command itself ({@link Tables#show}); its scalar outputs go to the table
 * {@value #SCALARS}, replaced by every run, one row per scalar: the
 * command's title in {@code command}, the output's key in {@code name}, its
 * value in {@code value}; so it reads without scrolling, and a macro finds a
 * scalar by name ({@code Table.getString("name", i, "toycov_scalars")}) or,
 * also headless, with {@code call("org.toycov.ij.Macros.scalar", "chi2")}.
 */
public final class Outputs {

	/** The title of the scalars table. */
	public static final String SCALARS = "toycov_scalars";

	private Outputs() {}

	/**
	 * The numeric outputs the latest command declares, given or not: a name
	 * among them without a row in {@value #SCALARS} is a value the run could not
	 * give ("NaN" to {@link Macros#scalar}), any other name a misspelling.
	 */
	static volatile Set<String> declared = Collections.emptySet();

	public static void show(final Module module) {
		final Set<String> names = new HashSet<>(RunOutputs.scalars(module).keySet());
		for (final ModuleItem<?> item : module.getInfo().outputs())
			if (Number.class.isAssignableFrom(item.getType())) names.add(item.getName());
		declared = names;
		// NB: the shared ShowOutputsPostprocessor shows the tables and charts
		Tables.show(Collections.singletonList(scalars(module)));
		for (final String w : RunOutputs.warnings(module))
			Report.warning(module.getInfo().getTitle(), w);
		// NB: replaces an earlier run's error or "canceled" in the status bar
		IJ.showStatus(module.getInfo().getTitle() + ": done");
	}

	/** The scalar outputs of {@code module}, one row each (none: no row). */
	public static Table scalars(final Module module) {
		final List<String> names = new ArrayList<>();
		final List<Double> values = new ArrayList<>();
		for (final Map.Entry<String, Object> e : RunOutputs.scalars(module)
			.entrySet())
		{
			final Object v = e.getValue();
			if (!(v instanceof Number) && !(v instanceof Boolean)) continue;
			names.add(e.getKey());
			values.add(v instanceof Boolean ? (Boolean) v ? 1 : 0 : ((Number) v)
				.doubleValue());
		}
		final String[] command = new String[names.size()];
		java.util.Arrays.fill(command, module.getInfo().getTitle());
		final double[] v = new double[values.size()];
		for (int i = 0; i < v.length; i++)
			v[i] = values.get(i);
		return new Table(SCALARS).column("command", command).column("name", names
			.toArray(new String[0])).column("value", v);
	}
}
