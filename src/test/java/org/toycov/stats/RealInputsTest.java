package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.model.ModelFile;
import org.toycov.model.SeedModel;
import org.toycov.model.TestFiles;

/**
 * Components collapsed to channels, absolute {@code cov} sources, a channel
 * expected to be 0 and the three statistical terms, against numpy
 * ({@code bench/numpy/components.py}: F = 0.01 A A^T over the 9 component
 * bins, Cabs = B B^T + diag(1..6) over the 6 channel bins, C = P (F o N N^T)
 * P^T + Cabs + diag(stat)).
 */
class RealInputsTest {

	@TempDir
	File tmp;

	static final double[][] A = { { 1, 0, 1 }, { 1, 1, 0 }, { 0, 1, 1 }, { 2, 0,
		0 }, { 1, 1, 1 }, { 0, 2, 1 }, { 1, 0, 2 }, { 0, 1, 0 }, { 1, 1, 0 } };
	static final double[][] B = { { 1, 0 }, { 2, 1 }, { 0, 3 }, { 1, 1 }, { 2,
		0 }, { 0, 2 } };

	private File write(final String name, final String text) throws IOException {
		return TestFiles.write(tmp, name, text);
	}

	/** {@code scale X X^T (+ diag)} as CSV rows. */
	private static String gram(final double[][] x, final double scale,
		final boolean diag)
	{
		final StringBuilder s = new StringBuilder();
		for (int i = 0; i < x.length; i++) {
			for (int j = 0; j < x.length; j++) {
				double v = 0;
				for (int k = 0; k < x[0].length; k++)
					v += x[i][k] * x[j][k];
				v *= scale;
				if (diag && i == j) v += i + 1;
				s.append(j == 0 ? "" : ",").append(v);
			}
			s.append('\n');
		}
		return s.toString();
	}

	private Model model() throws IOException {
		write("frac.csv", gram(A, 0.01, false));
		write("abs.csv", "a_0,a_1,a_2,m_0,m_1,z\n" + gram(B, 1, true));
		return ModelFile.read(write("m.json", "{\"channels\": [" +
			"{\"name\": \"a\", \"observed\": [12, 1, 30], \"components\": [" +
			"  {\"name\": \"sig\", \"expected\": [0, 2, 5], \"signal\": true}," +
			"  {\"name\": \"bkg\", \"expected\": [10, 0, 20]}]}," +
			"{\"name\": \"m\", \"expected\": [100, 200], \"observed\": [90, 215], \"bin_edges\": [0, 1.5, 4], \"bin_axis\": \"E (GeV)\"}," +
			"{\"name\": \"z\", \"expected\": 0, \"observed\": 1}]," +
			"\"systematics\": [{\"name\": \"flux\", \"frac_cov\": \"frac.csv\"}," +
			"{\"name\": \"det\", \"cov\": \"abs.csv\"}]}"));
	}

	@Test
	void componentsCollapseAndStatisticalTermsAgreeWithNumpy() throws IOException {
		final Model m = model();
		assertArrayEquals(new double[] { 10, 2, 25, 100, 200, 0 }, m.expected(), 0);
		assertEquals(9, m.fullSize());
		assertTrue(m.components().get(0).signal());
		assertFalse(m.components().get(1).signal());
		assertEquals("a_sig_0", m.fullNames()[0]);
		final double[][] sys = Covariances.systematic(m);
		// numpy: np.diag(Csys) and two off-diagonal entries
		assertArrayEquals(new double[] { 6, 7.08, 38.5, 506, 409, 10 }, diag(sys),
			1e-12);
		assertEquals(2, sys[0][4], 1e-12);
		assertEquals(3.9, sys[2][1], 1e-12);
		// numpy: chi2 pearson 1.64509246863306 neyman 1.58914491828042 cnp 1.63929747467827
		assertEquals(1.64509246863306, chi2(m, StatTerm.PEARSON), 1e-12);
		assertEquals(1.58914491828042, chi2(m, StatTerm.NEYMAN), 1e-12);
		assertEquals(1.63929747467827, chi2(m, StatTerm.CNP), 1e-12);
		assertArrayEquals(new double[] { 0, 1.5, 4 }, m.binEdges("m"), 0);
		assertEquals("E (GeV)", m.binAxis("m"));
	}

	private static double chi2(final Model m, final StatTerm s) {
		return new ChiSquare(Covariances.total(m, s), m.channels()).chi2(m
			.expected(), m.observed());
	}

	private static double[] diag(final double[][] c) {
		final double[] d = new double[c.length];
		for (int i = 0; i < d.length; i++)
			d[i] = c[i][i];
		return d;
	}

