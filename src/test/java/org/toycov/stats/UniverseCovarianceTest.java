package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toycov.model.ModelException;
import org.toycov.stats.UniverseCovariance.Mode;

/** Universe covariances against numpy (bench/numpy/universes.py). */
class UniverseCovarianceTest {

	@TempDir
	File tmp;

	static final double[] CV = { 10, 0, 5, 20 };
	static final double[][] U = { { 11, 0, 5, 22 }, { 9, 1, 6, 18 }, { 10, 0, 4,
		21 }, { 12, 0, 5, 19 }, { 8, -1, 5, 20 }, { 10, 0.5, 6, 23 }, { 11, 0, 4,
			17 } };
	/** numpy: D.T @ D with D = U - CV; multisim divides it by 7. */
	static final double[][] DTD = { { 11, 1, -2, -1 }, { 1, 2.25, 1.5, -0.5 }, {
		-2, 1.5, 4, 3 }, { -1, -0.5, 3, 28 } };

	private File csv(final String name, final double[][] rows, final int times)
		throws IOException
	{
		final StringBuilder s = new StringBuilder("# universes\nb0,b1,b2,b3\n");
		for (int t = 0; t < times; t++)
			for (final double[] r : rows) {
				for (int j = 0; j < r.length; j++)
					s.append(j == 0 ? "" : ",").append(r[j]);
				s.append('\n');
			}
		final File f = new File(tmp, name);
		Files.write(f.toPath(), s.toString().getBytes(StandardCharsets.UTF_8));
		return f;
	}

