package org.toycov.launch;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;
import org.scijava.display.DisplayService;
import org.scijava.event.EventService;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.Inputs;
import org.toycov.frontend.OutputsPostprocessor;
import org.toycov.frontend.OutputsPreprocessor;
import org.toycov.frontend.RunArguments;
import org.toycov.frontend.RunException;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Numbers;
import org.toycov.outputs.OutputSet;
import org.toycov.outputs.Results;
import org.toycov.outputs.Table;
import org.toycov.service.ToyCovService;

/**
 * {@code bin/toycov}: with no arguments runs the seed walk-through on the
 * bundled sample data; {@code --headless --run "Title" "key=value,..."} runs one
 * command like {@code ImageJ-linux64 --headless --run}; {@code --help} lists
 * the commands and their keys.
 * <p>
 * Exit status: 0 success, 1 bad input or a failed run (one line on stderr),
 * 2 an internal error (a bug: one line; {@code TOYCOV_DEBUG=1} for the trace),
 * 130 interrupted (Ctrl-C: one line, nothing new left in the output folders).
 * </p>
 */
public final class ToyCovMain {

	/** Where large tables go without output_dir. */
	static final File SPILL = new File("toycov-out");

	private final PrintStream out;
	private final PrintStream err;
	private File spill = SPILL;
	/** The module running now, for Ctrl-C. */
	private volatile Module running;
	/** Whether the run finished and wrote its outputs (its windows may still be open). */
	private volatile boolean done;