	@Test
	void absoluteCovarianceEqualsItsFractionalForm() throws IOException {
		// C = F N N^T with N = (4, 9): F = [[0.01, 0.005], [0.005, 0.02]]
		final String ch = "\"channels\": [{\"name\": \"a\", \"expected\": 4, \"observed\": 6}," +
			"{\"name\": \"b\", \"expected\": 9, \"observed\": 7}]";
		final Model f = ModelFile.read(write("f.json", "{" + ch +
			", \"systematics\": [{\"name\": \"s\", \"frac_cov\": [[0.01, 0.005], [0.005, 0.02]]}]}"));
		final Model c = ModelFile.read(write("c.json", "{" + ch +
			", \"systematics\": [{\"name\": \"s\", \"cov\": [[0.16, 0.18], [0.18, 1.62]]}," +
			"{\"name\": \"t\", \"cov\": [[0, 0], [0, 0]]}]}"));
		final double[][] a = Covariances.systematic(f), b = Covariances.systematic(
			c);
		for (int i = 0; i < 2; i++)
			assertArrayEquals(a[i], b[i], 1e-15);
	}

	private String error(final String systematics) throws IOException {
		final File m = write("bad.json", "{\"channels\": [" +
			"{\"name\": \"a\", \"expected\": [4, 5], \"components\": [" +
			"{\"name\": \"x\", \"expected\": [1, 2]}, {\"name\": \"y\", \"expected\": [3, 3]}]}," +
			"{\"name\": \"b\", \"expected\": 9}], \"systematics\": [" + systematics +
			"]}");
		final String msg = assertThrows(ModelException.class, () -> ModelFile.read(
			m)).getMessage();
		assertEquals(-1, msg.indexOf('\n'), msg);
		return msg.substring(msg.indexOf(": ") + 2);
	}

	@Test
	void badCovariancesAndComponentsAreOneLineErrors() throws IOException {
		assertEquals("systematics[0].cov must have a diagonal >= 0 (variances), got -1.0 at " +
			"bin a_1 (row 2)", error(
				"{\"name\": \"s\", \"cov\": [[1, 0, 0], [0, -1, 0], [0, 0, 1]]}"));
		assertEquals("systematics[0].cov must be a 3 x 3 matrix (or 5 x 5 over " +
			"component bins), the path of a CSV file or {\"hepdata\": file}", error(
				"{\"name\": \"s\", \"cov\": [[1, 0], [0, 1]]}"));
		// eigenvalues of [[1, 2], [2, 1]]: 3 and -1
		assertTrue(error("{\"name\": \"s\", \"cov\": [[1, 2, 0], [2, 1, 0], [0, 0, 1]]}")
			.startsWith("systematics[0].cov is not positive semi-definite: most negative " +
				"eigenvalue -1.000"));
		final File m = write("c.json", "{\"channels\": [{\"name\": \"a\", " +
			"\"components\": [{\"name\": \"x\", \"expected\": [1, 2]}, " +
			"{\"name\": \"y\", \"expected\": [3]}]}]}");
		assertTrue(assertThrows(ModelException.class, () -> ModelFile.read(m))
			.getMessage().endsWith("channels[0].components[1].expected has 1 bins " +
				"but channels[0].components[0] has 2 (components must have the " +
				"channel's bins)"));
		final File s = write("s.json", "{\"channels\": [{\"name\": \"a\", " +
			"\"expected\": [4, 6], \"components\": [{\"name\": \"x\", \"expected\": [1, 2]}, " +
			"{\"name\": \"y\", \"expected\": [3, 3]}]}]}");
		assertTrue(assertThrows(ModelException.class, () -> ModelFile.read(s))
			.getMessage().endsWith("channels[0].expected[1] must be the sum of its " +
				"components, 5, got 6 (or leave .expected out)"));
	}

	@Test
	void zeroExpectationWithoutVarianceIsStillSingular() {
		final Model m = SeedModel.of(10000, 0, 0.1, 0.1, 1, 0, 0, 0, 10000, 0);
		assertTrue(assertThrows(ModelException.class, () -> new ChiSquare(
			Covariances.total(m), m.channels())).getMessage().startsWith(
				"covariance is singular at channel e: it has no variance"));
	}

