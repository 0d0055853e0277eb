package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
