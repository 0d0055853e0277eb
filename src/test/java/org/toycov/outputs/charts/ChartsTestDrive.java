package org.toycov.outputs.charts;

import java.io.File;
import java.io.IOException;
import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.jfree.chart.JFreeChart;

/**
 * Writes every chart type, drawn from seed-like data, as PNG and SVG into a
 * folder (default {@code /tmp/charts-demo}) for people to look at. Not run by
 * the build. Run it from an IDE, or after {@code mvn test-compile} with
 * {@code java -Djava.awt.headless=true -cp target/classes:target/test-classes:<jfreechart,
 * jfreesvg, commons-math3, commons-rng jars> org.toycov.outputs.charts.ChartsTestDrive [folder]}.
 */
public class ChartsTestDrive {

	public static void main(final String... args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		final File dir = new File(args.length > 0 ? args[0] : "/tmp/charts-demo");
		if (!dir.isDirectory() && !dir.mkdirs()) throw new IOException(
			"cannot create " + dir);
		chi2Curves(dir);
		densityMaps(dir);
		sliceHistograms(dir);
		matrices(dir);
		chi2Distributions(dir);
		System.out.println("charts written to " + dir);
	}

	// -- seed cells 7, 9, 16, 19 --

	static void chi2Curves(final File dir) throws IOException {
		final double[] even = range(50, 150, 2), ones = range(50, 150, 1);
		// cell 7: stat only errors
		final double[] stat = { 10000, 100, 0, 0, 0, 0, 0, 0, 0 };
		write(dir, "seed07_chi2_stat_only", Chi2CurveCharts.create(
			"χ² with statistical errors only", Arrays.asList(PlotLine.solid("",
				Palette.STAT_ONLY, even, chi2(stat, even, 10000))), new double[] { 70,
					130 }, new double[] { -0.5, 10 }));
		// cell 9: 10% correlated xsec error
		final double[] xsec = { 10000, 100, 0.1, 0.1, 1.0, 0, 0, 0 };
		write(dir, "seed09_chi2_mu_obs", Chi2CurveCharts.create(
			"χ² with a 100% correlated 10% cross-section error", Arrays.asList(
				PlotLine.solid("n(μ,obs) = 10000", Palette.NOMINAL, ones, chi2(xsec, ones,
					10000)), PlotLine.dashed("n(μ,obs) = 9000", Palette.NO_RECO, ones, chi2(
						xsec, ones, 9000)))));
		// cell 16: plus a 10% muon reco error
		final double[] reco = { 10000, 100, 0.1, 0.1, 1.0, 0.1, 0, 0 };
		write(dir, "seed16_chi2_reco", Chi2CurveCharts.create(
			"χ² with and without the muon reconstruction error", Arrays.asList(PlotLine
				.solid("n(μ,obs) = 10000", Palette.NOMINAL, ones, chi2(reco, ones,
					10000)), PlotLine.dashed("n(μ,obs) = 9000, σ(μ,reco) = 0%",
						Palette.NO_RECO, ones, chi2(xsec, ones, 9000)), PlotLine.dashed(
							"n(μ,obs) = 9000, σ(μ,reco) = 10%", Palette.ORIGINAL, ones, chi2(
								reco, ones, 9000)))));
		// cell 19: original vs naively tuned
		final double[] tune = { 9000, 90, 0.1, 0.1, 1.0, 0.1, 0, 0 };
		write(dir, "seed19_chi2_tuned", Chi2CurveCharts.create(
			"χ² at n(μ,obs) = 9000: original vs naively tuned model", Arrays.asList(
				PlotLine.dashed("'Original'", Palette.ORIGINAL, ones, chi2(reco, ones,
					9000)), PlotLine.dashed("'Tuned' (naive)", Palette.TUNED, ones, chi2(
						tune, ones, 9000)))));
		// degenerate: a NaN curve and a flat one
		final double[] nan = new double[ones.length];
		Arrays.fill(nan, Double.NaN);
		write(dir, "edge_chi2_nan", Chi2CurveCharts.create("χ² (all NaN)", Arrays
			.asList(PlotLine.solid("NaN", Palette.ORIGINAL, ones, nan))));
		write(dir, "edge_chi2_flat", Chi2CurveCharts.create("χ² (flat)", Arrays
			.asList(PlotLine.solid("flat", Palette.ORIGINAL, ones, new double[ones.length]),
				PlotLine.dashed("'Tuned' (naive)", Palette.TUNED, ones, chi2(tune, ones,
					9000)))));
	}

