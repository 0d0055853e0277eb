package org.toycov.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Cancelable;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.module.Module;
import org.toycov.frontend.CommandRunner;
import org.toycov.frontend.RunException;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Table;

/**
 * The four interpretation commands run as a script runs them, on
 * sample-data/binned-signal.json (numbers from bench/interpretation_commands_numpy.py)
 * and on a one-bin Gaussian model whose Feldman-Cousins construction and
 * hypothesis test are known analytically.
 */
class InterpretationCommandsTest extends CommandTestBase {

	private static final File SIGNAL = new File("sample-data/binned-signal.json");


	@TempDir
	File tmp;


	private static double out(final CommandModule m, final String key) {
		final Object v = RunOutputs.scalars(m).get(key);
		assertTrue(v instanceof Number, key + " in " + RunOutputs.scalars(m));
		return ((Number) v).doubleValue();
	}

	private static Table table(final CommandModule m, final String name) {
		for (final Table t : RunOutputs.tables(m))
			if (t.name().equals(name)) return t;
		throw new AssertionError("no table " + name);
	}

	private static ModelCommand command(final CommandModule m) {
		return (ModelCommand) m.getDelegateObject();
	}

	/** One bin, background 1e8, signal 1e4 = one standard deviation: x is the mean in sigma. */
	private File gaussian(final double measured) throws IOException {
		final File f = new File(tmp, "gaussian-" + measured + ".json");
		Files.write(f.toPath(), ("{\"channels\": [{\"name\": \"e\", \"observed\": " +
			(1e8 + measured * 1e4) + ", \"components\": [{\"name\": \"bg\", " +
			"\"expected\": 1e8}, {\"name\": \"sig\", \"expected\": 1e4, \"signal\": " +
			"true}]}], \"systematics\": []}").getBytes(StandardCharsets.UTF_8));
		return f;
	}

	@Test
	void signalFitMatchesNumpy() throws Exception {
		CommandModule m = run(SignalFitCommand.class, "model", SIGNAL, "x_max",
			3.0, "x_step", 0.05);
		assertFalse(m.isCanceled(), m.getCancelReason());
		// bench/interpretation_commands_numpy.py (golden section, bisection, np.linalg.solve)
		assertEquals(0.8944871967774513, out(m, "x_best"), 1e-6);
		assertEquals(1.6688658013573794, out(m, "chi2_min"), 1e-9);
		assertEquals(0.4636183883973968, out(m, "x_lower_1sigma"), 1e-6);
		assertEquals(1.4027458214080406, out(m, "x_upper_1sigma"), 1e-6);
		final Table scan = table(m, "signal_scan");
		assertEquals(61, scan.rows());
		assertEquals(7.047538931231809, scan.value("chi2", 0), 1e-9);
		assertEquals(1.7178446256009783, scan.value("chi2", 20), 1e-9);
		assertEquals(1.0, scan.value("x", 20), 1e-12);
		assertEquals(7.047538931231809 - 1.6688658013573794, scan.value(
			"delta_chi2", 0), 1e-9);
		assertTrue(command(m).warnings().get(0).startsWith("Wilks intervals assume"),
			command(m).warnings().toString());

		m = run(SignalFitCommand.class, "model", SIGNAL, "constrained", "e");
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(0.6258304410892008, out(m, "chi2_min"), 1e-9);
		assertEquals(0.8944871991372398, out(m, "x_best"), 1e-6);
	}

