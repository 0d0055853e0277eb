package org.toycov.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.model.ModelFile;
import org.toycov.model.TestFiles;
import org.toycov.stats.Covariances;

/**
 * {@link SignalModel#of} on a model file with components against numpy: the file and the
 * chi-squares below were printed by {@code python3 bench/signal_model_numpy.py} (numpy 2.4;
 * mu(x) = P(b + x s), C(x) from the definitions with np.linalg.solve; a fractional source over
 * the channel bins, one over the component bins, an absolute one; bin nue_2 observes 0).
 */
class SignalModelTest {

	static final String MODEL = "{\"channels\": [{\"name\": \"nue\", \"observed\": [14.0, 27.0, 0.0], \"components\": [{\"name\": \"l" +
		"ee\", \"expected\": [2.0, 5.0, 1.5], \"signal\": true}, {\"name\": \"bkg\", \"expected\": [10.0, 20." +
		"0, 15.0]}]}, {\"name\": \"numu\", \"observed\": [95.0, 210.0, 140.0], \"components\": [{\"name\": \"" +
		"ccqe\", \"expected\": [100.0, 200.0, 150.0]}]}], \"systematics\": [{\"name\": \"flux\", \"frac_cov\"" +
		": [[0.012444, -0.001335, -0.003038, 0.005586, 0.003884, 0.004516], [-0.001335, 0.002377, -0.00142, -" +
		"0.002444, -0.00207, 0.00178], [-0.003038, -0.00142, 0.005588, -0.000443, -0.00151, -0.004502], [0.00" +
		"5586, -0.002444, -0.000443, 0.019449, 0.00957, -0.004931], [0.003884, -0.00207, -0.00151, 0.00957, 0" +
		".008544, 0.001673], [0.004516, 0.00178, -0.004502, -0.004931, 0.001673, 0.017115]]}, {\"name\": \"xs" +
		"ec\", \"frac_cov\": [[0.021121, -0.006973, -0.00196, -0.002622, -0.003646, 0.003034, 0.004353, 0.007" +
		"982, 0.00402], [-0.006973, 0.008823, -0.000968, 0.001151, -0.000513, -0.001271, -0.002393, -0.000308" +
		", -0.00147], [-0.00196, -0.000968, 0.01352, -0.00116, 0.002347, -0.002398, -0.002375, 0.000172, -0.0" +
		"01599], [-0.002622, 0.001151, -0.00116, 0.007492, 0.000226, -0.000338, -0.002431, -0.003218, -0.0052" +
		"55], [-0.003646, -0.000513, 0.002347, 0.000226, 0.014739, 0.002039, 0.000339, 0.001745, -0.006291], " +
		"[0.003034, -0.001271, -0.002398, -0.000338, 0.002039, 0.009278, 0.005174, -0.001199, 0.003198], [0.0" +
		"04353, -0.002393, -0.002375, -0.002431, 0.000339, 0.005174, 0.008366, -0.002903, 0.005754], [0.00798" +
		"2, -0.000308, 0.000172, -0.003218, 0.001745, -0.001199, -0.002903, 0.016945, 0.005408], [0.00402, -0" +
		".00147, -0.001599, -0.005255, -0.006291, 0.003198, 0.005754, 0.005408, 0.019121]]}, {\"name\": \"det" +
		"\", \"cov\": [[0.860133, -1.03515, -0.734611, 0.619861, -0.065851, -0.019069], [-1.03515, 5.033989, " +
		"1.971994, -1.549894, -0.077479, 0.553471], [-0.734611, 1.971994, 3.613998, -2.07323, 0.588076, -3.01" +
		"7095], [0.619861, -1.549894, -2.07323, 2.419044, 0.607394, 1.32317], [-0.065851, -0.077479, 0.588076" +
		", 0.607394, 2.652941, -0.80777], [-0.019069, 0.553471, -3.017095, 1.32317, -0.80777, 4.292653]]}]}";

	@TempDir
	File dir;

