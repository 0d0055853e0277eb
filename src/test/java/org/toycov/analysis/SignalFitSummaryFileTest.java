package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.toycov.stats.StatTerm;
import org.toycov.toys.SummaryFile;

/** Merge refusals of signal-fit summaries name the input the user can act on. */
class SignalFitSummaryFileTest {

	/** mu(x) = (10 + 5x, 20 + 3x), no systematics: chi2(x) = sum (n - mu)^2 / mu. */
	private static SignalModel model(final double... observed) {
		return SignalModel.ofChannelBins(new double[] { 10, 20 }, new double[] { 5, 3 }, null, null, observed,
			StatTerm.PEARSON);
	}

	private static String refusal(final Runnable merge) {
		return assertThrows(IllegalArgumentException.class, merge::run).getMessage();
	}

	@Test
	void hypothesisTestShardsOfOtherDataNameTheDatasDeltaChi2() {
		// delta_chi2 = chi2(0) - chi2(1): (4/10 + 169/20) - (9/15 + 256/23) = -2.8804347826086...
		// and (25/10 + 0) - (0 + 9/23) = 2.1086956521739...
		final SummaryFile.Entries a = SummaryFile.parse(SignalFitSummaryFile.format(HypothesisTest.run(model(12, 7), 0,
			1, 440, 1, 1, null)), "a.toys");
		final SummaryFile.Entries b = SummaryFile.parse(SignalFitSummaryFile.format(HypothesisTest.result(HypothesisTest
			.counts(model(15, 20), 0, 1, 440, 440, 1, 1, null))), "b.toys");
		final String m = refusal(() -> SignalFitSummaryFile.mergeHypothesisTest(Arrays.asList(a, b), false));
		assertTrue(m.matches("summaries: a\\.toys and b\\.toys come from different models or inputs: delta_chi2 " +
			"-2\\.88043478260869\\d* vs 2\\.10869565217391\\d* \\(inputs_sha256 .*"), m);
	}

	@Test
	void feldmanCousinsShardsNameTheDataThenAsimovXAsTheUsersInput() {
		final SignalFitGrid grid = new SignalFitGrid(0, 1, 0.25);
		final SummaryFile.Entries a = SummaryFile.parse(SignalFitSummaryFile.format(FeldmanCousins.run(model(12, 7),
			grid, new FeldmanCousinsConfig(100, 1, 1, new double[] { 0.9 }, 0), null)), "a.toys");
		final SummaryFile.Entries other = SummaryFile.parse(SignalFitSummaryFile.format(FeldmanCousins.run(model(15,
			20), grid, new FeldmanCousinsConfig(100, 1, 1, new double[] { 0.9 }, 0), 100, null)), "b.toys");
		final String m = refusal(() -> SignalFitSummaryFile.mergeFeldmanCousins(Arrays.asList(a, other), false));
		assertTrue(m.contains("come from different models or inputs: data_delta_chi2 "), m);
		// asimov_x (and with it asimov_delta_chi2) differs: the user's input is named
		final SummaryFile.Entries asimov = SummaryFile.parse(SignalFitSummaryFile.format(FeldmanCousins.run(model(12,
			7), grid, new FeldmanCousinsConfig(100, 1, 1, new double[] { 0.9 }, 0.5), 100, null)), "c.toys");
		final String n = refusal(() -> SignalFitSummaryFile.mergeFeldmanCousins(Arrays.asList(a, asimov), false));
		assertTrue(n.contains("come from different models or inputs: asimov_x 0.0 vs 0.5 "), n);
	}
}
