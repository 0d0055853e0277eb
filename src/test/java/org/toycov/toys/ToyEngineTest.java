package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.toycov.bench.ToyBenchmark;

/**
 * The engine against independent numbers: analytic moments (E[n] = mean, Cov[n] =
 * sysCov + diag(mean)), truncated/conditional normal formulas, the seed notebook's
 * printed slice results (cell 26), and exact reproducibility across threads and shards.
 */
class ToyEngineTest {

	private final ToyEngine engine = new ToyEngine();

	/** The seed's cell-21 configurations: orig [100, 10000] and tune [90, 9000], 10% xsec (corr. 1) + 10% mu reco. */
	static ToyConfig.Builder seedScenario(final boolean tune) {
		return ToyBenchmark.config(tune ? "tune" : "orig", 1, 2, 1, false).toBuilder();
	}

	@Test
	void toysUpToTheLastIndexAreAllCounted() {
		// first_toy + toys = 2^62 exactly: near 2^63 a block's end overflowed and toys were lost unseen
		final long n = 200_000;
		final ToySummary s = engine.run(seedScenario(false).firstToy(ToyConfig.TOY_END_MAX - n).toys(n)
			.fullSummaries(true).threads(2).build(), null);
		assertEquals(n, s.toys());
		// both channels' means as anywhere in the index range: the seed's e = 100, mu = 10000 within 5 standard
		// errors (sys variance (0.1 m)^2 per source, two sources on mu, plus Poisson)
		assertEquals(100, s.mean()[0], 5 * Math.sqrt((100 + 100) / (double) n));
		assertEquals(10000, s.mean()[1], 5 * Math.sqrt((2e6 + 1e4) / n));
	}

	@Test
	void threeChannelMomentsMatchAnalytic() {
		// Generic (N-channel) loop. Analytic: E[n] = mean, Cov[n] = sysCov + diag(mean) (law of total
		// covariance; no truncation at 10 sigma). SE(mean_i) = sqrt(C_ii / T); SE(C_ij) ~ sqrt((C_ii C_jj + C_ij^2) / T).
		final double[] mean = { 50, 200, 1000 };
		final double[][] sys = { { 25, 30, 50 }, { 30, 400, 300 }, { 50, 300, 2500 } };
		final long toys = 1_000_000;
		final ToySummary s = engine.run(ToyConfig.builder().mean(mean).sysCov(sys).toys(toys).threads(2).sliceChannel(2)
			.sliceCenter(1000).targetChannel(0).build(), null);
		assertEquals(toys, s.toys());
		assertEquals(0, s.negativeCount());
		final double[] m = s.mean();
		final double[][] c = s.covariance();
		for (int i = 0; i < 3; i++) {
			final double cii = sys[i][i] + mean[i];
			assertEquals(mean[i], m[i], 5 * Math.sqrt(cii / toys), "mean " + i);
			for (int j = 0; j < 3; j++) {
				final double cij = sys[i][j] + (i == j ? mean[i] : 0), cjj = sys[j][j] + mean[j];
				assertEquals(cij, c[i][j], 5 * Math.sqrt((cii * cjj + cij * cij) / toys), "cov " + i + "," + j);
			}
		}
	}

	@Test
	void seedSliceOrigAndTune() {
		// The seed (cell 26, numpy, 1e8 toys): orig mean 95.050052 var 145.020530; tune 90.025183 var 130.950758.
		checkSlice(false, 95.050052, 145.020530, 95.025);
		// Conditional Gaussian, TOTAL covariance C (incl. Poisson diag): e + C_em / C_mm (9000 - mu);
		// tune: 90 + 8100 / 1.629e6 * 0 = 90.
		checkSlice(true, 90.025183, 130.950758, 90.0);
	}

	private void checkSlice(final boolean tune, final double seedMean, final double seedVar, final double gaussMean) {
		final long toys = 20_000_000;
		final ToySummary s = engine.run(seedScenario(tune).toys(toys).threads(2).seed(7).build(), null);
		final long n = s.sliceCount();
		final double mean = s.sliceMean(), var = s.sliceVariance();
		// Fourth central moment of the slice values, for SE(var) = sqrt((mu4 - var^2) / n).
		double mu4 = 0;
		for (final Map.Entry<Integer, Long> e : s.sliceValues().entrySet()) {
			final double d = e.getKey() - mean;
			mu4 += e.getValue() * d * d * d * d;
		}
		mu4 /= n;
		// The seed's numbers have their own error: 1e8 toys give about 1e8 / toys times our slice count.
		final double nSeed = n * (1e8 / toys);
		final double seMean = Math.sqrt(var / n + var / nSeed);
		final double seVar = Math.sqrt((mu4 - var * var) / n + (mu4 - var * var) / nSeed);
		assertEquals(seedMean, mean, 4 * seMean, "slice mean vs seed (" + (tune ? "tune" : "orig") + "), n=" + n);
		assertEquals(seedVar, var, 4 * seVar, "slice variance vs seed (" + (tune ? "tune" : "orig") + ")");
		// The Gaussian formula is an approximation (Poisson counts are not Gaussian): 4 SE of ours plus 0.03.
		assertEquals(gaussMean, mean, 4 * Math.sqrt(var / n) + 0.03, "slice mean vs conditional Gaussian");
		long sum = 0;
		for (final long v : s.sliceValues().values()) sum += v;
		assertEquals(n, sum);
	}