	private Model read(final String text) throws IOException {
		return ModelFile.read(TestFiles.write(dir, "signal.json", text));
	}

	@Test
	void modelFileWithASignalComponentMatchesNumpy() throws IOException {
		final Model m = read(MODEL);
		final double[] x = { 0, 0.5, 1, 2.5 };
		final double[] pearson = { 13.608910986628814, 12.506103138254888, 12.177430369882712, 14.412724242545718 };
		final double[] cnp = { 18.951897162041185, 18.36598273079887, 18.47236281267515, 21.939227605192215 };
		final SignalModel p = SignalModel.of(m, "pearson"), c = SignalModel.of(m, "cnp");
		for (int i = 0; i < x.length; i++) {
			assertEquals(pearson[i], p.chi2(x[i]), 1e-9 * pearson[i]);
			assertEquals(cnp[i], c.chi2(x[i]), 1e-9 * cnp[i]);
		}
		assertEquals(9, p.componentBins());
		assertEquals(6, p.bins());
	}

	@Test
	void atStrengthOneItIsTheModelItself() throws IOException {
		// mu(1) is the model's expectation and C_sys(1) the stats layer's systematic covariance
		final Model m = read(MODEL);
		final SignalModel s = SignalModel.of(m, "pearson");
		final double[] e = m.expected(), mu = s.prediction(1);
		final double[][] want = Covariances.systematic(m), got = s.systematic(1);
		for (int i = 0; i < e.length; i++) {
			assertEquals(e[i], mu[i], 1e-12);
			for (int j = 0; j < e.length; j++) assertEquals(want[i][j], got[i][j], 1e-12 * Math.abs(want[i][i]));
		}
	}

	@Test
	void bundledSampleWithASignalMatchesNumpy() {
		// the last line of bench/signal_model_numpy.py (x_best by golden section)
		final SignalModel m = SignalModel.of(ModelFile.read(new File("sample-data/binned-signal.json")), "pearson");
		assertEquals(20, m.bins());
		assertEquals(7.047538931231809, m.chi2(0), 1e-9 * 7.05);
		assertEquals(1.7178446256009783, m.chi2(1), 1e-9 * 1.72);
		final SignalFitResult r = SignalFit.fit(m, new SignalFitGrid(0, 3, 0.1));
		assertEquals(0.8944871977782074, r.xBest(), 1e-6);
		assertEquals(1.6688658013573805, r.chi2Min(), 1e-9 * 1.67);
	}

	// constrained chi2 at x = 0, 0.5, 1, 2.5 (bench/signal_model_numpy.py, TLee's formula written out with
	// np.linalg.inv and solve): nue (bins 0-2) by numu; bins nue_0 and numu_1 by the other four
	static final double[] NUE_BY_NUMU_PEARSON = { 13.273955336263256, 12.171147487889332, 11.842474719517147,
		14.077768592180158 };
	static final double[] NUE_BY_NUMU_CNP = { 18.616356403302568, 18.03044197206025, 18.13682205393653,
		21.6036868464536 };
	static final double[] TWO_BINS_PEARSON = { 0.9748869377128981, 0.4402649395517283, 0.15358165555425088,
		0.30723561475468186 };
	static final double[] TWO_BINS_CNP = { 0.6545186196045979, 0.24898369778483992, 0.05408616251477785,
		0.4239532951143401 };

