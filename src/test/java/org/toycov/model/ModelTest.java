package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation messages and model files. */
class ModelTest {

	@TempDir
	File tmp;

	private static String error(final Runnable r) {
		return assertThrows(ModelException.class, r::run).getMessage();
	}

	@Test
	void badSeedKeysNameTheKeyAndValue() {
		assertEquals("xsec_corr must be within [-1, 1], got 1.5", error(
			() -> SeedModel.of(10000, 100, 0.1, 0.1, 1.5, 0, 0, 0, 9000, 100)));
		assertEquals("e_exp must be >= 0, got -5", error(() -> SeedModel.of(10000,
			-5, 0.1, 0.1, 1, 0, 0, 0, 9000, 100)));
		assertEquals("mu_reco_frac_err must be >= 0, got -0.1", error(
			() -> SeedModel.of(10000, 100, 0.1, 0.1, 1, -0.1, 0, 0, 9000, 100)));
		assertEquals("mu_obs must be >= 0, got -1", error(() -> SeedModel.of(10000,
			100, 0.1, 0.1, 1, 0, 0, 0, -1, 100)));
	}

	@Test
	void correlationMatrixMustBePositiveSemiDefinite() {
		// three channels pairwise anti-correlated at -0.9: eigenvalue 1 - 2(0.9) < 0
		final String msg = error(() -> new Model(new String[] { "a", "b", "c" },
			new double[] { 1, 1, 1 }, Collections.singletonList(Systematic.uniform(
				"s", new double[] { .1, .1, .1 }, -0.9)), null));
		assertEquals("s_corr must be positive semi-definite, got smallest eigenvalue -0.8000",
			msg);
	}

	private File write(final String name, final String text) throws IOException {
		return TestFiles.write(tmp, name, text);
	}

	@Test
	void modelFileMatchesSeedKeys() throws IOException {
		final Model fromFile = ModelFile.read(write("m.json", "{\"channels\": [" +
			"{\"name\": \"e\", \"expected\": 100, \"observed\": 95}," +
			"{\"name\": \"mu\", \"expected\": 10000, \"observed\": 9000}]," +
			"\"systematics\": [" +
			"{\"name\": \"xsec\", \"frac_err\": {\"e\": 0.1, \"mu\": 0.1}, \"correlation\": 1}," +
			"{\"name\": \"reco\", \"frac_err\": [0, 0.1], \"correlation\": [[1, 0], [0, 1]]}]}"));
		final Model seed = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000,
			95);
		assertArrayEquals(seed.channels(), fromFile.channels());
		assertArrayEquals(seed.expected(), fromFile.expected(), 0);
		assertArrayEquals(seed.observed(), fromFile.observed(), 0);
		assertEquals(2, fromFile.systematics().size());
		for (int k = 0; k < 2; k++) {
			assertArrayEquals(seed.systematics().get(k).fracErrs(), fromFile
				.systematics().get(k).fracErrs(), 0);
			assertArrayEquals(seed.systematics().get(k).correlationMatrix()[0],
				fromFile.systematics().get(k).correlationMatrix()[0], 0);
		}
	}

	@Test
	void badModelFilesAreOneLineErrors() throws IOException {
		final File missing = new File(tmp, "nope.json");
		assertEquals("model file " + missing.getPath() + " not found", error(
			() -> ModelFile.read(missing)));
		final File bad = write("bad.json", "{\"channels\": [ {\"name\": \"e\", ");
		final String msg = error(() -> ModelFile.read(bad));
		assertEquals("model file " + bad.getPath() + " ends too early (line 1, " +
			"column 30): an object is never closed (a } is missing)", msg);
		assertEquals(-1, msg.indexOf('\n'));
		final File neg = write("neg.json",
			"{\"channels\": [{\"name\": \"e\", \"expected\": -3}]}");
		assertEquals("model file " + neg.getPath() +
			": channels[0].expected must be >= 0, got -3", error(() -> ModelFile.read(
				neg)));
	}

	/** The error of a two-channel (e, mu) model file with these sources. */
	private String fileError(final String systematics) throws IOException {
		final File f = write("corr.json", "{\"channels\": [" +
			"{\"name\": \"e\", \"expected\": 100, \"bin_edges\": [0, 1]}," +
			"{\"name\": \"mu\", \"expected\": 10000}, " +
			"{\"name\": \"tau\", \"expected\": 10}], \"systematics\": [" +
			systematics + "]}");
		final String msg = error(() -> ModelFile.read(f));
		final String head = "model file " + f.getPath() + ": ";
		assertEquals(0, msg.indexOf(head), msg);
		// no seed key (x_corr, e_exp, ...) names a place in a model file
		assertFalse(msg.matches(".*_(corr|exp|obs|frac_err|frac_cov|cov|bin_edges)\\b.*"),
			msg);
		return msg.substring(head.length());
	}

	@Test
	void modelFileErrorsNameThePlaceInTheFile() throws IOException {
		final String x = "{\"name\": \"x\", \"frac_err\": [0.1, 0.1, 0.1], ";
		assertEquals("systematics[0].correlation must be within [-1, 1], got 1.5",
			fileError(x + "\"correlation\": 1.5}"));
		assertEquals("systematics[0].correlation[0][1] must be within [-1, 1], " +
			"got 1.5", fileError(x +
				"\"correlation\": [[1, 1.5, 0], [1.5, 1, 0], [0, 0, 1]]}"));
		assertEquals("systematics[0].correlation[1][1] (a diagonal term) must be " +
			"1, got 0.9", fileError(x +
				"\"correlation\": [[1, 0, 0], [0, 0.9, 0], [0, 0, 1]]}"));
		assertEquals("systematics[0].correlation must be symmetric, got 0.3 and " +
			"0.5 for e/mu ([0][1] and [1][0])", fileError(x +
				"\"correlation\": [[1, 0.3, 0], [0.5, 1, 0], [0, 0, 1]]}"));
		// uniform rho = -0.9 over three bins: eigenvalues 1 - rho (twice) and
		// 1 + 2 rho = -0.8
		assertEquals("systematics[1].correlation must be positive semi-definite, " +
			"got smallest eigenvalue -0.8000", fileError(x +
				"\"correlation\": 0}, {\"name\": \"y\", \"frac_err\": " +
				"[0.1, 0.1, 0.1], \"correlation\": -0.9}"));
		assertEquals("systematics[1].name must be unique, got x (also " +
			"systematics[0].name)", fileError(x + "\"correlation\": 0}, " + x +
				"\"correlation\": 0}"));
		assertEquals("systematics[0].cov must be symmetric, got 2.0 at row 2, " +
			"column 1 but 1.0 at row 1, column 2", fileError("{\"name\": \"x\", " +
				"\"cov\": [[4, 1, 0], [2, 4, 0], [0, 0, 4]]}"));
		final Model noObs = ModelFile.read(write("n.json",
			"{\"channels\": [{\"name\": \"e\", \"expected\": [1, 2]}]}"));
		assertEquals("no observed counts given (give \"observed\" for every " +
			"channel in the model file)", error(noObs::observed));
		assertEquals("channels[0].observed[1]", noObs.observedKey(1));
		final File edges = write("edges.json", "{\"channels\": [{\"name\": \"e\", " +
			"\"expected\": [1, 2], \"bin_edges\": [0, 1, 1]}]}");
		assertEquals("model file " + edges.getPath() + ": channels[0].bin_edges " +
			"must increase, got 1 then 1", error(() -> ModelFile.read(edges)));
	}
}
