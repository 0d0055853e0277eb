package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix and universe file reader: the text forms commons-csv accepted
 * before (quotes, separators, comments, label column) read to the same
 * numbers, and bad cells named by line and column.
 */
class NumberRowsTest {

	@TempDir
	File tmp;

	private double[][] rows(final String text) throws IOException {
		try (NumberRows r = NumberRows.open(TestFiles.write(tmp, "t.csv", text),
			"cov file t.csv"))
		{
			final double[][] out = new double[r.peekWidth() == 0 ? 0 : 3][];
			for (int i = 0; i < out.length; i++)
				out[i] = r.next();
			assertNull(r.next());
			return out;
		}
	}

	private String[] header(final String text) throws IOException {
		try (NumberRows r = NumberRows.open(TestFiles.write(tmp, "h.csv", text),
			"cov file h.csv"))
		{
			return r.header();
		}
	}

	private static final double[][] M = { { 1, 0.5, -2e-3 }, { 0.5, 4, 0 }, {
		-2e-3, 0, 9.25 } };

	@Test
	void separatorsQuotesCommentsAndLabelsGiveTheSameMatrix() throws IOException {
		final String[] forms = { //
			"1,0.5,-2e-3\n0.5,4,0\n-2e-3,0,9.25\n", // plain, as numpy.savetxt(delimiter=",")
			"# a comment\n\n1 ; 0.5 ; -0.002\n 0.5;4;0\n-2e-3;0;9.25", // semicolons, no last newline
			"1\t0.5\t-2e-3\r\n0.5\t4\t0\r\n-2e-3\t0\t9.25\r\n", // tabs, CRLF
			"  1   0.5 -2e-3\n0.5 4\t0\n  -2e-3 0 9.25  \n", // runs of blanks (releases)
			"\"a\",\"b\",\"c\"\n\"1\",0.5,-2e-3\n0.5,4,0\n-2e-3,0,9.25\n", // quoted, RFC 4180
			"bin,a,b,c\na,1,0.5,-2e-3\nb,0.5,4,0\nc,-2e-3,0,9.25\n", // ToyCov's own tables
			"channel,a,b,c\na,1,0.5,-2e-3\nb,0.5,4,0\nc,-2e-3,0,9.25\n" }; // older ToyCov tables
		for (final String f : forms) {
			final double[][] m = rows(f);
			for (int i = 0; i < 3; i++)
				assertArrayEquals(M[i], m[i], 0, f);
		}
		assertArrayEquals(new String[] { "a", "b", "c" }, header(forms[5]));
		assertArrayEquals(new String[] { "a \"x\"", "b,c" }, header(
			"\"a \"\"x\"\"\",\"b,c\"\n1,2\n"));
	}

	@Test
	void badCellsAreNamedByLineAndColumn() throws IOException {
		assertEquals("cov file t.csv: line 4, column 3 is not a number: x",
			assertThrows(ModelException.class, () -> rows(
				"# c\n1,0.5,-2e-3\n\n0.5,4,x\n-2e-3,0,9.25\n")).getMessage());
		// a trailing comma leaves an empty cell: said as such
		assertEquals("cov file t.csv: line 1, column 4 is empty",
			assertThrows(ModelException.class, () -> rows(
				"1,0.5,-2e-3,\n0.5,4,0\n-2e-3,0,9.25\n")).getMessage());
	}
	private File bytes(final String name, final byte[] b) throws IOException {
		final File f = new File(tmp, name);
		Files.write(f.toPath(), b);
		return f;
	}

	private static byte[] bom(final String text) {
		final byte[] t = text.getBytes(StandardCharsets.UTF_8);
		final byte[] b = new byte[t.length + 3];
		b[0] = (byte) 0xEF;
		b[1] = (byte) 0xBB;
		b[2] = (byte) 0xBF;
		System.arraycopy(t, 0, b, 3, t.length);
		return b;
	}