	@Test
	void feldmanCousinsReproducesTheGaussianConstructionWithABoundary()
		throws Exception
	{
		// Feldman and Cousins 1998, Table X (90% CL): measured 0 -> [0, 1.64]; 3 -> [1.36, 4.64]
		final double[][] expected = { { 0, 0, 1.64 }, { 3, 1.36, 4.64 } };
		for (final double[] e : expected) {
			final CommandModule m = run(FeldmanCousinsCommand.class, "model", gaussian(
				e[0]), "cl", "0.9", "x_max", 6.0, "x_step", 0.1, "toys", 10_000L,
				"threads", 2, "seed", 20261130L);
			assertFalse(m.isCanceled(), m.getCancelReason());
			assertEquals(e[1], out(m, "x_lower_90"), 0.1, "x_lower at " + e[0]);
			assertEquals(e[2], out(m, "x_upper_90"), 0.1, "x_upper at " + e[0]);
			final Table belt = table(m, "fc_belt");
			assertEquals(61, belt.rows());
			// at x = 0 half the toys have delta chi2 = 0: P(delta <= c) = Phi(sqrt c) = 0.9
			// gives c = 1.2816^2; at x = 5 the boundary is 5 sigma away: the chi-square(1)
			// 90% quantile 2.7055
			final double err0 = belt.value("critical_error_90", 0), err50 = belt.value(
				"critical_error_90", 50);
			assertEquals(1.2816 * 1.2816, belt.value("critical_delta_chi2_90", 0), 5 *
				err0 + 0.002);
			assertEquals(2.7055, belt.value("critical_delta_chi2_90", 50), 5 * err50 +
				0.002);
			// data delta chi2 = (x0 - x)^2 - (x0 - max(0, x0))^2
			assertEquals(e[0] * e[0], belt.value("data_delta_chi2", 0), 1e-3 * (1 + e[0] *
				e[0]));
			assertEquals(e[0] >= 0 && e[0] <= 1.6 ? 1 : 0, belt.value("in_interval_90",
				0), 0);
		}
	}

	@Test
	void feldmanCousinsGivesTheSameCriticalValuesWithOneAndTwoThreads()
		throws Exception
	{
		final double[][] crit = new double[2][];
		for (int t = 1; t <= 2; t++) {
			final CommandModule m = run(FeldmanCousinsCommand.class, "model", SIGNAL,
				"cl", "0.683 0.9", "x_max", 1.0, "x_step", 0.25, "toys", 3000L,
				"threads", t, "seed", 7L);
			assertFalse(m.isCanceled(), m.getCancelReason());
			final Table belt = table(m, "fc_belt");
			crit[t - 1] = belt.numbers("critical_delta_chi2_68_3");
			assertEquals(out(m, "x_upper_90"), out(m, "x_upper_90"));
			assertTrue(RunOutputs.scalars(m).containsKey("asimov_x_upper_68_3"));
		}
		assertArrayEquals(crit[0], crit[1], 0);
	}

	@Test
	void hypothesisTestMatchesTheGaussianLimit() throws Exception {
		// measured 0.5 sigma: delta chi2 = z^2 - (z - 1)^2 = 2 z - 1 = 0, so
		// p_x0 = P(z >= 0.5 | 0) = p_x1 = P(z <= 0.5 | 1) = Phi(-0.5) = 0.308538;
		// CLs = 0.308538 / 0.691462 = 0.446211; the median under x1 (z = 1) has
		// p_x0 = Phi(-1): 1 sigma, and the bands z = 1 -+ 1, 2 give 0, 2, -1, 3 sigma
		final CommandModule m = run(HypothesisTestCommand.class, "model", gaussian(
			0.5), "toys", 200_000L, "seed", 3L);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(0, out(m, "delta_chi2"), 1e-3);
		final double err = out(m, "p_x0_error");
		assertTrue(err > 0.0009 && err < 0.0011, "" + err);
		assertEquals(0.308538, out(m, "p_x0"), 5 * err);
		assertEquals(0.308538, out(m, "p_x1"), 5 * err);
		assertEquals(0.446211, out(m, "cls"), 0.01);
		assertEquals(0.5, out(m, "significance_x0"), 0.02);
		assertEquals(1, out(m, "median_significance"), 0.03);
		assertEquals(0, out(m, "median_significance_minus_1sigma"), 0.03);
		assertEquals(2, out(m, "median_significance_plus_1sigma"), 0.05);
		assertEquals(-1, out(m, "median_significance_minus_2sigma"), 0.05);
		assertEquals(3, out(m, "median_significance_plus_2sigma"), 0.1);
		final Table h = table(m, "ht_toys");
		long n0 = 0, n1 = 0;
		for (int r = 0; r < h.rows(); r++) {
			n0 += (long) h.value("toys_x0", r);
			n1 += (long) h.value("toys_x1", r);
		}
		assertEquals(200_000L, n0);
		assertEquals(200_000L, n1);
	}