	@Test
	void fitAfterTheConstraintMatchesNumpy() throws IOException {
		final Model m = read(MODEL);
		final double[] x = { 0, 0.5, 1, 2.5 };
		final int[] nue = m.binsOf("constrained", "nue"), two = { 0, 4 };
		final SignalModel[] models = { SignalModel.of(m, "pearson").constrained(nue), SignalModel.of(m, "cnp")
			.constrained(nue), SignalModel.of(m, "pearson").constrained(two), SignalModel.of(m, "cnp").constrained(
				two) };
		final double[][] want = { NUE_BY_NUMU_PEARSON, NUE_BY_NUMU_CNP, TWO_BINS_PEARSON, TWO_BINS_CNP };
		for (int k = 0; k < models.length; k++)
			for (int i = 0; i < x.length; i++)
				assertEquals(want[k][i], models[k].chi2(x[i]), 1e-9 * Math.max(1, want[k][i]), "model " + k + " x " +
					x[i]);
		// the fit after the constraint: numpy's golden section x_best 1.5353780124419023, chi2_min 0.05982351512255054
		final SignalFitResult r = SignalFit.fit(models[2], new SignalFitGrid(0, 3, 0.1));
		assertEquals(1.5353780124419023, r.xBest(), 1e-6);
		assertEquals(0.05982351512255054, r.chi2Min(), 1e-9);
	}

	@Test
	void toysAndHypothesisTestUseTheConstrainedChiSquare() throws IOException {
		// the toys' path (bins reordered X, Y; the Y part of one triangular solve) against numpy's
		final Model m = read(MODEL);
		final int[] two = { 0, 4 };
		for (final String stat : new String[] { "pearson", "cnp" }) {
			final double[] want = stat.equals("pearson") ? TWO_BINS_PEARSON : TWO_BINS_CNP;
			final SignalModel s = SignalModel.of(m, stat).constrained(two);
			final FeldmanCousinsResult fc = FeldmanCousins.run(s, new SignalFitGrid(0, 2.5, 0.5),
				new FeldmanCousinsConfig(200, 3, 1, new double[] { 0.9 }, 0), null);
			final double[] d = fc.dataDeltaChi2();
			// grid 0, 0.5, 1, 1.5, 2, 2.5: differences of delta chi2 are differences of chi2
			assertEquals(want[0] - want[2], d[0] - d[2], 1e-9);
			assertEquals(want[1] - want[3], d[1] - d[5], 1e-9);
			final HypothesisTestResult ht = HypothesisTest.run(s, 0, 1, 500, 3, 1, null);
			assertEquals(want[0] - want[2], ht.deltaChi2(), 1e-9);
		}
	}

	@Test
	void badConstraintIsOneLine() throws IOException {
		final SignalModel s = SignalModel.of(read(MODEL), "pearson").withNames(new String[] { "nue_0", "nue_1",
			"nue_2", "numu_0", "numu_1", "numu_2" });
		assertEquals("constrained: nue_1 is named twice", assertThrows(ModelException.class, () -> s.constrained(
			new int[] { 1, 1 })).getMessage());
		assertEquals("constrained: every bin is constrained, so none is left to constrain them; name fewer " +
			"channels", assertThrows(ModelException.class, () -> s.constrained(new int[] { 0, 1, 2, 3, 4, 5 }))
				.getMessage());
	}

	@Test
	void noSignalIsOneLine() throws IOException {
		final Model unflagged = read(MODEL.replace("\"signal\": true", "\"signal\": false"));
		assertEquals("no signal: mark one or more components with \"signal\": true (none of its 3 components is)",
			assertThrows(ModelException.class, () -> SignalModel.of(unflagged, "pearson")).getMessage());
		final Model zero = read(MODEL.replace("[2.0, 5.0, 1.5]", "[0, 0, 0]"));
		assertEquals("signal is all zero: the signal components nue_lee expect 0 events in every bin, so x " +
			"cannot be measured; give them expected counts > 0", assertThrows(ModelException.class, () -> SignalModel
				.of(zero, "pearson")).getMessage());
		final Model plain = ModelFile.read(new File("sample-data/binned.json"));
		assertEquals("no signal: mark one or more components with \"signal\": true (the model's channels have " +
			"no components)", assertThrows(ModelException.class, () -> SignalModel.of(plain, "pearson")).getMessage());
		assertEquals("stat must be pearson or cnp for a signal fit, got neyman (toys can observe 0 events)",
			assertThrows(ModelException.class, () -> SignalModel.of(read(MODEL), "neyman")).getMessage());
	}
}