	// -- seed cell 24 --

	/** The seed's cell 21 configurations: {mu_exp, e_exp, mu_xsec, ...}. */
	static final double[] ORIG = { 10000, 100, 0.1, 0.1, 1.0, 0.1, 0, 0 };
	static final double[] TUNE = { 9000, 90, 0.1, 0.1, 1.0, 0.1, 0, 0 };

	static void densityMaps(final File dir) throws IOException {
		final double[] xEdges = StepHistogram.uniformEdges(44.5, 140.5, 96);
		final double[] yEdges = StepHistogram.uniformEdges(4500, 14000, 95);
		final double[][] orig = toys(ORIG, 100_000, 1);
		final double[][] tune = toys(TUNE, 100_000, 2);
		write(dir, "seed24_density_pair", DensityMapCharts.pair(
			"Pseudo-experiments (100 000 per model)", "'Original'", CountGrid
				.fill(xEdges, yEdges, orig[0], orig[1]), "'Tuned'", CountGrid.fill(
					xEdges, yEdges, tune[0], tune[1]), new double[] { 45, 140 },
			new double[] { 4500, 14000 }));
		write(dir, "edge_density_one_empty", DensityMapCharts.pair(
			"One model without toys", "'Original'", CountGrid.fill(xEdges, yEdges,
				orig[0], orig[1]), "'Tuned'", new CountGrid(xEdges, yEdges,
					new long[96][95]), null, null));
		write(dir, "edge_density_empty", DensityMapCharts.pair("No toys at all",
			"'Original'", null, "'Tuned'", null, null, null));
	}

	// -- seed cell 27 --

	static void sliceHistograms(final File dir) throws IOException {
		final double[] orig = sliceToys(ORIG, 3_000_000, 3, 8990, 9010);
		final double[] tune = sliceToys(TUNE, 3_000_000, 4, 8990, 9010);
		// NB: about 20 bins over the range of the 'Original' slice, as the
		// seed, but whole counts wide and centred on integers, or the integer
		// counts alias into a jagged histogram.
		final double lo = Arrays.stream(orig).min().getAsDouble() - 0.5;
		final double width = Math.ceil((Arrays.stream(orig).max().getAsDouble() +
			0.5 - lo) / 20);
		final double[] edges = StepHistogram.uniformEdges(lo, lo + 20 * width, 20);
		final String slice = SliceHistogramCharts.sliceLabel(8990, 9010);
		write(dir, "seed27_slice_histograms", SliceHistogramCharts.create(Arrays
			.asList(StepHistogram.fill("'Original'", Palette.ORIGINAL, edges, orig),
				StepHistogram.fill("'Tuned'", Palette.TUNED, edges, tune)), slice));
		write(dir, "edge_slice_empty", SliceHistogramCharts.create(Arrays.asList(
			new StepHistogram("'Original'", Palette.ORIGINAL, edges, new long[20]),
			new StepHistogram("'Tuned'", Palette.TUNED, edges, new long[20])),
			slice));
	}

	// -- beyond the seed --

	static void matrices(final File dir) throws IOException {
		final String[] names = { "e", "μ" };
		// cell 15: total covariance with 10% xsec and 10% muon reco errors
		final double[][] total = cov(ORIG, true);
		write(dir, "extra_covariance_matrix", MatrixCharts.covariance(
			"Total covariance (cell 15), coloured by correlation", names, total));
		write(dir, "extra_correlation_matrix", MatrixCharts.correlation(
			"Correlation of the total covariance", names, MatrixCharts.correlationOf(
				total)));
		final double[][] four = { { 1, 0.8, -0.3, 0 }, { 0.8, 1, -0.5, 0.1 }, {
			-0.3, -0.5, 1, 0.95 }, { 0, 0.1, 0.95, 1 } };
		write(dir, "extra_correlation_4x4", MatrixCharts.correlation(
			"Four channels", new String[] { "e CC", "μ CC", "e NC", "μ NC" }, four));
		write(dir, "edge_matrix_empty", MatrixCharts.correlation("No channels",
			new String[0], new double[0][]));
	}