	public ToyCovMain(final PrintStream out, final PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Large tables go to {@code dir} instead of {@code toycov-out/} (for tests). */
	ToyCovMain spillTo(final File dir) {
		spill = dir;
		return this;
	}

	public static void main(final String[] args) {
		// NB: a command-line tool: no windows unless the user asks for charts
		// with show_charts=true, and then only with a display.
		boolean windows = false;
		for (final String a : args)
			windows |= a.contains("show_charts=true");
		final List<String> list = Arrays.asList(args);
		if (list.contains("--headless") || System.getenv("DISPLAY") == null ||
			!windows)
		{
			System.setProperty("java.awt.headless", "true");
		}
		// NB: after Ctrl-C the interrupt's line is the only one: the canceled
		// run's own messages ("error: interrupted") are dropped by the gate
		final Gate gate = new Gate(System.err);
		final ToyCovMain main = new ToyCovMain(System.out, new PrintStream(gate,
			true));
		final Interrupt interrupt = new Interrupt(main, gate);
		Runtime.getRuntime().addShutdownHook(interrupt);
		final int status = main.execute(args);
		System.out.flush();
		interrupt.finished = true;
		System.exit(status);
	}

	/**
	 * Ctrl-C (SIGINT, SIGTERM): cancels the running command, removes every
	 * output not yet in place, says so in one line and exits with 130.
	 */
	private static final class Interrupt extends Thread {

		private final ToyCovMain main;
		private final Gate gate;
		volatile boolean finished;

		Interrupt(final ToyCovMain main, final Gate gate) {
			super("toycov interrupt");
			this.main = main;
			this.gate = gate;
		}

		@Override
		public void run() {
			if (finished) return;
			gate.shut();
			final Module m = main.running;
			if (m instanceof Cancelable) ((Cancelable) m).cancel("interrupted");
			OutputSet.shutdown();
			System.err.println(main.done ? "toycov: interrupted; the run had finished: its windows closed, " +
				"its outputs stay as written" : "toycov: interrupted; no output written");
			System.err.flush();
			Runtime.getRuntime().halt(130);
		}
	}

	/** Passes bytes to stderr until closed, then drops them. */
	private static final class Gate extends java.io.FilterOutputStream {

		private boolean closed;

		Gate(final java.io.OutputStream out) {
			super(out);
		}

		synchronized void shut() {
			closed = true;
		}

		@Override
		public synchronized void write(final int b) throws java.io.IOException {
			if (!closed) out.write(b);
		}

		@Override
		public synchronized void write(final byte[] b, final int off,
			final int len) throws java.io.IOException
		{
			if (!closed) out.write(b, off, len);
		}

		@Override
		public synchronized void flush() throws java.io.IOException {
			if (!closed) out.flush();
		}
	}

	/** Runs the launcher; returns the exit status. */
	public int execute(final String[] args) {
		try {
			return dispatch(args);
		}
		catch (final RunException exc) {
			return fail(exc, exc.isInternal());
		}
		catch (final IllegalArgumentException exc) {
			return fail(exc, false);
		}
		catch (final RuntimeException | Error exc) {
			return fail(RunException.internal("toycov", exc), true);
		}
	}

	private int fail(final RuntimeException exc, final boolean internal) {
		final boolean debug = System.getenv("TOYCOV_DEBUG") != null;
		err.println("toycov: " + (internal ? "" : "error: ") + exc.getMessage() +
			(internal && !debug ? " (rerun with TOYCOV_DEBUG=1 for the stack trace)"
				: ""));
		if (debug) (exc.getCause() != null ? exc.getCause() : exc).printStackTrace(
			err);
		return internal ? 2 : 1;
	}

	private int dispatch(final String[] args) {
		String run = null;
		String options = null;
		boolean help = false;
		File outDir = null;
		Long toys = null;
		final java.util.Set<String> given = new java.util.HashSet<>();
		for (int i = 0; i < args.length; i++) {
			final String a = args[i];
			// NB: a second value would silently replace the first
			if (a.startsWith("-") && !given.add(a.equals("-h") ? "--help" : a))
				throw new RunException(a + " is given twice; give it once");
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
					toys = Inputs.whole("--toys", args[++i], 1, 1_000_000_000_000_000L);
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
		if (run != null && toys != null) throw new RunException("--toys is for " +
			"the walk-through; with --run give toys in the options, e.g. --run " +
			"\"Toy Experiments\" \"toys=1e6\"");
		if (run != null && outDir != null) throw new RunException("--out is for " +
			"the walk-through; with --run give output_dir in the options, e.g. " +
			"\"output_dir=DIR\"");
		final Map<String, String> parsed = run == null ? null : RunArguments
			.parse(options);
		// NB: before the walk-through prints anything
		if (run == null && !help) outFolder(outDir);
		// NB: the services the commands and their processors use, not every
		// service on the class path: half the start-up time of a bare Context()
		try (Context context = new Context(CommandService.class,
			ToyCovService.class, StatusService.class, LogService.class,
			DisplayService.class))
		{
			final boolean windows = parsed != null && "true".equals(parsed.get(
				"show_charts"));
			final CommandRunner runner = new CommandRunner(context).display(windows)
				.spill(spill);
			if (help) {
				out.print(Help.text(runner, context));
				return 0;
			}
			// NB: the event service holds subscribers weakly; keep this one alive.
			final ProgressPrinter progress = new ProgressPrinter(err);
			context.service(EventService.class).subscribe(progress);
			if (run != null) {
				runAndPrint(runner, run, parsed);
				if (windows) {
					// NB: the outputs are in place: Ctrl-C now only closes the windows
					done = true;
					awaitWindows();
				}
				return 0;
			}
			new SeedWalkthrough(runner, out, err, m -> running = m).run(outDir == null ? SPILL
				: outDir, toys == null ? 100_000_000L : toys);
			return 0;
		}
	}

	/** The walk-through's folder ({@code --out}, or toycov-out/) can be written. */
	private static void outFolder(final File outDir) {
		try {
			OutputsPreprocessor.folder("--out", outDir == null ? SPILL : outDir);
		}
		catch (final IllegalArgumentException exc) {
			if (outDir != null) throw exc;
			throw new RunException(exc.getMessage().substring("--out: ".length()) +
				"; the walk-through writes to " + SPILL.getPath() + "/ by default: " +
				"give --out DIR to write elsewhere");
		}
	}

	private void runAndPrint(final CommandRunner runner, final String title,
		final Map<String, String> args)
	{
		final CommandInfo info = runner.find(title);
		final Module module = runner.run(info, args, m -> running = m);
		running = null;
		for (final Map.Entry<String, Object> e : RunOutputs.scalars(module)
			.entrySet())
			out.println(e.getKey() + " = " + (e.getValue() instanceof Number
				? Numbers.format(((Number) e.getValue()).doubleValue()) : e
					.getValue()));
		for (final String w : RunOutputs.warnings(module))
			err.println("toycov: warning: " + w);
		// NB: large tables were written to the spill folder with the run's files
		final File dir = RunOutputs.file(module, "output_dir");
		if (dir == null) for (final Table t : RunOutputs.tables(module)) {
			if (OutputsPostprocessor.isLarge(t)) continue;
			out.println("# " + t.name());
			out.print(t.toCsv());
		}
		final Object d = module.getDelegateObject();
		if (d instanceof Results && ((Results) d).files() != null) wrote(
			((Results) d).files().written());
		final List<Chart> charts = RunOutputs.charts(module);
		final boolean show = "true".equals(args.get("show_charts"));
		final boolean headless = java.awt.GraphicsEnvironment.isHeadless();
		if (dir == null && !charts.isEmpty() && (!show || headless)) {
			final List<String> names = new ArrayList<>();
			for (final Chart c : charts)
				names.add(c.name());
			// NB: show_charts only where the command has it and a window can open
			final boolean canShow = module.getInfo().getInput("show_charts") != null &&
				System.getenv("DISPLAY") != null && !show;
			err.println("toycov: charts " + String.join(", ", names) +
				" are drawn with output_dir=DIR (PNG and SVG)" + (canShow
					? " or show_charts=true" : show
						? "; show_charts=true opens no window here: there is no display"
						: ""));
		}
	}

	/** One {@code wrote} line per file; a chart's PNG and SVG share one. */
	private void wrote(final List<Path> files) {
		final Path cwd = new File("").getAbsoluteFile().toPath();
		for (final Path p : files) {
			final String name = p.getFileName().toString();
			if (name.endsWith(".svg") && files.contains(p.resolveSibling(name
				.substring(0, name.length() - 4) + ".png"))) continue;
			final String shown = p.startsWith(cwd) ? cwd.relativize(p).toString() : p
				.toString();
			err.println("toycov: wrote " + shown + (name.endsWith(".png") && files
				.contains(p.resolveSibling(name.substring(0, name.length() - 4) +
					".svg")) ? " and .svg" : ""));
		}
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
}