	@Test
	void aSignificanceBeyondEveryToyIsNoneWithAWarning() throws Exception {
		// measured 6 sigma: p_x0 = Phi(-6) = 9.9e-10, so no toy of 1000 thrown at
		// x0 = 0 reaches the data: p_x0 = 0, its significance is not measured, and
		// neither p_x0 = 0 nor p_x0_error = 0 is read as exact
		final CommandModule m = run(HypothesisTestCommand.class, "model", gaussian(
			6), "toys", 1000L);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(0, out(m, "p_x0"), 0);
		assertEquals(0, out(m, "p_x0_error"), 0);
		assertEquals(null, m.getOutput("significance_x0"));
		final List<String> w = command(m).warnings();
		assertTrue(w.contains("p_x0 = 0 rests on no toy beyond the data (of 1000 " +
			"under x0): p_x0 is below about 1/toys = 0.001, not 0, and p_x0_error = 0 " +
			"is no error; raise toys"), w.toString());
		assertTrue(w.stream().anyMatch(s -> s.startsWith(
			"significance_x0: beyond every toy (1000 per strength)")), w.toString());
		// p_x1 = Phi(5) = 0.9999997: every toy under x1 lies at or below the data,
		// so p_x1 = 1 and p_x1_error = 0 are not exact either
		assertEquals(1, out(m, "p_x1"), 0);
		assertTrue(w.contains("p_x1 = 1 rests on every toy (of 1000 under x1): 1 - " +
			"p_x1 is below about 1/toys = 0.001, not 0, and p_x1_error = 0 is no " +
			"error (cls = p_x1 / (1 - p_x0) with it); raise toys"), w.toString());
	}

	@Test
	void anAsimovIntervalBeyondTheGridIsWarnedOf() throws Exception {
		// the Asimov data at x = 100 lie far beyond a grid that stops at 0.5
		final CommandModule m = run(FeldmanCousinsCommand.class, "model", SIGNAL,
			"asimov_x", 100.0, "x_max", 0.5, "cl", "0.9", "toys", 1000L);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertTrue(Double.isNaN(out(m, "asimov_x_upper_90")));
		assertTrue(command(m).warnings().contains("the Asimov data's interval " +
			"(asimov_x = 100) reaches or lies beyond the grid's end (x_max = 0.5): " +
			"raise x_max before reading asimov_x_lower and asimov_x_upper (NaN there " +
			"means beyond the grid, not no interval)"), command(m).warnings()
				.toString());
	}

	@Test
	void tooFewToysForTheExpectedSignificanceAreRefusedBeforeAnyToy() throws Exception {
		// the 2 sigma bands sit 2.275% from either end: 10 toys beyond them need
		// 10 / 0.02275 = 439.6, so 440 toys (as Feldman Cousins' cl rule)
		final CommandModule m = run(HypothesisTestCommand.class, "model", SIGNAL,
			"toys", 1L);
		assertTrue(m.isCanceled());
		assertEquals("toys=1 leave 0 toys beyond the 2.3% and 97.7% quantiles of " +
			"delta_chi2 under x1 (the 2 sigma bands of median_significance); at least " +
			"10 are needed, so toys >= 440", m.getCancelReason());
		assertTrue(run(HypothesisTestCommand.class, "model", SIGNAL, "toys", 439L)
			.isCanceled());
		assertFalse(run(HypothesisTestCommand.class, "model", SIGNAL, "toys", 440L)
			.isCanceled());
	}

