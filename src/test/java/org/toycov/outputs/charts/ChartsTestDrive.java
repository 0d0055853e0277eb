package org.toycov.outputs.charts;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.jfree.chart.JFreeChart;

/**
 * Writes every chart type, drawn from seed-like data, as PNG and SVG into a
 * folder (default {@code /tmp/charts-demo}) for people to look at. Not run by
 * the build: {@code mvn test-compile exec:java} or from an IDE.
 */
public class ChartsTestDrive {

	public static void main(final String... args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File dir = new File(args.length > 0 ? args[0] : "/tmp/charts-demo");
		if (!dir.isDirectory() && !dir.mkdirs()) throw new IOException(
			"cannot create " + dir);
		chi2Curves(dir);
		System.out.println("charts written to " + dir);
	}

	// -- seed cells 7, 9, 16, 19 --

	static void chi2Curves(final File dir) throws IOException {
		final double[] even = range(50, 150, 2), ones = range(50, 150, 1);
		// cell 7: stat only errors
		final double[] stat = { 10000, 100, 0, 0, 0, 0, 0, 0, 0 };
		write(dir, "seed07_chi2_stat_only", Chi2CurveCharts.create(
			"χ² with statistical errors only", Arrays.asList(Curve.solid("",
				Palette.STAT_ONLY, even, chi2(stat, even, 10000))), new double[] { 70,
					130 }, new double[] { -0.5, 10 }));
		// cell 9: 10% correlated xsec error
		final double[] xsec = { 10000, 100, 0.1, 0.1, 1.0, 0, 0, 0 };
		write(dir, "seed09_chi2_mu_obs", Chi2CurveCharts.create(
			"χ² with a 100% correlated 10% cross-section error", Arrays.asList(
				Curve.solid("n(μ,obs) = 10000", Palette.NOMINAL, ones, chi2(xsec, ones,
					10000)), Curve.dashed("n(μ,obs) = 9000", Palette.NO_RECO, ones, chi2(
						xsec, ones, 9000)))));
		// cell 16: plus a 10% muon reco error
		final double[] reco = { 10000, 100, 0.1, 0.1, 1.0, 0.1, 0, 0 };
		write(dir, "seed16_chi2_reco", Chi2CurveCharts.create(
			"χ² with and without the muon reconstruction error", Arrays.asList(Curve
				.solid("n(μ,obs) = 10000", Palette.NOMINAL, ones, chi2(reco, ones,
					10000)), Curve.dashed("n(μ,obs) = 9000, σ(μ,reco) = 0%",
						Palette.NO_RECO, ones, chi2(xsec, ones, 9000)), Curve.dashed(
							"n(μ,obs) = 9000, σ(μ,reco) = 10%", Palette.ORIGINAL, ones, chi2(
								reco, ones, 9000)))));
		// cell 19: original vs naively tuned
		final double[] tune = { 9000, 90, 0.1, 0.1, 1.0, 0.1, 0, 0 };
		write(dir, "seed19_chi2_tuned", Chi2CurveCharts.create(
			"χ² at n(μ,obs) = 9000: original vs naively tuned model", Arrays.asList(
				Curve.dashed("'Original'", Palette.ORIGINAL, ones, chi2(reco, ones,
					9000)), Curve.dashed("'Tuned' (naive)", Palette.TUNED, ones, chi2(
						tune, ones, 9000)))));
		// degenerate: a NaN curve and a flat one
		final double[] nan = new double[ones.length];
		Arrays.fill(nan, Double.NaN);
		write(dir, "edge_chi2_nan", Chi2CurveCharts.create("χ² (all NaN)", Arrays
			.asList(Curve.solid("NaN", Palette.ORIGINAL, ones, nan))));
		write(dir, "edge_chi2_flat", Chi2CurveCharts.create("χ² (flat)", Arrays
			.asList(Curve.solid("flat", Palette.ORIGINAL, ones, new double[ones.length]),
				Curve.dashed("'Tuned' (naive)", Palette.TUNED, ones, chi2(tune, ones,
					9000)))));
	}

	// -- the seed's model, for the demo only (the stats layer owns the real one) --

	/**
	 * chi2 of the seed's cell 3 for c = {mu_exp, e_exp, mu_xsec, e_xsec,
	 * xsec_corr, mu_reco, e_reco, reco_corr} over e_obs at one mu_obs.
	 */
	static double[] chi2(final double[] c, final double[] eObs,
		final double muObs)
	{
		final double[][] m = cov(c, true);
		final double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
		final double i00 = m[1][1] / det, i11 = m[0][0] / det, i01 = -m[0][1] / det;
		final double[] out = new double[eObs.length];
		for (int i = 0; i < eObs.length; i++) {
			final double de = c[1] - eObs[i], dm = c[0] - muObs;
			out[i] = de * i00 * de + 2 * de * i01 * dm + dm * i11 * dm;
		}
		return out;
	}

	/** The seed's mcov_total (stat = true) or mcov_sysonly, order (e, mu). */
	static double[][] cov(final double[] c, final boolean stat) {
		final double muX = c[2] * c[0], eX = c[3] * c[1];
		final double muR = c[5] * c[0], eR = c[6] * c[1];
		final double ee = eX * eX + eR * eR + (stat ? c[1] : 0);
		final double mm = muX * muX + muR * muR + (stat ? c[0] : 0);
		final double em = c[4] * eX * muX + c[7] * eR * muR;
		return new double[][] { { ee, em }, { em, mm } };
	}

	static double[] range(final double from, final double to, final double step) {
		final int n = (int) Math.ceil((to - from) / step);
		final double[] r = new double[n];
		for (int i = 0; i < n; i++)
			r[i] = from + i * step;
		return r;
	}

	static void write(final File dir, final String name, final JFreeChart chart)
		throws IOException
	{
		ChartFiles.writePng(chart, new File(dir, name + ".png"), 800, 600);
		ChartFiles.writeSvg(chart, new File(dir, name + ".svg"), 800, 600);
	}
}
