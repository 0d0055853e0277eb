package org.toycov.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toycov.frontend.RunArguments;

/** {@code bin/toycov}'s main class, in-process: outputs, errors, exit status. */
class LauncherTest {

	@TempDir
	File tmp;

	private String out;
	private String err;

	private int run(final String... args) {
		final Launch l = Launch.run(null, args);
		out = l.out;
		err = l.err;
		return l.status;
	}

	private void assertOneLineError(final String expected) {
		assertEquals("toycov: error: " + expected + "\n", err);
	}

	@Test
	void chi2ScanPrintsScalarsAndTable() {
		// NB: 40 rows, a screenful: printed
		assertEquals(0, run("--headless", "--run", "Chi2 Scan",
			"mu_obs=9000,e_obs_min=50,e_obs_max=150,e_obs_step=2.5"));
		// seed cell 17: minimum at 95.0
		assertTrue(out.contains("obs_at_min = 95\n"), out);
		// analytic exact minimum 100 - 1e4/2.01e6 * 1000, printed with every digit
		assertTrue(out.contains("obs_best = " + (100 - 1e4 / 2.01e6 * 1000) +
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
		assertEquals("bin,e,mu\ne,200,10000\nmu,10000,2010000\n", csv);
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
		// what each command computes and what each output means, from the same
		// help resource as the ImageJ dialog's Help
		assertTrue(out.contains("  Builds the total covariance matrix of the model"), out);
		assertTrue(out.contains("  scalar chi2: (expected - observed)^T C^-1"), out);
		assertTrue(out.contains("  table correlation: C_ij / sqrt(C_ii C_jj)"), out);
		// an empty text default reads as no default, like a null one
		assertTrue(out.matches("(?s).*\n  summaries +default \\(none\\) -- the toy summary files.*"), out);
		assertTrue(out.matches("(?s).*\n  universes +default \\(none\\) -- one CSV.*"), out);
		assertFalse(out.contains("default  --"), out);
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

	private File model(final String name, final String json) throws Exception {
		final File f = new File(tmp, name);
		Files.write(f.toPath(), json.getBytes(StandardCharsets.UTF_8));
		return f;
	}

	@Test
	void modelFileTyposAreErrorsNotSilentPhysics() throws Exception {
		final String ch = "\"channels\": [{\"name\": \"e\", \"expected\": 100, " +
			"\"observed\": 90}, {\"name\": \"mu\", \"expected\": 10000, " +
			"\"observed\": 9000}]";
		File f = model("typo.json", "{" + ch + ", \"systematic\": []}");
		assertEquals(1, run("--run", "Covariance", "model=" + f));
		assertTrue(err.contains("unknown field \"systematic\" in the top level"), err);
		f = model("nocorr.json", "{" + ch +
			", \"systematics\": [{\"name\": \"x\", \"frac_err\": [0.1, 0.1]}]}");
		assertEquals(1, run("--run", "Covariance", "model=" + f));
		assertTrue(err.contains("systematics[0].correlation is missing"), err);
		f = model("trailing.json", "{" + ch + "} }");
		assertEquals(1, run("--run", "Covariance", "model=" + f));
		assertEquals(1, err.split("\n").length, err);
	}

	@Test
	void noObservationsMeansNoChiSquareRatherThanNaN() throws Exception {
		final File f = model("noobs.json", "{\"channels\": [{\"name\": \"e\", " +
			"\"expected\": 100}, {\"name\": \"mu\", \"expected\": 10000}]}");
		assertEquals(0, run("--run", "Covariance", "model=" + f));
		assertTrue(!out.contains("NaN") && !out.contains("chi2 =") && out.contains(
			"ndf = 2"), out);
	}

	@Test
	void modelAndSeedKeysTogetherAreAnError() {
		assertEquals(1, run("--run", "Covariance",
			"model=sample-data/xsec-only.json,e_obs=1000"));
		assertOneLineError("model replaces the ten keys of the seed's model; give " +
			"the model file or the keys, not both (got model and e_obs)");
	}

	@Test
	void slicesAndFoldersAreCheckedBeforeTheToys() {
		// the muon count is thrown around 10000 +- 1418: 100000 is 64 sigma away
		assertEquals(1, run("--run", "Toy Experiments",
			"toys=1000,slice_center=100000"));
		assertTrue(err.startsWith("toycov: error: slice_center: no toy can reach"),
			err);
		assertEquals(1, run("--run", "Toy Experiments",
			"toys=1e12,output_dir=/proc/no/such"));
		assertTrue(err.startsWith("toycov: error: output_dir: cannot create"), err);
	}

	@Test
	void explorerBoundsAreChecked() {
		assertEquals(1, run("--run", "Chi2 Explorer", "mu_obs=5000"));
		assertOneLineError("mu_obs must be within [7000, 13000], got 5000");
		assertEquals(1, run("--run", "Chi2 Explorer", "xsec_corr=2"));
		assertOneLineError("xsec_corr must be within [0, 1], got 2");
	}
}