	@Test
	void goodnessOfFitMatchesNumpy() throws Exception {
		final CommandModule m = run(GoodnessOfFitCommand.class, "model", SIGNAL);
		assertFalse(m.isCanceled(), m.getCancelReason());
		// bench/interpretation_commands_numpy.py, np.linalg.eigh at x = 0
		assertEquals(7.047538931231809, out(m, "chi2"), 1e-9);
		assertEquals(20, out(m, "ndf"), 0);
		assertEquals(0, out(m, "flagged_count"), 0);
		final Table c = table(m, "gof_components");
		assertEquals(122994.71561704703, c.value("lambda", 0), 1e-9 * 122994.7);
		assertEquals(-0.9384296185964633, c.value("epsilon", 0), 1e-9);
		double sum = 0;
		for (int r = 0; r < c.rows(); r++) {
			sum += c.value("contribution", r);
			assertEquals(0, c.value("flagged", r), 0);
		}
		assertEquals(7.047538931231809, sum, 1e-12 * 7.05 * 20);
		final Table bins = table(m, "gof_bins");
		assertEquals(0.5229099665383794, bins.value("eigenvector_0", 13), 1e-9);
		double binSum = 0;
		for (int r = 0; r < bins.rows(); r++)
			binSum += bins.value("contribution", r);
		assertEquals(7.047538931231809, binSum, 1e-9);
		// the eigenvectors against the bins: no line from e_9 to mu_0
		assertLinesBrokenAt(m, "gof_eigenvectors", 10, "e", "mu");
	}

	@Test
	void goodnessOfFitAfterTheConstraintMatchesNumpy() throws Exception {
		final CommandModule m = run(GoodnessOfFitCommand.class, "model", SIGNAL,
			"constrained", "e", "x", 1.0);
		assertFalse(m.isCanceled(), m.getCancelReason());
		// bench/interpretation_commands_numpy.py, "gof constrained e x=1": np.linalg.eigh of
		// C_YY - C_YX C_XX^-1 C_XY (Y = e, X = mu); the chi-square is Signal Fit's constrained chi2(1)
		assertEquals(0.6748092653327987, out(m, "chi2"), 1e-9);
		assertEquals(10, out(m, "ndf"), 0);
		final Table c = table(m, "gof_components");
		assertEquals(10, c.rows());
		assertEquals(21.2748042958333, c.value("lambda", 0), 1e-9 * 21.27);
		assertEquals(-0.026858779689838425, c.value("epsilon", 0), 1e-9);
		final Table bins = table(m, "gof_bins");
		assertEquals(10, bins.rows());
		assertEquals(0.8676233562515674, bins.value("eigenvector_0", 3), 1e-9);
		double sum = 0;
		for (int r = 0; r < c.rows(); r++)
			sum += c.value("contribution", r);
		assertEquals(0.6748092653327987, sum, 1e-12);
	}

