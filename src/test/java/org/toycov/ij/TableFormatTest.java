package org.toycov.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.measure.ResultsTable;

import org.junit.jupiter.api.Test;
import org.toycov.outputs.Table;

/** How ToyCov's tables read in ImageJ: the strings a table window shows. */
class TableFormatTest {

	@Test
	void countsBareEdgesWithTheirOneDecimal() {
		assertEquals(0, TableFormat.decimals(new double[] { 2010000, 1e6, 0 }));
		assertEquals(1, TableFormat.decimals(new double[] { 50.5, 51.5, 52 }));
		assertEquals(2, TableFormat.decimals(new double[] { 0.25, 0.5 }));
	}

	@Test
	void fractionsWithSevenSignificantDigitsTinyOnesScientific() {
		// 1.5025e8 / 3.02e8 = 0.49751655...: 7 significant digits need 7 decimals
		assertEquals(7, TableFormat.decimals(new double[] { 1.5025e8 / 3.02e8,
			20.1 }));
		// the seed's inverse covariance, 1 / 2.01e6 = 4.975e-7: scientific
		assertEquals(-6, TableFormat.decimals(new double[] { 1 / 2.01e6, 1e-2 }));
	}

	@Test
	void cellsShowEveryDigitTheyNeed() {
		final ResultsTable rt = TableFormat.resultsTable(Table.matrix("covariance",
			new String[] { "e", "mu" }, new double[][] { { 200, 10000 }, { 10000,
				2010000 } }));
		assertEquals("e\t200\t10000", rt.getRowAsString(0));
		assertEquals("mu\t10000\t2010000", rt.getRowAsString(1));
		final ResultsTable edges = TableFormat.resultsTable(new Table("h").column(
			"e_obs_low", new double[] { 50.5, 51.5 }).column("count", new long[] { 3,
				4 }));
		assertEquals("50.5\t3", edges.getRowAsString(0));
		final ResultsTable scalars = TableFormat.resultsTable(new Table("s")
			.column("name", new String[] { "ndf", "chi2" }).column("value",
				new double[] { 2, 1.5025e8 / 3.02e8 }));
		assertEquals("ndf\t2", scalars.getRowAsString(0));
		assertEquals("chi2\t0.4975166", scalars.getRowAsString(1));
	}

	/**
	 * The review's Toy Experiments tables: a count, a mean, a chi2 and a tiny
	 * error in one value column showed all as 4.174810E5, 9.501255E1, ...; a
	 * density of tiny and ordinary values made the histogram's edges 2.100000E0.
	 */
	@Test
	void mixedMagnitudesEachReadable() {
		final ResultsTable scalars = TableFormat.resultsTable(new Table(
			"toycov_scalars").column("name", new String[] { "slice_count",
				"slice_mean", "chi2", "toy_p_value_error", "negative_count" }).column(
					"value", new double[] { 417481, 95.01255123, 100.0 / 151, 4.9e-4,
						0 }));
		// 7 significant digits of the smallest ordinary value, chi2 = 100 / 151
		assertEquals("slice_count\t417481", scalars.getRowAsString(0));
		assertEquals("slice_mean\t95.0125512", scalars.getRowAsString(1));
		assertEquals("chi2\t0.6622517", scalars.getRowAsString(2));
		assertEquals("toy_p_value_error\t0.0004900", scalars.getRowAsString(3));
		assertEquals("negative_count\t0", scalars.getRowAsString(4));
		// the values keep every digit (Table.get / getResult)
		assertEquals(95.01255123, scalars.getValue("value", 1), 0);
		assertEquals(4.9e-4, scalars.getValue("value", 3), 0);
		final ResultsTable h = TableFormat.resultsTable(new Table(
			"toy_chi2_histogram").column("chi2_low", new double[] { 0, 0.7, 1.4,
				2.1 }).column("chi2_high", new double[] { 0.7, 1.4, 2.1, 2.8 }).column(
					"count", new long[] { 12, 0, 3, 1 }).column("density", new double[] {
						0.1234567, 0, 3.2e-9, 0.5 }));
		assertEquals("0.0\t0.7\t12\t0.1234567", h.getRowAsString(0));
		assertEquals("0.7\t1.4\t0\t0", h.getRowAsString(1));
		// a really tiny value, below 10^-7: scientific
		assertEquals("1.4\t2.1\t3\t3.200E-9", h.getRowAsString(2));
		assertEquals(2.1, h.getValue("chi2_low", 3), 0);
		// a column of tiny values only: scientific, each with 7 digits
		final ResultsTable tiny = TableFormat.resultsTable(new Table("inverse")
			.column("x", new double[] { 1 / 2.01e6, 6.655629e-3 / 1e3 }));
		assertEquals("4.975124E-7", tiny.getRowAsString(0));
	}

	/**
	 * The review's covariance_inverse: -1e4 / 3.02e8 read -0.000033113 in column
	 * e and -3.311258E-5 in column mu. One format per table: both scientific.
	 * The seed covariance [[200, 1e4], [1e4, 2.01e6]] has determinant 3.02e8, so
	 * its inverse is [[2.01e6, -1e4], [-1e4, 200]] / 3.02e8 (python3:
	 * 2010000/3.02e8 = 0.006655629139, -10000/3.02e8 = -3.3112582781e-05,
	 * 200/3.02e8 = 6.622516556e-07).
	 */
	@Test
	void oneNumberFormatPerTable() {
		final double det = 200 * 2.01e6 - 1e4 * 1e4;
		final ResultsTable rt = TableFormat.resultsTable(Table.matrix(
			"covariance_inverse", new String[] { "e", "mu" }, new double[][] { {
				2.01e6 / det, -1e4 / det }, { -1e4 / det, 200 / det } }));
		assertEquals("e\t6.655629E-3\t-3.311258E-5", rt.getRowAsString(0));
		assertEquals("mu\t-3.311258E-5\t6.622517E-7", rt.getRowAsString(1));
		assertEquals(-3.3112582781456954E-5, rt.getValue("e", 1), 0);
	}
}
