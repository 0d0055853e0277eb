package org.toycov.launch;

import java.io.File;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.event.EventService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Table;

/**
 * {@code bin/toycov}: with no arguments runs the seed walk-through on the
 * bundled sample data; {@code --headless --run "Title" "key=value,..."} runs one
 * command like {@code ImageJ-linux64 --headless --run}; {@code --help} lists
 * the commands and their keys.
 * <p>
 * Exit status: 0 success, 1 bad input or a failed run (one line on stderr),
 * 2 an internal error (a bug: rerun with {@code TOYCOV_DEBUG=1} for the trace).
 * </p>
 */
public final class ToyCovMain {

	private final PrintStream out;
	private final PrintStream err;

	public ToyCovMain(final PrintStream out, final PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(final String[] args) {
		// NB: a command-line tool: no windows (tables, charts) unless the user
		// asks for charts with show_charts=true, and then only with a display.
		boolean windows = false;
		for (final String a : args)
			windows |= a.contains("show_charts=true");
		final List<String> list = Arrays.asList(args);
		if (list.contains("--headless") || System.getenv("DISPLAY") == null ||
			!windows)
		{
			System.setProperty("java.awt.headless", "true");
		}
		final int status = new ToyCovMain(System.out, System.err).execute(args);
		System.out.flush();
		System.exit(status);
	}

	/** Runs the launcher; returns the exit status. */
	public int execute(final String[] args) {
		try {
			return dispatch(args);
		}
		catch (final RunException | IllegalArgumentException exc) {
			err.println("toycov: error: " + exc.getMessage());
			if (System.getenv("TOYCOV_DEBUG") != null) exc.printStackTrace(err);
			return 1;
		}
		catch (final RuntimeException | Error exc) {
			err.println("toycov: internal error: " + exc +
				" (rerun with TOYCOV_DEBUG=1 for the stack trace)");
			if (System.getenv("TOYCOV_DEBUG") != null) exc.printStackTrace(err);
			return 2;
		}
	}

	private int dispatch(final String[] args) {
		String run = null;
		String options = null;
		boolean help = false;
		File outDir = new File("toycov-out");
		long toys = 100_000_000L;
		for (int i = 0; i < args.length; i++) {
			final String a = args[i];
			switch (a) {
				case "--headless":
					break;
				case "--help":
				case "-h":
					help = true;
					break;
				case "--run":
					if (i + 1 >= args.length) throw new RunException(
						"--run needs a command title, e.g. --run \"Chi2 Scan\"");
					run = args[++i];
					if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
						options = args[++i];
					}
					break;
				case "--toys":
					if (i + 1 >= args.length) throw new RunException(
						"--toys needs a number, e.g. --toys 1e6");
					toys = (Long) CommandRunner.convertWhole("--toys", args[++i]);
					if (toys < 1) throw new RunException("--toys must be >= 1, got " +
						toys);
					break;
				case "--out":
					if (i + 1 >= args.length) throw new RunException(
						"--out needs a folder");
					outDir = new File(args[++i]);
					break;
				default:
					throw new RunException("unknown argument " + a +
						" (see bin/toycov --help)");
			}
		}
		try (Context context = new Context()) {
			final CommandRunner runner = new CommandRunner(context);
			// NB: the event service holds subscribers weakly; keep this one alive.
			final ProgressPrinter progress = new ProgressPrinter(err);
			context.service(EventService.class).subscribe(progress);
			if (help) {
				out.print(Help.text(runner, context));
				return 0;
			}
			if (run != null) {
				runAndPrint(runner, run, RunArguments.parse(options));
				awaitWindows();
				return 0;
			}
			new SeedWalkthrough(runner, out, err).run(outDir, toys);
			return 0;
		}
	}

	private void runAndPrint(final CommandRunner runner, final String title,
		final Map<String, String> args)
	{
		final CommandInfo info = runner.find(title);
		CommandRunner.checkModelKeys(args);
		final Module module = runner.run(info, withoutWindows(info, args));
		printScalars(module, out);
		final Object dir = module.getInput("output_dir");
		for (final Table t : CommandRunner.tables(module)) {
			if (dir instanceof File) err.println("toycov: wrote " + new File(
				(File) dir, t.name() + ".csv").getPath());
			else {
				out.println("# " + t.name());
				out.print(t.toCsv());
			}
		}
		// NB: a chart cannot go to stdout: without output_dir it goes to toycov-out/
		final File charts = dir instanceof File ? (File) dir : new File(
			"toycov-out");
		for (final Chart c : CommandRunner.charts(module)) {
			final File png = dir instanceof File ? new File(charts, c.name() +
				".png") : c.write(charts);
			err.println("toycov: wrote " + png.getPath() + " and .svg");
		}
	}

	/**
	 * NB: the launcher exits when the command ends, so windows would only
	 * flash: charts go to files unless {@code show_charts} is asked for, and
	 * then the launcher waits until they are closed.
	 */
	static Map<String, String> withoutWindows(final CommandInfo info,
		final Map<String, String> args)
	{
		if (info.getInput("show_charts") != null && !args.containsKey(
			"show_charts"))
		{
			final Map<String, String> copy = new java.util.LinkedHashMap<>(args);
			copy.put("show_charts", "false");
			return copy;
		}
		return args;
	}

	/** Waits until every window the run opened is closed. */
	private static void awaitWindows() {
		if (java.awt.GraphicsEnvironment.isHeadless()) return;
		while (true) {
			boolean open = false;
			for (final java.awt.Window w : java.awt.Window.getWindows())
				open |= w.isDisplayable() && w.isVisible();
			if (!open) return;
			try {
				Thread.sleep(200);
			}
			catch (final InterruptedException exc) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** Prints each scalar output as {@code name = value}. */
	static void printScalars(final Module module, final PrintStream out) {
		for (final ModuleItem<?> item : module.getInfo().outputs()) {
			final Object v = module.getOutput(item.getName());
			if (v instanceof Number) out.println(item.getName() + " = " + Numbers
				.format(((Number) v).doubleValue()));
			else if (v instanceof String || v instanceof Boolean) out.println(item
				.getName() + " = " + v);
		}
	}
}
