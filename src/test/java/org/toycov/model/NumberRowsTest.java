package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;

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
		assertEquals("cov file t.csv: line 1, column 4 is not a number: ",
			assertThrows(ModelException.class, () -> rows(
				"1,0.5,-2e-3,\n0.5,4,0\n-2e-3,0,9.25\n")).getMessage());
	}
}
