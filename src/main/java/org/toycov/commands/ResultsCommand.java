package org.toycov.commands;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.jfree.chart.JFreeChart;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.toycov.outputs.Chart;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Results;
import org.toycov.outputs.Table;
import org.toycov.service.ToyCovService;

/**
 * What every ToyCov command that makes tables and charts shares: a subclass
 * maps its parameters to one {@link ToyCovService} call and the result to
 * outputs; bad input cancels the command with a one-line reason instead of
 * throwing. The front ends' postprocessors write ({@code OutputsPostprocessor},
 * all or nothing, into the input {@code output_dir}) and show the outputs.
 */
public abstract class ResultsCommand extends ContextCommand implements Results {

	@Parameter
	protected ToyCovService toycov;

	private final List<Table> tables = new ArrayList<>();
	private final List<Chart> charts = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, Double> namedScalars = new LinkedHashMap<>();
	private OutputSet files;
	private Throwable failure;

	@Override
	public final void run() {
		tables.clear();
		charts.clear();
		warnings.clear();
		namedScalars.clear();
		failure = null;
		files = new OutputSet();
		boolean done = false;
		try {
			execute();
			done = true;
		}
		catch (final IllegalArgumentException | UncheckedIOException exc) {
			cancel(exc.getMessage());
		}
		catch (final CancellationException exc) {
			if (!isCanceled()) cancel("\"" + title() + "\" was canceled");
			canceled();
		}
		catch (final RuntimeException | Error exc) {
			// NB: a bug: one line for the user, the trace kept for TOYCOV_DEBUG
			failure = exc;
			cancel("internal error in \"" + title() + "\": " + exc.getClass()
				.getSimpleName() + (exc.getMessage() == null ? "" : ": " + exc
					.getMessage().split("\n")[0]));
		}
		finally {
			// NB: a failed or canceled run leaves no file, staged or not
			if (!done || isCanceled()) files.abort();
		}
	}

	/** Computes the outputs; throws IllegalArgumentException on bad input. */
	protected abstract void execute();

	/** Called when the run was canceled (e.g. to clear a progress bar). */
	protected void canceled() {}

	/** The command's title, its {@code @Plugin} label. */
	protected String title() {
		final Plugin p = getClass().getAnnotation(Plugin.class);
		return p == null ? getClass().getSimpleName() : p.label();
	}

	/** Adds a result table. */
	protected void table(final Table t) {
		tables.add(t);
	}

	/** Adds a result chart, drawn only when it is written or shown. */
	protected void chart(final String name, final Supplier<JFreeChart> draw) {
		charts.add(new Chart(name, draw));
	}

	/** Adds a scalar whose name depends on the inputs ({@link Results#namedScalars()}). */
	protected void scalar(final String name, final double value) {
		namedScalars.put(name, value);
	}

	/** Adds a one-line warning. */
	protected void warn(final String warning) {
		if (warning != null) warnings.add(warning);
	}

	/** The file names of tables and charts: {@code <table>.csv}, {@code <chart>.png} and {@code .svg}. */
	protected static List<String> outputNames(final String[] tableNames,
		final String... chartNames)
	{
		final List<String> out = new ArrayList<>();
		for (final String t : tableNames)
			out.add(t + ".csv");
		for (final String c : chartNames) {
			out.add(c + ".png");
			out.add(c + ".svg");
		}
		return out;
	}

	@Override
	public List<Chart> charts() {
		return Collections.unmodifiableList(charts);
	}

	@Override
	public List<Table> tables() {
		return Collections.unmodifiableList(tables);
	}

	@Override
	public List<String> warnings() {
		return Collections.unmodifiableList(warnings);
	}

	@Override
	public OutputSet files() {
		return files;
	}

	@Override
	public Map<String, Double> namedScalars() {
		return Collections.unmodifiableMap(namedScalars);
	}

	@Override
	public Throwable failure() {
		return failure;
	}
}
