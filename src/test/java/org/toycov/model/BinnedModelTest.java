package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binned channels and fractional covariance matrices in model files. */
class BinnedModelTest {

	@TempDir
	File tmp;

	private File write(final String name, final String text) throws IOException {
		return TestFiles.write(tmp, name, text);
	}

	private static final String CHANNELS = "\"channels\": [" +
		"{\"name\": \"e\", \"expected\": [10, 20], \"observed\": [12, 18]}," +
		"{\"name\": \"mu\", \"expected\": 1000, \"observed\": 950}]";

	@Test
	void binnedChannelsAreNamedAndGrouped() throws IOException {
		final Model m = ModelFile.read(write("m.json", "{" + CHANNELS +
			", \"systematics\": [{\"name\": \"x\", \"frac_err\": {\"e\": [0.1, 0.2], \"mu\": 0.3}, \"correlation\": 0.5}]}"));
		assertArrayEquals(new String[] { "e_0", "e_1", "mu" }, m.channels());
		assertArrayEquals(new int[] { 0, 1 }, m.binsOf("e"));
		assertArrayEquals(new int[] { 1 }, m.binsOf("e_1"));
		assertArrayEquals(new double[] { 0.1, 0.2, 0.3 }, m.systematics().get(0)
			.fracErrs(), 0);
		assertArrayEquals(new double[] { 12, 18, 950 }, m.observed(), 0);
	}

	@Test
	void fractionalCovarianceCsvEqualsErrorsAndCorrelation() throws IOException {
		// F_ij = rho_ij f_i f_j for f = (0.1, 0.2, 0.3) and rho = 0.5 off the diagonal
		final double[] f = { 0.1, 0.2, 0.3 };
		final StringBuilder csv = new StringBuilder("e_0,e_1,mu\n");
		for (int i = 0; i < 3; i++) {
			for (int j = 0; j < 3; j++)
				csv.append(j == 0 ? "" : ",").append((i == j ? 1 : 0.5) * f[i] * f[j]);
			csv.append('\n');
		}
		write("f.csv", csv.toString());
		final Model a = ModelFile.read(write("a.json", "{" + CHANNELS +
			", \"systematics\": [{\"name\": \"x\", \"frac_cov\": \"f.csv\"}]}"));
		final Model b = ModelFile.read(write("b.json", "{" + CHANNELS +
			", \"systematics\": [{\"name\": \"x\", \"frac_err\": [0.1, 0.2, 0.3], \"correlation\": 0.5}]}"));
		for (int i = 0; i < 3; i++)
			for (int j = 0; j < 3; j++)
				assertEquals(b.systematics().get(0).fracCov(i, j), a.systematics().get(0)
					.fracCov(i, j), 1e-17);
	}

	private String error(final String csv) throws IOException {
		write("bad.csv", csv);
		final File m = write("m.json", "{" + CHANNELS +
			", \"systematics\": [{\"name\": \"x\", \"frac_cov\": \"bad.csv\"}]}");
		return assertThrows(ModelException.class, () -> ModelFile.read(m))
			.getMessage();
	}

	@Test
	void badFractionalCovariancesAreOneLineErrors() throws IOException {
		String msg = error("0.01,0,0\n0,0.01,0\n");
		assertTrue(msg.endsWith("must be 3 x 3 (one row and column per bin), got 2 rows"),
			msg);
		msg = error("0.01,0.002,0\n0,0.01,0\n0,0,0.01\n");
		assertTrue(msg.contains("systematics[0].frac_cov must be symmetric"), msg);
		// eigenvalues of [[1, 2], [2, 1]] * 0.01 (+ 0.01): -0.01 is the most negative
		msg = error("0.01,0.02,0\n0.02,0.01,0\n0,0,0.01\n");
		assertTrue(msg.contains(
			"systematics[0].frac_cov is not positive semi-definite: most negative " +
			"eigenvalue -0.01000"),
			msg);
		assertTrue(msg.contains("set negative eigenvalues to 0"), msg);
		assertEquals(-1, msg.indexOf('\n'));
	}