	static void chi2Distributions(final File dir) throws IOException {
		final double[][] t = toys(ORIG, 100_000, 5);
		final double[] chi2 = new double[t[0].length];
		final double[][] m = cov(ORIG, true);
		final double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
		for (int i = 0; i < chi2.length; i++) {
			final double de = ORIG[1] - t[0][i], dm = ORIG[0] - t[1][i];
			chi2[i] = (de * m[1][1] * de - 2 * de * m[0][1] * dm + dm * m[0][0] * dm) /
				det;
		}
		final double observed = chi2(ORIG, new double[] { 110 }, 9000)[0];
		write(dir, "extra_chi2_distribution", Chi2DistributionCharts.fromValues(
			"Toy χ² ('Original' model, 100 000 toys)", chi2, 60, 2, observed,
			false));
		write(dir, "extra_chi2_distribution_log", Chi2DistributionCharts
			.fromValues("Toy χ², log scale", chi2, 60, 2, observed, true));
		write(dir, "extra_chi2_distribution_k1", Chi2DistributionCharts
			.fromValues("Toy χ² of the electron channel alone vs k = 1", Arrays
				.stream(t[0]).map(e -> (e - 100) * (e - 100) / 200).toArray(), 60, 1,
				Double.NaN, false));
		write(dir, "edge_chi2_distribution_empty", Chi2DistributionCharts
			.fromValues("Toy χ² (no toys)", new double[0], 60, 2, Double.NaN,
				false));
	}

	/** e_obs of the toys with lower < mu_obs < upper. */
	static double[] sliceToys(final double[] c, final int n, final long seed,
		final double lower, final double upper)
	{
		final UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(
			seed);
		final ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
		final double[][] m = cov(c, false);
		final double l00 = Math.sqrt(m[0][0]), l10 = m[1][0] / l00;
		final double l11 = Math.sqrt(Math.max(0, m[1][1] - l10 * l10));
		final java.util.List<Double> e = new java.util.ArrayList<>();
		for (int i = 0; i < n; i++) {
			final double z0 = gauss.sample(), z1 = gauss.sample();
			final double eMean = c[1] + l00 * z0, muMean = c[0] + l10 * z0 + l11 * z1;
			final double mu = muMean > 0 ? PoissonSampler.of(rng, muMean).sample() : 0;
			if (!(mu > lower && mu < upper)) continue;
			e.add(eMean > 0 ? (double) PoissonSampler.of(rng, eMean).sample() : 0);
		}
		return e.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/**
	 * The seed's toys: (e_exp, mu_exp) thrown from a Gaussian with the
	 * systematic covariance, then Poisson counts; {e_obs[], mu_obs[]}.
	 */
	static double[][] toys(final double[] c, final int n, final long seed) {
		final UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(
			seed);
		final ContinuousSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
		final double[][] m = cov(c, false);
		// NB: Cholesky factor of the 2x2 covariance (e, mu).
		final double l00 = Math.sqrt(m[0][0]), l10 = m[1][0] / l00;
		final double l11 = Math.sqrt(Math.max(0, m[1][1] - l10 * l10));
		final double[] e = new double[n], mu = new double[n];
		for (int i = 0; i < n; i++) {
			final double z0 = gauss.sample(), z1 = gauss.sample();
			final double eMean = c[1] + l00 * z0, muMean = c[0] + l10 * z0 + l11 * z1;
			e[i] = eMean > 0 ? PoissonSampler.of(rng, eMean).sample() : 0;
			mu[i] = muMean > 0 ? PoissonSampler.of(rng, muMean).sample() : 0;
		}
		return new double[][] { e, mu };
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
