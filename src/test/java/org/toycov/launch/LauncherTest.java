package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/toycov}'s main class, in-process: outputs, errors, exit status. */
class LauncherTest {

	@TempDir
	File tmp;

	private String out;
	private String err;

	private int run(final String... args) {
		final ByteArrayOutputStream o = new ByteArrayOutputStream();
		final ByteArrayOutputStream e = new ByteArrayOutputStream();
		final int status = new ToyCovMain(new PrintStream(o, true), new PrintStream(
			e, true)).execute(args);
		out = new String(o.toByteArray(), StandardCharsets.UTF_8);
		err = new String(e.toByteArray(), StandardCharsets.UTF_8);
		return status;
	}

	private void assertOneLineError(final String expected) {
		assertEquals("toycov: error: " + expected + "\n", err);
	}

	@Test
	void chi2ScanPrintsScalarsAndTable() {
		assertEquals(0, run("--headless", "--run", "Chi2 Scan",
			"mu_obs=9000,e_obs_min=50,e_obs_max=150,e_obs_step=1"));
		// seed cell 17: minimum at 95.0
		assertTrue(out.contains("e_obs_at_min = 95\n"), out);
		// analytic exact minimum 100 - 1e4/2.01e6 * 1000, printed with every digit
		assertTrue(out.contains("e_obs_best = " + (100 - 1e4 / 2.01e6 * 1000) +
			"\n"), out);
		assertTrue(out.contains("# chi2_scan\ne_obs,chi2\n50,"), out);
	}

	@Test
	void commandFoundByClassNameAndQuotedValues() {
		assertEquals(0, run("--run", "CovarianceCommand",
			"mu_obs=8000 e_obs=80 mu_reco_frac_err=0 model=\"\""));
		// seed cell 12: 3.960784
		assertTrue(out.contains("chi2 = 3.96078431372549"), out);
	}

	@Test
	void outputDirGetsCsvFiles() throws Exception {
		assertEquals(0, run("--run", "Covariance", "output_dir=[" + tmp.getPath() +
			"]"));
		final String csv = new String(Files.readAllBytes(new File(tmp,
			"covariance.csv").toPath()), StandardCharsets.UTF_8);
		// seed cell 15 total covariance [[200, 1e4], [1e4, 2.01e6]]
		assertEquals("channel,e,mu\ne,200,10000\nmu,10000,2010000\n", csv);
		assertTrue(new File(tmp, "correlation.csv").isFile());
		assertTrue(new File(tmp, "covariance_inverse.csv").isFile());
		assertTrue(new File(tmp, "covariance_sys.csv").isFile());
	}

	@Test
	void badInputIsOneLineAndStatusOne() {
		assertEquals(1, run("--run", "Chi2 Scan", "bogus=3"));
		assertTrue(err.startsWith("toycov: error: unknown key bogus for " +
			"\"Chi2 Scan\" (keys: model, mu_exp,"), err);
		assertEquals(1, err.split("\n").length);

		assertEquals(1, run("--run", "Covariance", "xsec_corr=1.5"));
		assertOneLineError("xsec_corr must be within [-1, 1], got 1.5");

		assertEquals(1, run("--run", "Covariance", "e_exp=-5"));
		assertOneLineError("e_exp must be >= 0, got -5");

		assertEquals(1, run("--run", "Covariance", "mu_obs=abc"));
		assertOneLineError("mu_obs must be a number, got abc");

		assertEquals(1, run("--run", "Chi2 Scan", "e_obs_min=150,e_obs_max=150"));
		assertOneLineError("e_obs_max must be > e_obs_min (the scan range is " +
			"empty), got e_obs_min=150, e_obs_max=150");

		assertEquals(1, run("--run", "Covariance", "model=/no/such/model.json"));
		assertOneLineError("model file /no/such/model.json not found");

		assertEquals(1, run("--run", "No Such Command"));
		assertTrue(err.startsWith("toycov: error: no command named"), err);
	}

	@Test
	void singularCovarianceIsOneLine() {
		// e_exp = 0: the electron channel has neither statistical nor systematic variance
		assertEquals(1, run("--run", "Covariance", "e_exp=0,e_obs=0"));
		assertTrue(err.startsWith("toycov: error: covariance is singular at " +
			"channel e: it has no variance"), err);
		assertEquals(1, err.split("\n").length);
	}

	@Test
	void helpListsCommandsKeysDefaultsAndBounds() {
		assertEquals(0, run("--help"));
		assertTrue(out.contains("Command \"Covariance\""), out);
		assertTrue(out.contains("Command \"Chi2 Scan\""), out);
		assertTrue(out.matches("(?s).*e_obs_min +default 50, >= 0 -- first observed.*"),
			out);
		assertTrue(out.matches(
			"(?s).*xsec_corr +default 1, within \\[-1, 1\\] -- correlation.*"), out);
	}

	@Test
	void runArgumentsAcceptFijiForms() {
		final Map<String, String> a = RunArguments.parse(
			"stat=\"cnp\",model=[my model.json] e_obs=3 flag");
		assertEquals("cnp", a.get("stat"));
		assertEquals("my model.json", a.get("model"));
		assertEquals("3", a.get("e_obs"));
		assertEquals("true", a.get("flag"));
	}
}