	@Test
	void identicalWhateverTheThreads() {
		final ToyConfig.Builder b = seedScenario(false).toys(5L * ToyEngine.BLOCK + 1234).fullSummaries(true).chi2Observed(3);
		final ToySummary one = engine.run(b.threads(1).build(), null);
		assertEquals(one, engine.run(b.threads(2).build(), null));
		assertEquals(one, engine.run(b.threads(3).build(), null));
		// The generic N-channel loop draws and rounds exactly as the 2-channel one.
		assertEquals(one, new ToyEngine(true).run(b.threads(2).build(), null));
		// A different seed is a different run.
		assertNotEquals(one, engine.run(b.seed(2).build(), null));
	}

	@Test
	void sliceStudyIsTheSameWithAndWithoutFullSummaries() {
		// A toy's counts do not depend on full summaries: the slice study is identical; only the
		// slice channel has moments without them.
		final ToyConfig.Builder b = seedScenario(false).toys(3L * ToyEngine.BLOCK + 99).threads(2);
		final ToySummary full = engine.run(b.fullSummaries(true).build(), null);
		final ToySummary slice = engine.run(b.fullSummaries(false).build(), null);
		assertEquals(full.sliceValues(), slice.sliceValues());
		assertEquals(full.sliceVariance(), slice.sliceVariance());
		assertEquals(full.mean()[1], slice.mean()[1]);
		assertEquals(full.covariance()[1][1], slice.covariance()[1][1]);
		assertTrue(Double.isNaN(slice.mean()[0]) && Double.isNaN(slice.covariance()[0][1]));
		assertTrue(full.hasMoments(0) && !slice.hasMoments(0) && slice.hasMoments(1));
		assertEquals(full, new ToyEngine(true).run(b.fullSummaries(true).build(), null));
		assertEquals(slice, new ToyEngine(true).run(b.fullSummaries(false).build(), null));
	}

	@Test
	void shardsMergeToTheWholeRun() {
		final long total = 5L * ToyEngine.BLOCK + 777;
		final ToyConfig.Builder b = seedScenario(true).fullSummaries(true).chi2Observed(2).threads(2);
		final ToySummary whole = engine.run(b.firstToy(0).toys(total).build(), null);
		// Cuts inside blocks: any firstToy works.
		final long cut1 = 100_000, cut2 = 250_001;
		final ToySummary a = engine.run(b.firstToy(0).toys(cut1).build(), null);
		final ToySummary m = engine.run(b.firstToy(cut1).toys(cut2 - cut1).build(), null);
		final ToySummary z = engine.run(b.firstToy(cut2).toys(total - cut2).build(), null);
		assertEquals(whole, a.merge(m).merge(z));
		assertEquals(whole, z.merge(a).merge(m));
		assertEquals(whole.sliceVariance(), z.merge(m.merge(a)).sliceVariance());
		assertEquals(whole.toys(), a.toys() + m.toys() + z.toys());
	}

