package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;

import org.junit.jupiter.api.Test;
import org.toycov.model.Model;
import org.toycov.model.ModelFile;

/** Shape, normalisation and mixed parts against numpy (bench/numpy/shape_norm.py) and their sum. */
class ShapeNormDecompositionTest {

	@Test
	void partsMatchNumpy() {
		final double[][] m = { { 4, 2, 1 }, { 2, 9, 3 }, { 1, 3, 16 } };
		final ShapeNormDecomposition d = ShapeNormDecomposition.of(m, new double[] {
			10, 20, 40 });
		// numpy: f = 0.00836734693877551 = 41 / 70^2
		assertEquals(Math.sqrt(41) / 70, d.normFracErr(), 1e-15);
		assertArrayEquals(new double[] { 2.836734693877551, -0.3265306122448981,
			-2.510204081632653 }, d.shape()[0], 1e-14);
		assertArrayEquals(new double[] { 0.16326530612244916, 0.3265306122448983,
			-3.9183673469387728 }, d.mixed()[2], 1e-14);
		assertEquals(10 * 40 * 41 / 4900.0, d.norm()[0][2], 1e-15);
	}

	@Test
	void partsAddUpToTheMiniBooNECovarianceAndShapeKeepsTheTotal() {
		final Model m = ModelFile.read(new File(
			"sample-data/miniboone-2018/miniboone-2018.json"));
		final double[][] sys = Covariances.systematic(m);
		final ShapeNormDecomposition d = ShapeNormDecomposition.of(m);
		for (int i = 0; i < sys.length; i++) {
			double row = 0;
			for (int j = 0; j < sys.length; j++) {
				assertEquals(sys[i][j], d.shape()[i][j] + d.norm()[i][j] + d
					.mixed()[i][j], 1e-9 * Math.abs(sys[i][i] + sys[j][j]));
				row += d.shape()[i][j];
			}
			// analytic: sum_j shape_ij = P_i - P_i - N_i sum M / N_T + N_i sum M / N_T = 0
			assertEquals(0, row, 1e-9 * sys[i][i] * sys.length);
		}
	}
}