	/**
	 * python3 (csv, numpy 2.4.6): "e_0,e_1\n0.010000000000000002,-0.0025\n
	 * -0.0025,0.04\n".encode("utf-8-sig"), read back with
	 * encoding="utf-8-sig" (as pandas' "utf-8-sig"), gives the header
	 * ['e_0', 'e_1'] and the rows [[0.010000000000000002, -0.0025], [-0.0025,
	 * 0.04]]; read as plain "utf-8" its first cell is '\ufeffe_0'.
	 */
	@Test
	void aByteOrderMarkIsSkippedAsUtf8SigDoes() throws IOException {
		final double[][] want = { { 0.010000000000000002, -0.0025 }, { -0.0025,
			0.04 } };
		final String body = "0.010000000000000002,-0.0025\n-0.0025,0.04\n";
		for (final String text : new String[] { "e_0,e_1\n" + body, body,
			"# excel\n" + body, "bin,e_0,e_1\ne_0," + body.replace("\n-",
				"\ne_1,-") })
		{
			final File f = bytes("bom.csv", bom(text));
			assertArrayEquals(want, FractionalCovarianceCsv.read(f, "frac_cov",
				new String[] { "e_0", "e_1" }, 2, null), text);
			try (NumberRows r = NumberRows.open(f, "cov file bom.csv")) {
				assertArrayEquals(text.startsWith("#") || text.startsWith("0")
					? null : new String[] { "e_0", "e_1" }, r.header(), text);
			}
		}
		// the universe and central-value readers share this reader
		final File cv = bytes("cv.csv", bom("e_0,e_1\n1.5,2.5\n"));
		try (UniverseFile c = UniverseFile.open(cv, "central_value")) {
			assertArrayEquals(new double[] { 1.5, 2.5 }, c.onlyRow(), 0);
		}
		try (UniverseFile u = UniverseFile.open(bytes("u.csv", bom(body)),
			"universes"))
		{
			final double[] row = new double[u.width()];
			for (final double[] w : want) {
				assertEquals(true, u.next(row));
				assertArrayEquals(w, row, 0);
			}
			assertEquals(false, u.next(row));
		}
	}