	@Test
	void blankSeparatedAndBadCellsAreRead() throws IOException {
		// the release format: blank-separated, a '#' comment line, leading blanks
		write("f.txt", "# a comment\n  0.01  0.005 0\n 0.005 0.01 0\n0 0  0.01\n");
		final Model m = ModelFile.read(write("w.json", "{" + CHANNELS +
			", \"systematics\": [{\"name\": \"x\", \"frac_cov\": \"f.txt\"}]}"));
		assertEquals(0.005, m.systematics().get(0).fracCov(1, 0), 0);
		final String msg = error("0.01,0,0\n0,zero,0\n0,0,0.01\n");
		assertTrue(msg.endsWith("bad.csv: line 2, column 2 is not a number: zero"),
			msg);
	}

	@Test
	void bundledBinnedSampleReads() {
		final Model m = ModelFile.read(new File("sample-data/binned.json"));
		assertEquals(20, m.size());
		assertEquals(10, m.binsOf("e").length);
		double e = 0;
		for (final int i : m.binsOf("e"))
			e += m.expected(i);
		assertEquals(100, e, 1e-12); // the seed's e_exp, spread over ten bins
	}

	/** The names a "must be one of ..." list offers, ranges expanded. */
	private static List<String> offered(final String msg) {
		final String list = msg.replaceAll(".* must be one of (.*), got .*", "$1");
		final List<String> out = new ArrayList<>();
		for (final String item : list.split(", ")) {
			final String[] r = item.split(" to ");
			if (r.length == 1) out.add(item);
			else {
				final String stem = r[0].substring(0, r[0].lastIndexOf('_') + 1);
				final int last = Integer.parseInt(r[1].substring(stem.length()));
				for (int b = Integer.parseInt(r[0].substring(stem.length())); b <=
					last; b++)
					out.add(stem + b);
			}
		}
		return out;
	}

	@Test
	void channelListsOfferExactlyWhatIsAccepted() {
		final Model m = ModelFile.read(new File(
			"sample-data/miniboone-2018/miniboone-2018.json"));
		// a key taking a channel or one bin (scan_channel, slice_channel,
		// target_channel): the binned channels' bins, not the channels
		final String one = assertThrows(ModelException.class, () -> m.indexOf(
			"scan_channel", "nu_e")).getMessage();
		assertEquals("scan_channel must be one of nue_0 to nue_10, numu_0 to " +
			"numu_7, got nu_e", one);
		assertEquals(Arrays.asList(m.channels()), offered(one));
		for (final String name : offered(one))
			assertEquals(name, m.channel(m.indexOf("scan_channel", name)));
		assertEquals("scan_channel must be a channel or one bin, got the binned " +
			"channel nue (its bins are nue_0 to nue_10)", assertThrows(
				ModelException.class, () -> m.indexOf("scan_channel", "nue"))
				.getMessage());
		// constrained takes a binned channel too
		final String many = assertThrows(ModelException.class, () -> m.binsOf(
			"constrained", "nu_e")).getMessage();
		assertEquals("constrained must be one of nue, nue_0 to nue_10, numu, " +
			"numu_0 to numu_7, got nu_e", many);
		for (final String name : offered(many))
			assertTrue(m.binsOf("constrained", name).length > 0, name);
		assertEquals(11, m.binsOf("constrained", "nue").length);
		// a model mixing a scalar channel, a one-bin binned channel and bins
		final Map<String, int[]> groups = new LinkedHashMap<>();
		groups.put("a", new int[] { 1, 2 });
		groups.put("b", new int[] { 3 });
		final Model mixed = new Model(new String[] { "e", "a_0", "a_1", "b_0" },
			new double[] { 1, 2, 3, 4 }, new ArrayList<>(), null, groups);
		final String msg = assertThrows(ModelException.class, () -> mixed.indexOf(
			"target_channel", "x")).getMessage();
		assertEquals("target_channel must be one of e, a_0 to a_1, b_0, got x", msg);
		assertEquals(Arrays.asList(mixed.channels()), offered(msg));
	}
}