	@Test
	void negativePolicies() {
		// Channel 0: mean 5, sigma 5, so P(lambda < 0) = Phi(-1); channel 1 never negative (10 sigma).
		final NormalDistribution std = new NormalDistribution(null, 0, 1);
		final double pNeg = std.cumulativeProbability(-1), phi1 = std.density(1), cdf1 = std.cumulativeProbability(1);
		final long toys = 400_000;
		final ToyConfig.Builder b = ToyConfig.builder().mean(5, 100).sysCov(new double[][] { { 25, 0 }, { 0, 100 } })
			.toys(toys).threads(2).sliceCenter(100).seed(3);
		final double seFrac = Math.sqrt(pNeg * (1 - pNeg) / toys);

		final ToySummary trunc = engine.run(b.negative(NegativePolicy.TRUNCATE).build(), null);
		assertEquals(pNeg, trunc.negativeCount() / (double) toys, 5 * seFrac, "negative fraction = Phi(-1)");
		// E[n] = E[max(lambda, 0)] = mu Phi(mu/s) + s phi(mu/s) (truncated at 0); Var[n] <= 5^2 + 5 + ... , SE from the sample.
		final double truncMean = 5 * cdf1 + 5 * phi1;
		final double se = Math.sqrt(trunc.covariance()[0][0] / toys);
		assertEquals(truncMean, trunc.mean()[0], 5 * se, "truncated mean");

		final ToySummary redraw = engine.run(b.negative(NegativePolicy.REDRAW).build(), null);
		assertEquals(pNeg, redraw.negativeCount() / (double) toys, 5 * seFrac, "negative fraction counted under REDRAW too");
		// E[n] = E[lambda | lambda > 0] = mu + s phi(1) / Phi(1) (normal truncated below 0).
		assertEquals(5 + 5 * phi1 / cdf1, redraw.mean()[0], 5 * Math.sqrt(redraw.covariance()[0][0] / toys), "redrawn mean");
		assertTrue(redraw.mean()[0] > trunc.mean()[0] + 0.5);

		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> engine.run(b.negative(NegativePolicy.ERROR).build(), null));
		assertTrue(e.getMessage().startsWith("negative: toy ") && e.getMessage().contains("channel 0") &&
			!e.getMessage().contains("\n"), e.getMessage());
	}

	@Test
	void chi2MeanAndToyPValue() {
		// Large counts, so the total distribution is close to Gaussian and chi2 = d^T C^-1 d is chi2(2):
		// P(chi2 >= x) = exp(-x / 2). E[chi2] = tr(W Cov) = 2 exactly for any distribution with covariance C.
		final double[] mean = { 1e4, 4e4 };
		final double[][] sys = { { 1e6, 5e5 }, { 5e5, 4e6 } };
		final double a = sys[0][0] + mean[0], bb = sys[0][1], d = sys[1][1] + mean[1], det = a * d - bb * bb;
		final double[][] w = { { d / det, -bb / det }, { -bb / det, a / det } };
		final long toys = 400_000;
		final ToySummary s = engine.run(ToyConfig.builder().mean(mean).sysCov(sys).toys(toys).threads(2).sliceCenter(4e4)
			.chi2(mean, w, 4.0).fullSummaries(true).build(), null);
		assertEquals(2, s.chi2Mean(), 5 * Math.sqrt(4.0 / toys), "E[chi2] = number of channels");
		final double p = Math.exp(-2);
		assertEquals(p, s.toyPValue(), 5 * Math.sqrt(p * (1 - p) / toys), "P(chi2(2) >= 4) = exp(-2)");
		assertEquals(Math.sqrt(s.toyPValue() * (1 - s.toyPValue()) / toys), s.toyPValueError(), 1e-15);
		final Histogram1D h = s.chi2Histogram();
		assertEquals(toys, h.total() + h.underflow() + h.overflow());
		// First bin of chi2(2): P(chi2 < w) = 1 - exp(-w / 2).
		final double width = h.edges()[1];
		final double p0 = 1 - Math.exp(-width / 2);
		assertEquals(p0, h.counts()[0] / (double) toys, 5 * Math.sqrt(p0 / toys));
		final Histogram2D h2 = s.histogram2D();
		long in = 0;
		for (final long[] row : h2.counts()) for (final long v : row) in += v;
		assertEquals(toys, in + h2.outside());
	}

	@Test
	void sliceHistogramLikeNumpy() {
		final ToySummary s = engine.run(seedScenario(false).toys(2_000_000).threads(2).build(), null);
		final double[] edges = s.sliceAutoEdges(20);
		assertEquals((double) s.sliceValues().firstKey(), edges[0]);
		assertEquals((double) s.sliceValues().lastKey(), edges[20]);
		final Histogram1D h = s.sliceHistogram(edges);
		// All values inside [min, max] (the last bin is closed, as numpy's), and density integrates to 1.
		assertEquals(s.sliceCount(), h.total());
		assertEquals(0, h.underflow() + h.overflow());
		double integral = 0;
		final double[] dens = h.density();
		for (int i = 0; i < dens.length; i++) integral += dens[i] * (edges[i + 1] - edges[i]);
		assertEquals(1, integral, 1e-12);
		// Hand-made edges: [90, 95) [95, 100]; values outside are counted as under/overflow.
		final Histogram1D two = s.sliceHistogram(new double[] { 90, 95, 100 });
		long in9095 = 0, in95100 = 0, under = 0, over = 0;
		for (final Map.Entry<Integer, Long> e : s.sliceValues().entrySet()) {
			final int v = e.getKey();
			if (v < 90) under += e.getValue();
			else if (v < 95) in9095 += e.getValue();
			else if (v <= 100) in95100 += e.getValue();
			else over += e.getValue();
		}
		assertEquals(in9095, two.counts()[0]);
		assertEquals(in95100, two.counts()[1]);
		assertEquals(under, two.underflow());
		assertEquals(over, two.overflow());
	}

	@Test
	void progressAndCancellation() {
		final AtomicLong last = new AtomicLong(-1);
		final long toys = 3L * ToyEngine.BLOCK;
		engine.run(seedScenario(false).toys(toys).build(), (done, total) -> {
			assertEquals(toys, total);
			assertTrue(done >= last.get());
			last.set(done);
		});
		assertEquals(toys, last.get());

		final long t0 = System.nanoTime();
		assertThrows(CancellationException.class, () -> engine.run(seedScenario(false).toys(1_000_000_000L).build(),
			cancelAfterTwoReports()));
		assertTrue((System.nanoTime() - t0) < 5e9, "cancellation is prompt");
	}

	/** Progress that cancels the run at its second report (a user's Cancel during a run). */
	static ToyProgress cancelAfterTwoReports() {
		final AtomicInteger calls = new AtomicInteger();
		return new ToyProgress() {

			@Override
			public void progress(final long done, final long total) {
				calls.incrementAndGet();
			}

			@Override
			public boolean isCanceled() {
				return calls.get() >= 2;
			}
		};
	}

	@Test
	void negativeErrorNamesTheFirstToyWhateverTheThreads() {
		// Channel 0: mean 45, sigma 10, so P(lambda < 0) = Phi(-4.5) = 3.4e-6: a handful of negative toys
		// in 2e6, in different blocks, so threads race to them.
		final ToyConfig.Builder b = ToyConfig.builder().mean(45, 1000).sysCov(new double[][] { { 100, 0 }, { 0, 100 } })
			.toys(2_000_000).seed(5).negative(NegativePolicy.ERROR);
		final String one = assertThrows(IllegalArgumentException.class, () -> engine.run(b.threads(1).build(), null))
			.getMessage();
		final long toy = Long.parseLong(one.replaceFirst("^negative: toy (\\d+) .*$", "$1"));
		// Independently: under truncate, no negative toy before it, and it is one.
		b.negative(NegativePolicy.TRUNCATE);
		if (toy > 0) assertEquals(0, engine.run(b.firstToy(0).toys(toy).threads(2).build(), null).negativeCount());
		assertEquals(1, engine.run(b.firstToy(toy).toys(1).build(), null).negativeCount());
		final long total = engine.run(b.firstToy(0).toys(2_000_000).build(), null).negativeCount();
		assertTrue(total >= 3, "several negative toys race: " + total);
		b.negative(NegativePolicy.ERROR).firstToy(0).toys(2_000_000);
		for (int i = 0; i < 5; i++) {
			for (final int threads : new int[] { 2, 3 }) {
				assertEquals(one, assertThrows(IllegalArgumentException.class, () -> engine.run(b.threads(threads).build(),
					null)).getMessage(), "threads=" + threads);
			}
		}
	}

	@Test
	void cancellationStopsWithinHalfASecond() throws Exception {
		// 2 channels (blocks of 65536 toys, a few ms each) and 300 channels (a block takes seconds: the
		// engine must look at the cancel flag inside blocks).
		final double[][] sys = new double[300][300];
		final double[] mean = new double[300];
		for (int i = 0; i < 300; i++) {
			sys[i][i] = 100;
			mean[i] = 1000;
		}
		for (final ToyConfig c : new ToyConfig[] { seedScenario(false).toys(1_000_000_000_000L).threads(2).build(),
			ToyConfig.builder().mean(mean).sysCov(sys).toys(1_000_000_000L).threads(2).fullSummaries(true).build() })
		{
			final java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
			final java.util.concurrent.atomic.AtomicLong endedAt = new java.util.concurrent.atomic.AtomicLong();
			final Thread run = new Thread(() -> {
				try {
					engine.run(c, new ToyProgress() {
						@Override
						public void progress(final long done, final long total) {}

						@Override
						public boolean isCanceled() {
							return cancel.get();
						}
					});
				}
				catch (final CancellationException e) {
					endedAt.set(System.nanoTime());
				}
			});
			run.start();
			Thread.sleep(400);
			final long t0 = System.nanoTime();
			cancel.set(true);
			run.join(5000);
			assertTrue(endedAt.get() != 0, "canceled");
			final double s = (endedAt.get() - t0) * 1e-9;
			assertTrue(s < 0.5, c.channels() + " channels: canceled after " + s + " s");
		}
	}
}