	@Test
	void javaOnlyNumberFormsAreNotNumbers() throws IOException {
		// python3: float(s) and numpy.loadtxt raise ValueError for each (numpy 2.4.6)
		for (final String s : new String[] { "0.010000000000000002d", "0.01F",
			"0x1.47ae147ae147cp-7" })
			assertEquals("cov file t.csv: line 2, column 2 is not a number: " + s,
				assertThrows(ModelException.class, () -> rows("1,0.5,-2e-3\n0.5," + s +
					",0\n-2e-3,0,9.25\n")).getMessage(), s);
		// a first row of them is refused too, not taken for a header of names
		assertEquals("cov file t.csv: line 1, column 1 is not a number: 1d",
			assertThrows(ModelException.class, () -> rows("1d,2d\n1,0.5\n0.5,2\n"))
				.getMessage());
		// and read these as 1.0, 0.5, 3.0, 100000.0, -0.0, 0.0
		final double[][] m = rows("1.,.5,+3\n1E5,-0,1e-400\n0,0,0\n");
		assertArrayEquals(new double[] { 1.0, 0.5, 3.0 }, m[0], 0);
		assertArrayEquals(new double[] { 100000.0, -0.0, 0.0 }, m[1], 0);
		assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(
			m[1][1]));
	}

	/**
	 * python3: b"# caf\xe9\n...".decode("utf-8") raises "'utf-8' codec can't
	 * decode byte 0xe9 in position 5", "1,0.5".encode("utf-16") "... byte 0xff
	 * in position 0"; UTF-16 without its mark decodes, to NULs between the
	 * characters.
	 */
	@Test
	void textThatIsNotUtf8IsNamedAsSuch() throws IOException {
		final String text = "# caf\u00e9\n1,0.5\n0.5,2\n";
		final StringBuilder late = new StringBuilder();
		for (int i = 0; i < 3000; i++)
			late.append("1,0.5\n");
		late.append("# caf\u00e9\n");
		final byte[][] files = { text.getBytes(StandardCharsets.ISO_8859_1),
			"1,0.5\n0.5,2\n".getBytes(StandardCharsets.UTF_16), "1,0.5\n0.5,2\n"
				.getBytes(StandardCharsets.UTF_16LE), "1,0.5\n0.5,2\n".getBytes(
					StandardCharsets.UTF_16BE), late.toString().getBytes(
						StandardCharsets.ISO_8859_1) };
		for (final byte[] b : files) {
			final File f = bytes("latin1.csv", b);
			assertEquals("frac_cov file " + f.getPath() + " is not UTF-8 text " +
				"(save it as UTF-8)", assertThrows(ModelException.class,
					() -> FractionalCovarianceCsv.read(f, 2)).getMessage());
		}
		final File u = bytes("u.csv", late.toString().getBytes(
			StandardCharsets.ISO_8859_1));
		assertEquals("universes file " + u.getPath() + " is not UTF-8 text " +
			"(save it as UTF-8)", assertThrows(ModelException.class, () -> {
				try (UniverseFile r = UniverseFile.open(u, "universes")) {
					final double[] row = new double[2];
					while (r.next(row)) {
						// NB: the bad byte is 18,000 bytes in
					}
				}
			}).getMessage());
	}

	/**
	 * A label column names each row's bin: rows in another order than the
	 * model's bins are refused, naming the row, even when the header names the
	 * columns in model order (the matrix then permuted, rows and columns alike,
	 * is still symmetric and positive definite, and was read as it stood).
	 */
	@Test
	void rowLabelsMustNameTheModelBinsInOrder() throws IOException {
		final String ok = "bin,e_0,e_1,mu_0\ne_0,4,1,0.5\ne_1,1,9,2\nmu_0,0.5,2,16\n";
		assertArrayEquals(new double[][] { { 4, 1, 0.5 }, { 1, 9, 2 }, { 0.5, 2,
			16 } }, FractionalCovarianceCsv.read(TestFiles.write(tmp, "ok.csv", ok),
				"cov", BINS, 3, null));
		// mu_0 first: rows and columns moved alike, the header left in model order
		assertEquals(": row 1 (line 2) is labelled mu_0 but bin 1 of the model " +
			"is e_0 (rows must be in the model's bin order)", refusal("moved.csv",
				"bin,e_0,e_1,mu_0\nmu_0,16,0.5,2\ne_0,0.5,4,1\ne_1,2,1,9\n"));
		// the old label column name, and a comment line before the bad row
		assertEquals(": row 2 (line 4) is labelled mu_0 but bin 2 of the model " +
			"is e_1 (rows must be in the model's bin order)", refusal("old.csv",
				"channel,e_0,e_1,mu_0\ne_0,4,1,0.5\n# mu\nmu_0,1,9,2\ne_1,0.5,2,16\n"));
		// pandas' DataFrame.to_csv: a blank first header cell over the label column
		assertArrayEquals(new double[][] { { 4, 1, 0.5 }, { 1, 9, 2 }, { 0.5, 2,
			16 } }, FractionalCovarianceCsv.read(TestFiles.write(tmp, "pandas.csv", ok.replace("bin,", ",")),
				"cov", BINS, 3, null));
		assertEquals(": row 2 (line 3) is labelled (blank) but bin 2 of the model " +
			"is e_1 (rows must be in the model's bin order)", refusal("blank.csv",
				"bin,e_0,e_1,mu_0\ne_0,4,1,0.5\n,1,9,2\nmu_0,0.5,2,16\n"));
		// the header is checked as before
		assertEquals(": header column 1 is e_1 but bin 1 of the model is e_0 " +
			"(columns must be in the model's bin order)", refusal("cols.csv",
				"bin,e_1,e_0,mu_0\ne_0,4,1,0.5\ne_1,1,9,2\nmu_0,0.5,2,16\n"));
	}

	private static final String[] BINS = { "e_0", "e_1", "mu_0" };

	/** The message a cov file of {@link #BINS} is refused with, after its name. */
	private String refusal(final String name, final String text)
		throws IOException
	{
		final File f = TestFiles.write(tmp, name, text);
		final String m = assertThrows(ModelException.class,
			() -> FractionalCovarianceCsv.read(f, "cov", BINS, 3, null)).getMessage();
		final String where = "cov file " + f.getPath();
		assertEquals(where, m.substring(0, Math.min(m.length(), where.length())));
		return m.substring(where.length());
	}
}