	@Test
	void overflowingInputsNameTheirKey() {
		// mu_exp = 1e308: (0.1 mu_exp)^2 overflows; e_xsec_frac_err = 1e308: (1e308 * 100)^2
		assertEquals("the variance of mu is not finite (it overflows a double): " +
			"mu_exp=1.0E308 is too large; give a smaller value", assertThrows(
				ModelException.class, () -> Covariances.total(SeedModel.of(1e308, 100,
					0.1, 0.1, 1, 0.1, 0, 0, 9000, 100))).getMessage());
		assertEquals("the variance of e is not finite (it overflows a double): " +
			"e_xsec_frac_err=1.0E308 is too large; give a smaller value",
			assertThrows(ModelException.class, () -> Covariances.total(SeedModel.of(
				10000, 100, 0.1, 1e308, 1, 0.1, 0, 0, 9000, 100))).getMessage());
		// e_obs = 1e308: (N - n)^2 overflows; the p-value of an infinite chi2 is 0
		final Model m = SeedModel.of(10000, 100, 0.1, 0.1, 1, 0.1, 0, 0, 9000,
			1e308);
		assertEquals("the chi-square overflows: e_obs=1.0E308 is too far from " +
			"e_exp=100 for a double; give a smaller e_obs", assertThrows(
				ModelException.class, () -> new ChiSquare(Covariances.total(m), m
					.channels()).chi2(m.expected(), m.observed())).getMessage());
		assertEquals(0, ChiSquare.pValue(Double.POSITIVE_INFINITY, 2), 0);
		// 1e300 / 2 against ndf 2: exp(-5e299) underflows to 0
		assertEquals(0, ChiSquare.pValue(1e300, 2), 0);
	}

	@Test
	void aModelFileBinIsNamedByItsPlaceInTheFile() throws IOException {
		final Model big = ModelFile.read(write("big.json", "{\"channels\": [" +
			"{\"name\": \"e\", \"expected\": [100, 1e308]}], \"systematics\": [" +
			"{\"name\": \"x\", \"frac_err\": [0.1, 0.1], \"correlation\": 0}]}"));
		assertEquals("the variance of e_1 is not finite (it overflows a double): " +
			"channels[0].expected[1]=1.0E308 is too large; give a smaller value",
			assertThrows(ModelException.class, () -> Covariances.total(big))
				.getMessage());
		final Model zero = ModelFile.read(write("zero.json", "{\"channels\": [" +
			"{\"name\": \"e\", \"expected\": [100, 0]}]}"));
		assertTrue(assertThrows(ModelException.class, () -> Covariances.total(zero))
			.getMessage().endsWith("give channels[0].expected[1] a value > 0, a " +
				"systematic variance, or merge the bin"));
		final Model frac = ModelFile.read(write("frac.json", "{\"channels\": [" +
			"{\"name\": \"e\", \"expected\": [100, 10], \"observed\": [90, 0]}], " +
			"\"systematics\": [{\"name\": \"x\", \"frac_err\": [0.1, 1e308], " +
			"\"correlation\": 0}]}"));
		assertEquals("the variance of e_1 is not finite (it overflows a double): " +
			"systematics[0].frac_err of bin e_1=1.0E308 is too large; give a " +
			"smaller value", assertThrows(ModelException.class, () -> Covariances
				.total(frac)).getMessage());
		final Model noSys = ModelFile.read(write("nosys.json", "{\"channels\": [" +
			"{\"name\": \"e\", \"expected\": [100, 10], \"observed\": [90, 0]}]}"));
		assertTrue(assertThrows(ModelException.class, () -> Covariances.total(noSys,
			StatTerm.NEYMAN)).getMessage().contains(
				"gives it no variance at channels[0].observed[1]=0"));
		assertEquals("channels[0].observed[1] must be > 0 to tune the prediction " +
			"by it (the tuned model would expect nothing), got 0", assertThrows(
				ModelException.class, () -> NaiveTune.of(noSys, new int[] { 1 }))
				.getMessage());
		assertEquals("the sum of the expected counts of e_0 to e_1 must be > 0 to " +
			"tune by it, got 0", assertThrows(ModelException.class, () -> NaiveTune
				.of(noSys.withExpected(new double[] { 0, 0 }), new int[] { 0, 1 }))
				.getMessage());
	}

	@Test
	void blockedCholeskyOfAThousandBinsMatchesShermanMorrison() {
		// 1100 bins take EJML's blocked Cholesky, whose factor PsdCholesky turns
		// back in place: C = diag(N) + s s^T with s = 0.1 N (a 10% normalisation),
		// chi2 = d'D^-1 d - (d'D^-1 s)^2 / (1 + s'D^-1 s)
		final int n = 1100;
		final double[] e = new double[n], o = new double[n], f = new double[n];
		final String[] names = new String[n];
		for (int i = 0; i < n; i++) {
			e[i] = 50 + i % 37;
			o[i] = e[i] + (i % 5) - 2;
			f[i] = 0.1;
			names[i] = "b" + i;
		}
		final Model m = new Model(names, e, java.util.Collections.singletonList(
			org.toycov.model.Systematic.uniform("norm", f, 1)), o);
		double dd = 0, ds = 0, ss = 0;
		for (int i = 0; i < n; i++) {
			final double d = e[i] - o[i], sv = 0.1 * e[i];
			dd += d * d / e[i];
			ds += d * sv / e[i];
			ss += sv * sv / e[i];
		}
		assertEquals(dd - ds * ds / (1 + ss), new ChiSquare(Covariances.total(m),
			names).chi2(e, o), 1e-9);
	}
}
