package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Validation messages (one line, naming the key and the value) and defaults. */
class ToyConfigTest {

	/** The seed's 'orig' toys (cell 21). */
	private static ToyConfig.Builder orig() {
		return ToyConfig.builder().mean(100, 10000).sysCov(new double[][] { { 100, 1e4 }, { 1e4, 2e6 } }).names("e", "mu")
			.toys(1000);
	}

	private static String message(final Executable x) {
		final String m = assertThrows(IllegalArgumentException.class, x).getMessage();
		assertTrue(!m.contains("\n"), "one line: " + m);
		return m;
	}

	@Test
	void toys() {
		assertEquals("toys must be a whole number > 0, got 0", message(() -> orig().toys(0).build()));
		assertEquals("toys must be a whole number > 0, got -5", message(() -> orig().toys(-5).build()));
	}

	@Test
	void threads() {
		assertTrue(message(() -> orig().threads(0).build()).startsWith("threads must be a whole number"));
		assertTrue(message(() -> orig().threads(0).build()).endsWith("got 0"));
	}

	@Test
	void sliceHalfwidth() {
		assertEquals("slice_halfwidth must be a finite number > 0, got 0", message(() -> orig().sliceHalfwidth(0).build()));
		assertTrue(message(() -> orig().sliceHalfwidth(Double.NaN).build()).startsWith("slice_halfwidth "));
	}

	@Test
	void sliceCenterThatNoToyCanReach() {
		// (9000, 9001) holds no integer: strict bounds, as the seed's query.
		final String m = message(() -> orig().sliceCenter(9000.5).sliceHalfwidth(0.5).build());
		assertTrue(m.startsWith("slice_center ") && m.contains("9000.5"), m);
		// Entirely below 0.
		assertTrue(message(() -> orig().sliceCenter(-100).build()).startsWith("slice_center "));
		// (-1, 1) holds 0: reachable.
		orig().sliceCenter(0).sliceHalfwidth(1).build();
	}

	@Test
	void sliceBoundsAreStrict() {
		// The seed: mu_obs > 8990 and mu_obs < 9010, so counts 8991 .. 9009.
		final ToyConfig c = orig().sliceCenter(9000).build();
		assertEquals(8991, c.sliceMinCount());
		assertEquals(9009, c.sliceMaxCount());
		final ToyConfig d = orig().sliceCenter(9000.5).sliceHalfwidth(2).build();
		assertEquals(8999, d.sliceMinCount());
		assertEquals(9002, d.sliceMaxCount());
	}

	@Test
	void notPositiveSemidefinite() {
		assertEquals("systematic covariance is not positive semi-definite (pivot -300.0 at channel mu)",
			message(() -> orig().sysCov(new double[][] { { 100, 200 }, { 200, 100 } }).build()));
	}

	@Test
	void singularXsecOnlyCovarianceIsAccepted() {
		// The seed's xsec-only systematic covariance (cell 8): rank 1.
		final ToyConfig c = orig().sysCov(new double[][] { { 100, 1e4 }, { 1e4, 1e6 } }).build();
		assertArrayEquals(new double[] { 1000, 0 }, c.cholesky()[1], 0);
	}

	@Test
	void shapesAndValues() {
		assertTrue(message(() -> orig().sysCov(new double[][] { { 1 } }).build()).startsWith("sys_cov must be a 2x2 matrix"));
		assertTrue(message(() -> orig().mean(-1, 10).build()).startsWith("mean must be expected counts"));
		assertTrue(message(() -> orig().names("e").build()).startsWith("names must name 2 channels"));
		assertTrue(message(() -> orig().firstToy(-1).build()).startsWith("first_toy "));
		assertTrue(message(() -> orig().sliceChannel(2).build()).startsWith("slice_channel "));
		assertTrue(message(() -> orig().targetChannel(-1).build()).startsWith("target_channel "));
		assertTrue(message(() -> orig().negative(null).build()).startsWith("negative "));
		assertTrue(message(() -> orig().chi2(null, new double[][] { { 1 } }, 1).build()).startsWith("chi2_weight "));
		assertTrue(message(() -> orig().hist2dTarget(5, 1, 10).build()).startsWith("hist2d_target "));
		assertTrue(message(() -> orig().chi2Histogram(0, 10).build()).startsWith("chi2_hist_max "));
	}

	@Test
	void defaults() {
		final ToyConfig c = orig().build();
		assertEquals(1, c.seed());
		assertEquals(0, c.firstToy());
		assertEquals(Runtime.getRuntime().availableProcessors(), c.threads());
		assertEquals(NegativePolicy.TRUNCATE, c.negative());
		assertEquals(1, c.sliceChannel());
		assertEquals(0, c.targetChannel());
		// No study's numbers: the slice sits on the slice channel's expected count; channels are named by index.
		assertEquals(10000, c.sliceCenter());
		assertEquals(10, c.sliceHalfwidth());
		assertArrayEquals(new String[] { "0", "1" }, ToyConfig.builder().mean(1, 2).sysCov(new double[2][2]).toys(1).build().names());
		assertTrue(c.fullSummaries());
		// 2D axes: mean +- 5 sigma of the total spread, sigma_e = sqrt(100 + 100), sigma_mu = sqrt(2e6 + 1e4).
		final double[] x = c.hist2dTarget(), y = c.hist2dSlice();
		assertTrue(x[0] <= 100 - 5 * Math.sqrt(200) + 1 && x[1] >= 100 + 5 * Math.sqrt(200), java.util.Arrays.toString(x));
		assertTrue(y[0] <= 10000 - 5 * Math.sqrt(2.01e6) + 1 && y[1] >= 10000 + 5 * Math.sqrt(2.01e6), java.util.Arrays.toString(y));
		assertTrue(y[2] >= 50 && y[2] <= 110, "about 100 bins: " + y[2]);
		// Chi-square axis: up to the 1 - 1e-9 quantile of chi2 with 2 dof, -2 ln(1e-9) = 41.4.
		assertEquals(42, c.chi2HistMax());
		assertEquals(200, c.chi2HistBins());
		assertEquals(c.toBuilder().build().hist2dSlice()[0], y[0]);
	}
}
