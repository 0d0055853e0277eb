package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The blocked triangular map against a worked example and against the plain row-by-row
 * sums of its definition, for every size from 1 to 11 (full blocks of four and the
 * padded last block) and every start row of the squared norm.
 */
class LowerAffineTest {

	@Test
	void workedExample() {
		// a + L v with L = [[1, 0, 0], [2, 3, 0], [4, 5, 6]], a = (1, 1, 1), v = (1, 2, 3):
		// (1 + 1, 1 + 2 + 6, 1 + 4 + 10 + 18) = (2, 9, 33); squares 4 + 81 + 1089 = 1174
		final double[][] l = { { 1, 99, 99 }, { 2, 3, 99 }, { 4, 5, 6 } };
		final LowerAffine f = new LowerAffine(l, new double[] { 1, 1, 1 });
		final double[] out = new double[3];
		f.apply(new double[] { 1, 2, 3 }, out);
		assertArrayEquals(new double[] { 2, 9, 33 }, out, 0);
		assertEquals(1174, f.squaredNorm(new double[] { 1, 2, 3 }, 0), 0);
		assertEquals(1170, f.squaredNorm(new double[] { 1, 2, 3 }, 1), 0);
		assertEquals(1089, f.squaredNorm(new double[] { 1, 2, 3 }, 2), 0);
	}

	@Test
	void equalsThePlainSums() {
		final Random r = new Random(3);
		for (int n = 1; n <= 11; n++) {
			final double[][] l = new double[n][n];
			final double[] a = new double[n], v = new double[n], want = new double[n];
			for (int i = 0; i < n; i++) {
				a[i] = r.nextGaussian();
				v[i] = r.nextGaussian();
				for (int j = 0; j < n; j++) l[i][j] = r.nextGaussian();
			}
			for (int i = 0; i < n; i++) {
				double s = a[i];
				for (int j = 0; j <= i; j++) s += l[i][j] * v[j];
				want[i] = s;
			}
			final LowerAffine f = new LowerAffine(l, a);
			final double[] out = new double[n];
			f.apply(v, out);
			assertArrayEquals(want, out, 1e-13 * n, "n " + n);
			for (int from = 0; from < n; from++) {
				double c = 0;
				for (int i = from; i < n; i++) c += want[i] * want[i];
				assertEquals(c, f.squaredNorm(v, from), 1e-12 * n * c, "n " + n + " from " + from);
			}
		}
	}
}
