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
}