	@Test
	void badInputIsOneLineBeforeAnyToy() throws Exception {
		final Object[][] cases = {
			{ FeldmanCousinsCommand.class, "no signal: mark one or more components",
				"model", new File("sample-data/binned.json") },
			{ FeldmanCousinsCommand.class, "x_min must be 0", "model", SIGNAL, "x_min",
				0.5 },
			{ FeldmanCousinsCommand.class, "cl must be within (0, 1), got 1.5", "model",
				SIGNAL, "cl", "0.9 1.5" },
			{ FeldmanCousinsCommand.class,
				"toys=100 leave 1 toys beyond the critical value at cl=0.99", "model",
				SIGNAL, "cl", "0.99", "toys", 100L },
			{ HypothesisTestCommand.class, "signal is all zero", "model", allZero() },
			// Signal Fit's one line for a bin without variance, in every command
			{ HypothesisTestCommand.class, NO_VARIANCE, "model", emptyBin() },
			{ FeldmanCousinsCommand.class, NO_VARIANCE, "model", emptyBin() },
			{ GoodnessOfFitCommand.class, NO_VARIANCE, "model", emptyBin() },
			{ SignalFitCommand.class, NO_VARIANCE, "model", emptyBin() },
			{ HypothesisTestCommand.class, "x1 is too large: at x = 1.0E200 the " +
				"covariance of e_0 overflows a double; give a smaller x1", "model", SIGNAL,
				"x1", 1e200 },
			{ SignalFitCommand.class, "x_max must be", "model", SIGNAL, "x_max", 1.03,
				"x_step", 0.1 },
			{ GoodnessOfFitCommand.class, "no signal", "model", new File(
				"sample-data/binned.json") } };
		for (final Object[] c : cases) {
			@SuppressWarnings("unchecked")
			final Class<? extends Command> type = (Class<? extends Command>) c[0];
			final Object[] inputs = new Object[c.length - 2];
			System.arraycopy(c, 2, inputs, 0, inputs.length);
			final CommandModule m = run(type, inputs);
			assertTrue(m.isCanceled(), type.getSimpleName() + " " + c[1]);
			final String reason = m.getCancelReason();
			assertTrue(reason.startsWith((String) c[1]), reason);
			assertFalse(reason.contains("\n"), reason);
			assertTrue(command(m).namedScalars().isEmpty(), command(m).namedScalars()
				.toString());
			assertTrue(RunOutputs.tables(m).isEmpty(), reason);
		}
	}

	@Test
	void feldmanCousinsIsCanceledQuicklyAndWritesNothing() throws Exception {
		final CommandRunner runner = new CommandRunner(context);
		final Map<String, String> args = new HashMap<>();
		args.put("model", SIGNAL.getPath());
		args.put("toys", "1000000000");
		args.put("output_dir", tmp.getPath());
		args.put("show_charts", "false");
		final Module[] module = new Module[1];
		final long start = System.nanoTime();
		final Thread canceler = new Thread(() -> {
			try {
				Thread.sleep(1500);
			}
			catch (final InterruptedException exc) {
				return;
			}
			((Cancelable) module[0]).cancel("stop");
		});
		final RunException e = assertThrows(RunException.class, () -> runner.run(
			runner.find("Feldman Cousins"), args, m -> {
				module[0] = m;
				canceler.start();
			}));
		canceler.join();
		assertEquals("stop", e.getMessage());
		// 31 strengths x 1e9 toys would take hours; the run stops within seconds
		assertTrue(System.nanoTime() - start < 15e9, "canceled in time");
		assertEquals(0, tmp.list().length, "nothing written");
	}

	/** Bin e_1 expects nothing (no background, no signal, no systematic) but observes 7. */
	private static final String NO_VARIANCE = "covariance is singular at channel " +
		"e_1: it has no variance (a count expected to be 0 has no Poisson variance " +
		"and no systematic error); give it an expected count > 0, a systematic " +
		"variance, or merge the bin";

	private File emptyBin() throws IOException {
		return oneChannel("empty-bin.json", "[12, 7]", "[10, 0]", "[5, 0]");
	}

	private File allZero() throws IOException {
		return oneChannel("zero.json", "[5, 6]", "[5, 5]", "[0, 0]");
	}

	/** A model file: channel e with these observed counts, background bg and signal sig, no systematics. */
	private File oneChannel(final String name, final String observed,
		final String bg, final String sig) throws IOException
	{
		final File f = new File(tmp, name);
		Files.write(f.toPath(), ("{\"channels\": [{\"name\": \"e\", \"observed\": " +
			observed + ", \"components\": [{\"name\": \"bg\", \"expected\": " + bg +
			"}, {\"name\": \"sig\", \"expected\": " + sig + ", \"signal\": true}]}], " +
			"\"systematics\": []}").getBytes(StandardCharsets.UTF_8));
		return f;
	}
}