	/** A .npy file of float64 rows, as numpy.save writes it. */
	private File npy(final String name, final double[][] rows) throws IOException {
		String h = "{'descr': '<f8', 'fortran_order': False, 'shape': (" +
			rows.length + ", " + rows[0].length + "), }";
		while ((10 + h.length() + 1) % 64 != 0)
			h += " ";
		h += "\n";
		final ByteBuffer b = ByteBuffer.allocate(10 + h.length() + 8 * rows.length *
			rows[0].length).order(ByteOrder.LITTLE_ENDIAN);
		b.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 });
		b.putShort((short) h.length());
		b.put(h.getBytes(StandardCharsets.ISO_8859_1));
		for (final double[] r : rows)
			for (final double v : r)
				b.putDouble(v);
		final File f = new File(tmp, name);
		Files.write(f.toPath(), b.array());
		return f;
	}

	@Test
	void multisimStreamsOverBlocksAndMatchesNumpy() throws IOException {
		// 35 rows (the 7 universes 5 times) cross the 32-row block: same M
		final UniverseCovariance u = UniverseCovariance.read(csv("cv.csv",
			new double[][] { CV }, 1), Arrays.asList(csv("flux.csv", U, 5), npy(
				"xsec.npy", U)), Mode.MULTISIM);
		assertEquals("flux", u.sources().get(0).name());
		assertArrayEquals(new String[] { "b0", "b1", "b2", "b3" }, u.names());
		assertEquals(35, u.sources().get(0).universes());
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				assertEquals(DTD[i][j] / 7, u.sources().get(0).covariance()[i][j], 1e-14);
				assertEquals(DTD[i][j] / 7, u.sources().get(1).covariance()[i][j], 1e-14);
				assertEquals(2 * DTD[i][j] / 7, u.covariance()[i][j], 1e-14);
			}
		}
		// zero central value: fractional 0 there, never NaN; 11/7 / (10 * 10)
		final double[][] f = UniverseCovariance.fractional(u.covariance(), CV);
		assertArrayEquals(new double[] { 0, 0, 0, 0 }, f[1], 0);
		assertEquals(2 * 11.0 / 7 / 100, f[0][0], 1e-15);
	}

	@Test
	void unisimAndMinmaxMatchNumpy() {
		// numpy: unisim of the first 3 rows; minmax of the first 6 rows (3 pairs)
		final UniverseCovariance.Accumulator a = new UniverseCovariance.Accumulator(
			CV, Mode.UNISIM);
		for (int k = 0; k < 3; k++)
			a.add(U[k]);
		assertArrayEquals(new double[] { 2, -1, -1, 4 }, a.covariance()[0], 1e-14);
		assertArrayEquals(new double[] { 4, -2, -3, 9 }, a.covariance()[3], 1e-14);
		final UniverseCovariance.Accumulator b = new UniverseCovariance.Accumulator(
			CV, Mode.MINMAX);
		for (int k = 0; k < 6; k++)
			b.add(U[k]);
		assertArrayEquals(new double[] { 3, 0.25, 0.5, 2.5 }, b.covariance()[0],
			1e-14);
		assertArrayEquals(new double[] { 0.25, 0.8125, 0.625, 0.125 }, b
			.covariance()[1], 1e-14);
	}

	@Test
	void badUniverseFilesAreOneLine() throws IOException {
		final File cv = csv("cv.csv", new double[][] { CV }, 1);
		final File wide = csv("wide.csv", new double[][] { { 1, 2, 3, 4, 5 } }, 1);
		assertEquals("universes file " + wide.getPath() + " has 5 bins per row but " +
			"the central_value has 4", assertThrows(ModelException.class,
				() -> UniverseCovariance.read(cv, Collections.singletonList(wide),
					Mode.MULTISIM)).getMessage());
		final File ragged = new File(tmp, "ragged.csv");
		Files.write(ragged.toPath(), "1,2,3,4\n1,2,3\n".getBytes(
			StandardCharsets.UTF_8));
		assertEquals("universes file " + ragged.getPath() + ": row 2 has 3 " +
			"values, the others 4", assertThrows(ModelException.class,
				() -> UniverseCovariance.read(cv, Collections.singletonList(ragged),
					Mode.MULTISIM)).getMessage());
		final File empty = new File(tmp, "empty.csv");
		Files.write(empty.toPath(), "a,b,c,d\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("universes file " + empty.getPath() + " has no rows of numbers",
			assertThrows(ModelException.class, () -> UniverseCovariance.read(cv,
				Collections.singletonList(empty), Mode.MULTISIM)).getMessage());
		final File nothing = new File(tmp, "nothing.csv");
		Files.write(nothing.toPath(), new byte[0]);
		assertEquals("universes file " + nothing.getPath() + " is empty",
			assertThrows(ModelException.class, () -> UniverseCovariance.read(cv,
				Collections.singletonList(nothing), Mode.MULTISIM)).getMessage());
		final File a = new File(tmp, "a"), b = new File(tmp, "b");
		assertTrue(a.mkdir() && b.mkdir());
		final File fa = new File(a, "flux.csv"), fb = new File(b, "flux.csv");
		Files.write(fa.toPath(), "1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
		Files.write(fb.toPath(), "1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("universes: two sources named flux (a source is named by its " +
			"file name): rename one of the files", assertThrows(ModelException.class,
				() -> UniverseCovariance.read(cv, java.util.Arrays.asList(fa, fb),
					Mode.MULTISIM)).getMessage());
		assertEquals("mode must be one of multisim, unisim, minmax, got flat",
			assertThrows(ModelException.class, () -> Mode.of("flat")).getMessage());
	}
	/** Writes text to a file in tmp. */
	private File text(final String name, final String text) throws IOException {
		final File f = new File(tmp, name);
		Files.write(f.toPath(), text.getBytes(StandardCharsets.UTF_8));
		return f;
	}

	private String refusal(final File cv, final File universes) {
		return assertThrows(ModelException.class, () -> UniverseCovariance.read(cv,
			Collections.singletonList(universes), Mode.MULTISIM)).getMessage();
	}

	@Test
	void nonFiniteValuesAreOneLineNamingFileRowAndColumn() throws IOException {
		final File cv = csv("cv.csv", new double[][] { CV }, 1);
		// line 1 the header, lines 2-3 the rows
		final File nan = text("nan.csv", "b0,b1,b2,b3\n1,2,3,4\n1,2,NaN,4\n");
		assertEquals("universes file " + nan.getPath() + ": row 2 (line 3), " +
			"column 3 is not a finite number: NaN", refusal(cv, nan));
		final File inf = text("inf.csv", "# c\n1,2,3,4\nInfinity,2,3,4\n");
		assertEquals("universes file " + inf.getPath() + ": row 2 (line 3), " +
			"column 1 is not a finite number: Infinity", refusal(cv, inf));
		final File npy = npy("big.npy", new double[][] { { 1, 2, 3, 4 }, { 1,
			Double.NEGATIVE_INFINITY, 3, 4 } });
		assertEquals("universes file " + npy.getPath() + ": row 2, column 2 is " +
			"not a finite number: -Infinity", refusal(cv, npy));
		// as typed: a number beyond a double, and python's and C's spellings
		final File huge = text("huge.csv", "1,2,3,4\n1,2,1e400,4\n");
		assertEquals("universes file " + huge.getPath() + ": row 2 (line 2), " +
			"column 3 is not a finite number: 1e400", refusal(cv, huge));
		final File py = text("py.csv", "1,2,3,4\n1,-inf,3,4\n");
		assertEquals("universes file " + py.getPath() + ": line 2, " +
			"column 2 is not a finite number: -inf", refusal(cv, py));
		final File badCv = text("badcv.csv", "b0,b1,b2,b3\n10,NaN,5,20\n");
		assertEquals("central_value file " + badCv.getPath() + ": row 1 (line 2), " +
			"column 2 is not a finite number: NaN", refusal(badCv, inf));
	}

	@Test
	void overflowingCovariancesAreOneLineNamingTheSource() throws IOException {
		final File cv = csv("cv.csv", new double[][] { CV }, 1);
		// (1e200 - 5)^2 overflows a double: numpy gives inf there too
		final File big = text("big.csv", "1,2,3,4\n1,2,1e200,4\n");
		assertEquals("universes file " + big.getPath() + ": its covariance " +
			"overflows a double at bin b2 (the universes are too far from the " +
			"central value); give smaller values", refusal(cv, big));
		// a finite covariance (5e299) whose M_ii M_jj overflows: the correlation
		// of b2 and b3 is still 1 (analytic: d_2 = d_3 = 1e150 to double precision)
		final File far = text("far.csv", "1,2,3,4\n1,2,1e150,1e150\n");
		final double[][] r = UniverseCovariance.correlation(UniverseCovariance.read(
			cv, Collections.singletonList(far), Mode.MULTISIM).covariance());
		assertEquals(1, r[2][3], 1e-15);
		// M / (CV_i CV_j) overflows for a tiny central value
		final File tiny = text("tiny.csv", "b0,b1,b2,b3\n10,1e-300,5,20\n");
		final File u = text("u.csv", "10,1,5,20\n10,0,5,20\n");
		assertEquals("central_value file " + tiny.getPath() + ": the frac_cov of " +
			"u overflows a double at bin b1 (M_ij / (CV_i CV_j) with a central " +
			"value of 1.0E-300); give larger central values", refusal(tiny, u));
	}

	@Test
	void negativeCentralValuesAreRefused() throws IOException {
		// SBNfit refuses negative event weights, so its central values are >= 0
		final File cv = text("neg.csv", "b0,b1,b2,b3\n10,0,-5,20\n");
		final File u = csv("u.csv", U, 1);
		assertEquals("central_value file " + cv.getPath() + ": column 3 (b2) is " +
			"-5, but a central value is a predicted count and must be >= 0",
			refusal(cv, u));
	}

	@Test
	void headersMustNameTheCentralValuesBinsInOrder() throws IOException {
		final File cv = csv("cv.csv", new double[][] { CV }, 1);
		final File other = text("other.csv", "a,b,c,d\n1,2,3,4\n");
		assertEquals("universes file " + other.getPath() + ": header column 1 is " +
			"a but bin 1 of the central_value is b0 (columns must be in the " +
			"central_value's bin order)", refusal(cv, other));
		final File moved = text("moved.csv", "b0,b2,b1,b3\n1,2,3,4\n");
		assertEquals("universes file " + moved.getPath() + ": header column 2 is " +
			"b2 but bin 2 of the central_value is b1 (columns must be in the " +
			"central_value's bin order)", refusal(cv, moved));
		final File short3 = text("short.csv", "b0,b1,b2\n1,2,3,4\n");
		assertEquals("universes file " + short3.getPath() + ": the header names 3 " +
			"columns, the central_value has 4 bins", refusal(cv, short3));
		// no header in the central value: the first universe file's names rule
		final File bare = text("bare.csv", "10,0,5,20\n");
		final File named = text("named.csv", "x0,x1,x2,x3\n1,2,3,4\n");
		assertEquals("universes file " + other.getPath() + ": header column 1 is " +
			"a but bin 1 of universes file " + named.getPath() + " is x0 (columns " +
			"must be in universes file " + named.getPath() + "'s bin order)",
			assertThrows(ModelException.class, () -> UniverseCovariance.read(bare,
				Arrays.asList(named, other), Mode.MULTISIM)).getMessage());
		assertArrayEquals(new String[] { "x0", "x1", "x2", "x3" }, UniverseCovariance
			.read(bare, Collections.singletonList(named), Mode.MULTISIM).names());
		// the central value's names name the tables when the universes have none
		final File plain = text("plain.csv", "1,2,3,4\n");
		assertArrayEquals(new String[] { "b0", "b1", "b2", "b3" }, UniverseCovariance
			.read(cv, Collections.singletonList(plain), Mode.MULTISIM).names());
		final File cvShort = text("cvshort.csv", "b0,b1\n10,0,5,20\n");
		assertEquals("central_value file " + cvShort.getPath() + ": the header " +
			"names 2 columns, its row has 4 values", refusal(cvShort, plain));
	}
}
