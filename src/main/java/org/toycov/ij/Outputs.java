package org.toycov.ij;

import java.util.Collections;
import java.util.Map;

import ij.IJ;

import org.scijava.module.Module;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Table;
import org.toycov.outputs.Tables;

/**
 * Shows a finished command's outputs to ImageJ. Its tables are shown by the
 * command itself ({@link Tables#show}); its scalar outputs go to a one-row
 * table {@value #SCALARS}, replaced by every run: a {@code command} column
 * with the command's title, then one column per scalar, so a macro reads
 * {@code Table.get("chi2", 0, "toycov_scalars")} (or, headless,
 * {@code call("org.toycov.ij.Macros.scalar", "chi2")}).
 */
public final class Outputs {

	/** The title of the scalars table. */
	public static final String SCALARS = "toycov_scalars";

	private Outputs() {}

	public static void show(final Module module) {
		// NB: the shared ShowOutputsPostprocessor shows the tables and charts
		Tables.show(Collections.singletonList(scalars(module)));
		for (final String w : RunOutputs.warnings(module))
			IJ.log(module.getInfo().getTitle() + ": warning: " + w);
	}

	/** The scalar outputs of {@code module} as a one-row table. */
	public static Table scalars(final Module module) {
		final Table t = new Table(SCALARS).column("command", new String[] { module
			.getInfo().getTitle() });
		for (final Map.Entry<String, Object> e : RunOutputs.scalars(module)
			.entrySet())
		{
			final Object v = e.getValue();
			if (v instanceof Number) t.column(e.getKey(), new double[] {
				((Number) v).doubleValue() });
			else if (v instanceof Boolean) t.column(e.getKey(), new double[] {
				(Boolean) v ? 1 : 0 });
			else t.column(e.getKey(), new String[] { (String) v });
		}
		return t;
	}
}
