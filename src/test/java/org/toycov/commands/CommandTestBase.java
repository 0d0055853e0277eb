package org.toycov.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Results;
import org.toycov.service.ToyCovService;

/**
 * What the command tests share: one SciJava context per test class with the
 * command service and ToyCov's service, and a command run as a script runs it
 * (preprocessors and postprocessors included).
 */
abstract class CommandTestBase {

	static Context context;
	static CommandService commands;

	@BeforeAll
	static void createContext() {
		context = new Context(CommandService.class, ToyCovService.class);
		commands = context.service(CommandService.class);
	}

	@AfterAll
	static void disposeContext() {
		context.dispose();
	}

	/** Runs command {@code c} with {@code inputs} (key, value, ...) to its end. */
	static CommandModule run(final Class<? extends Command> c,
		final Object... inputs) throws Exception
	{
		return commands.run(c, true, inputs).get();
	}

	/**
	 * Asserts that chart {@code name} of a run against the bin index draws no
	 * line from one channel into the next (every line is broken before bin
	 * {@code boundary}) and shows each channel's band under its name.
	 */
	static void assertLinesBrokenAt(final CommandModule m, final String name,
		final int boundary, final String... channels)
	{
		Chart chart = null;
		for (final Chart c : ((Results) m.getDelegateObject()).charts())
			if (c.name().equals(name)) chart = c;
		final XYPlot plot = chart.chart().getXYPlot();
		final XYDataset d = plot.getDataset();
		for (int s = 0; s < d.getSeriesCount(); s++) {
			for (int i = 1; i < d.getItemCount(s); i++) {
				final boolean joined = Double.isFinite(d.getYValue(s, i - 1)) &&
					Double.isFinite(d.getYValue(s, i));
				assertFalse(joined && d.getXValue(s, i - 1) < boundary && d.getXValue(
					s, i) >= boundary, name + ": series " + d.getSeriesKey(s) +
						" joins bin " + (boundary - 1) + " to bin " + boundary);
			}
		}
		final List<String> labels = new ArrayList<>();
		for (final Object o : plot.getDomainMarkers(Layer.BACKGROUND))
			if (o instanceof IntervalMarker) labels.add(((Marker) o).getLabel());
		assertEquals(java.util.Arrays.asList(channels), labels);
	}
}
