package org.toycov.toys;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Throws the toys of one block at a time into one thread's {@link ToySummary}.
 * Per toy: lambda = mean + L z (z ziggurat normals), the negative policy, then an
 * exact Poisson draw per channel ({@link PoissonPtrs}).
 * <p>
 * The Gaussians and the slice channel's count come from the block's stream; every
 * other channel's count from its own per-toy stream ({@link ToyStream}). So without
 * full summaries or a sink, those draws are made only for toys in the slice, and a
 * toy's counts are the same either way.
 */
final class BlockWorker {

	/** Toys per block: the unit of seeding, scheduling and saving. */
	static final int BLOCK = 1 << 16;
	/**
	 * Most toys between two looks at the run's block limit (cancellation, an earlier
	 * failing toy): 0.1-0.2 ms of work for a few channels, one volatile read per chunk.
	 */
	static final int CHUNK = 1 << 12;
	/** REDRAW gives up after this many Gaussian throws for one toy. */
	static final int MAX_REDRAWS = 10_000;
	/**
	 * Counts below 2^23 have squares below 2^46, so a block (2^16 toys) of them sums
	 * in a long; larger counts go straight to the 128-bit counters.
	 */
	private static final int SMALL_BITS = 23;

	private final int n;
	private final double[] mean;
	private final double[][] l;
	private final long seed;
	private final NegativePolicy policy;
	private final String[] names;
	private final int sliceCh, targetCh;
	/**
	 * NB: {@code sliceMin <= k <= sliceMax} as one signed compare, {@code k + sliceShift <=
	 * sliceTop} (k - sliceMin compared unsigned): half the counts fall below sliceMin, so
	 * the two-sided test is a branch mispredicted every other toy, about 15 ns each time
	 * (the pipeline waits for the Poisson draw to find out).
	 */
	private final long sliceShift, sliceTop;
	private final boolean full, chi2;
	/** Per-toy stream keys of each channel (unused for the slice channel). */
	private final long[] channelKeys;
	private final ToyStream toyStream = new ToyStream();
	private final double xMin, xScale, yMin, yScale;
	private final int xBins, yBins;
	private final double[] e;
	private final double[][] wTwice; // 2 W_ij below the diagonal, W_ii on it
	private final double chi2Obs, chi2Scale;
	private final int chi2Bins;
	final ToySummary summary;
	/** Package-private: tests force the generic N-channel loop to check the 2-channel one. */
	boolean forceGeneric;

	private final double[] z, lam, d;
	/** Whether products of different channels' counts are kept (few channels). */
	private final boolean crossMoments;
	private final long[] k, mk;
	private final long[] bsum, bprod;
	/**
	 * The 2D and chi-square bins of a chunk's toys, counted after the chunk. NB: counting
	 * each toy at once made the next toys' loads of a busy bin wait for (or be replayed
	 * after) a store whose address the long Poisson draws decide: about 17 ns per toy.
	 */
	private final int[] h2Bin = new int[CHUNK], c2Bin = new int[CHUNK];
	/** Toys per chunk of the N-channel loop: a toy costs O(n^2), so fewer toys for many channels. */
	private final int chunkN;

	BlockWorker(final ToyConfig c) {
		n = c.channels();
		mean = c.mean();
		l = c.cholesky();
		seed = c.seed();
		policy = c.negative();
		names = c.names();
		sliceCh = c.sliceChannel();
		targetCh = c.targetChannel();
		final long sliceMin = c.sliceMinCount(), sliceMax = c.sliceMaxCount();
		// NB: counts are >= 0, so a bound below 0 is 0 (and sliceMax - low cannot overflow).
		final long low = Math.max(sliceMin, 0);
		sliceShift = Long.MIN_VALUE - low;
		sliceTop = Long.MIN_VALUE + (sliceMax - low);
		summary = new ToySummary(c);
		full = summary.full;
		chi2 = summary.hasChi2;
		final double[] xa = c.hist2dTarget(), ya = c.hist2dSlice();
		xMin = xa[0];
		xBins = (int) xa[2];
		xScale = xBins / (xa[1] - xa[0]);
		yMin = ya[0];
		yBins = (int) ya[2];
		yScale = yBins / (ya[1] - ya[0]);
		e = c.hasChi2() ? c.chi2Expected() : new double[n];
		wTwice = new double[n][n];
		if (c.hasChi2()) {
			final double[][] w = c.chi2Weight();
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < i; j++) wTwice[i][j] = w[i][j] + w[j][i];
				wTwice[i][i] = w[i][i];
			}
		}
		chi2Obs = c.chi2Observed();
		chi2Bins = c.chi2HistBins();
		chi2Scale = chi2Bins / c.chi2HistMax();
		channelKeys = new long[n];
		for (int i = 0; i < n; i++) channelKeys[i] = BlockSeeds.channelKey(seed, i);
		z = new double[n];
		d = new double[n];
		crossMoments = ToySummary.hasCrossMoments(n);
		lam = new double[n];
		k = new long[n];
		mk = new long[n];
		bsum = new long[n];
		bprod = new long[n * (n + 1) / 2];
		chunkN = (int) Math.max(1, Math.min(CHUNK, (1L << 16) / ((long) n * n)));
	}

	/**
	 * Throws toys {@code block * BLOCK ..< to}, summarising (and writing to {@code raw},
	 * row-major from toy {@code from}) those from {@code from} on. Every {@value #CHUNK}
	 * toys it looks at {@code limit}: once {@code limit <= block} it abandons the block,
	 * leaving the summary incomplete (the run is canceled or failed), and returns false.
	 *
	 * @throws ToyFailure for the first toy of the block that cannot be thrown
	 */
	boolean runBlock(final long block, final long from, final long to, final int[] raw, final AtomicLong limit) {
		final BlockRng rng = BlockSeeds.blockRng(seed, block);
		final ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
		if (n == 2 && !forceGeneric) return run2(rng, g, block, from, to, raw, limit);
		return runN(rng, g, block, from, to, raw, limit);
	}

	// NB: the 2-channel loop keeps everything in locals; it must draw and round exactly as runN
	// (same order of normals, same summation order), which ToyEngineTest checks.
	private boolean run2(final BlockRng rng, final ZigguratSampler.NormalizedGaussian g, final long block,
		final long from, final long to, final int[] raw, final AtomicLong limit)
	{
		final long start = block * BLOCK;
		final double m0 = mean[0], m1 = mean[1], l00 = l[0][0], l10 = l[1][0], l11 = l[1][1];
		final boolean sliceIs0 = sliceCh == 0, targetIsSlice = targetCh == sliceCh;
		final boolean drawAll = full || raw != null;
		final long otherKey = channelKeys[sliceIs0 ? 1 : 0];
		final ToyStream ts = toyStream;
		final double e0 = e[0], e1 = e[1], w00 = wTwice[0][0], tw10 = wTwice[1][0], w11 = wTwice[1][1];
		final ToySummary s = summary;
		final long[] h2 = s.hist2d, c2 = s.chi2Counts;
		final int[] h2Bin = this.h2Bin, c2Bin = this.c2Bin;
		long s0 = 0, s1 = 0, p00 = 0, p10 = 0, p11 = 0;
		long neg = 0, outside2d = 0, c2Under = 0, c2Over = 0, c2AtLeast = 0;
		final double[] zx = ZigguratFastPath.X;
		final int layers = ZigguratFastPath.LAYERS;
		// NB: the block stream's state lives in r0, r1 (BlockRng) and goes back to rng before a rare path draws from it.
		long r0 = rng.state0(), r1 = rng.state1();
		for (long chunk = start; chunk < to; chunk += CHUNK) {
			if (limit.get() <= block) return false;
			final long chunkEnd = Math.min(to, chunk + CHUNK);
			int nh2 = 0, nc2 = 0;
			for (long t = chunk; t < chunkEnd; t++) {
				double z0, z1;
				long x = BlockRng.output(r0, r1);
				int i = (int) x & 0xFF;
				if (i < layers) {
					z0 = zx[i] * x;
					final long n0 = BlockRng.next0(r0, r1);
					r1 = BlockRng.next1(r0, r1);
					r0 = n0;
				}
				else {
					rng.setState(r0, r1);
					z0 = g.sample();
					r0 = rng.state0();
					r1 = rng.state1();
				}
				x = BlockRng.output(r0, r1);
				i = (int) x & 0xFF;
				if (i < layers) {
					z1 = zx[i] * x;
					final long n0 = BlockRng.next0(r0, r1);
					r1 = BlockRng.next1(r0, r1);
					r0 = n0;
				}
				else {
					rng.setState(r0, r1);
					z1 = g.sample();
					r0 = rng.state0();
					r1 = rng.state1();
				}
				double lam0 = m0 + l00 * z0;
				double lam1 = m1 + (l10 * z0 + l11 * z1);
				if (lam0 < 0 || lam1 < 0) {
					rng.setState(r0, r1);
					if (t >= from) neg++;
					if (policy == NegativePolicy.REDRAW) {
						int tries = 1;
						do {
							if (++tries > MAX_REDRAWS) throw redrawFailed(t);
							z0 = g.sample();
							z1 = g.sample();
							lam0 = m0 + l00 * z0;
							lam1 = m1 + (l10 * z0 + l11 * z1);
						} while (lam0 < 0 || lam1 < 0);
					}
					else {
						if (policy == NegativePolicy.ERROR && t >= from) throw negativeError(t, new double[] { lam0, lam1 });
						if (lam0 < 0) lam0 = 0;
						if (lam1 < 0) lam1 = 0;
					}
					r0 = rng.state0();
					r1 = rng.state1();
				}
				final double lamS = sliceIs0 ? lam0 : lam1;
				final long ks;
				if (lamS >= PoissonPtrs.PTRS_MIN) {
					// PTRS's first attempt (PoissonPtrs.ptrs) from the state in registers.
					final long b0 = BlockRng.next0(r0, r1), b1 = BlockRng.next1(r0, r1);
					final double u = BlockRng.toDouble(BlockRng.output(r0, r1)) - 0.5, v = BlockRng.toDouble(BlockRng.output(b0, b1));
					r0 = BlockRng.next0(b0, b1);
					r1 = BlockRng.next1(b0, b1);
					final double b = PoissonPtrs.ptrsB(lamS), a = PoissonPtrs.ptrsA(b), vr = PoissonPtrs.ptrsVr(b);
					final double us = 0.5 - Math.abs(u);
					final long k = PoissonPtrs.ptrsK(lamS, a, b, u, us);
					if (PoissonPtrs.squeezed(vr, v, us)) ks = k;
					else {
						rng.setState(r0, r1);
						ks = PoissonPtrs.ptrsRest(rng, lamS, a, b, vr, u, v, us, k);
						r0 = rng.state0();
						r1 = rng.state1();
					}
				}
				else {
					rng.setState(r0, r1);
					ks = PoissonPtrs.sample(rng, lamS);
					r0 = rng.state0();
					r1 = rng.state1();
				}
				if (t < from) continue;
				final boolean inSlice = ks + sliceShift <= sliceTop;
				// The other channel: its own stream, drawn only when someone looks at it.
				final long ko = drawAll || (inSlice && !targetIsSlice) ?
					PoissonPtrs.sample(ts.start(otherKey, t), sliceIs0 ? lam1 : lam0) : 0;
				final long k0 = sliceIs0 ? ks : ko, k1 = sliceIs0 ? ko : ks;
				if (((k0 | k1) >>> SMALL_BITS) == 0) {
					// NB: without full summaries only the slice channel's moments are kept (ko is 0 or slice-only).
					final long m0k = full || sliceIs0 ? k0 : 0, m1k = full || !sliceIs0 ? k1 : 0;
					s0 += m0k;
					s1 += m1k;
					p00 += m0k * m0k;
					p10 += m1k * m0k;
					p11 += m1k * m1k;
				}
				else {
					checkInt(k0, t);
					checkInt(k1, t);
					addBig(new long[] { full || sliceIs0 ? k0 : 0, full || !sliceIs0 ? k1 : 0 }, t);
				}
				if (raw != null) {
					final int r = (int) (t - from) << 1;
					raw[r] = (int) k0;
					raw[r + 1] = (int) k1;
				}
				final long kt = targetIsSlice ? ks : ko;
				if (inSlice) addToSlice(kt, t);
				if (full) {
					// NB: no branch on where a toy falls (see binOf): the same bins as the tests fx >= 0 && fx < xBins.
					final int ix = binOf((kt - xMin) * xScale), iy = binOf((ks - yMin) * yScale);
					final int out = outside(ix, xBins) | outside(iy, yBins);
					h2Bin[nh2] = ix * yBins + iy;
					nh2 += out ^ 1;
					outside2d += out;
					if (chi2) {
						final double d0 = k0 - e0, d1 = k1 - e1;
						double c = w00 * d0 * d0;
						c += tw10 * d1 * d0;
						c += w11 * d1 * d1;
						c2AtLeast += c >= chi2Obs ? 1 : 0;
						final int ic = binOf(c * chi2Scale);
						final int under = ic >>> 31, over = outside(ic, chi2Bins) & (under ^ 1);
						c2Bin[nc2] = ic;
						nc2 += (under | over) ^ 1;
						c2Under += under;
						c2Over += over;
					}
				}
			}
			fill(h2, h2Bin, nh2);
			fill(c2, c2Bin, nc2);
		}
		s.sum[0].add(s0);
		s.sum[1].add(s1);
		s.prod[0].add(p00);
		s.prod[1].add(p10);
		s.prod[2].add(p11);
		finishBlock(to - from, neg, outside2d, c2Under, c2Over, c2AtLeast);
		return true;
	}

	private boolean runN(final BlockRng rng, final ZigguratSampler.NormalizedGaussian g, final long block,
		final long from, final long to, final int[] raw, final AtomicLong limit)
	{
		final long start = block * BLOCK;
		final ToySummary s = summary;
		final long[] h2 = s.hist2d, c2 = s.chi2Counts;
		final int[] h2Bin = this.h2Bin, c2Bin = this.c2Bin;
		final boolean drawAll = full || raw != null;
		java.util.Arrays.fill(bsum, 0);
		java.util.Arrays.fill(bprod, 0);
		long neg = 0, outside2d = 0, c2Under = 0, c2Over = 0, c2AtLeast = 0;
		for (long chunk = start; chunk < to; chunk += chunkN) {
			if (limit.get() <= block) return false;
			final long chunkEnd = Math.min(to, chunk + chunkN);
			int nh2 = 0, nc2 = 0;
			for (long t = chunk; t < chunkEnd; t++) {
				boolean negative = throwMeans(g);
				if (negative) {
					if (t >= from) neg++;
					if (policy == NegativePolicy.REDRAW) {
						int tries = 1;
						do {
							if (++tries > MAX_REDRAWS) throw redrawFailed(t);
							negative = throwMeans(g);
						} while (negative);
					}
					else {
						if (policy == NegativePolicy.ERROR && t >= from) throw negativeError(t, lam.clone());
						for (int i = 0; i < n; i++) if (lam[i] < 0) lam[i] = 0;
					}
				}
				final long ks = PoissonPtrs.sample(rng, lam[sliceCh]);
				if (t < from) continue;
				final boolean inSlice = ks + sliceShift <= sliceTop;
				long or = 0;
				for (int i = 0; i < n; i++) {
					if (i == sliceCh) k[i] = ks;
					else if (drawAll || (inSlice && i == targetCh)) k[i] = PoissonPtrs.sample(toyStream.start(channelKeys[i], t), lam[i]);
					else k[i] = 0;
					or |= k[i];
				}
				if (!full) {
					// NB: without full summaries only the slice channel's moments are kept.
					for (int i = 0; i < n; i++) if (i != sliceCh) mk[i] = 0; else mk[i] = k[i];
				}
				final long[] km = full ? k : mk;
				if ((or >>> SMALL_BITS) == 0) {
					if (crossMoments) {
						for (int i = 0, p = 0; i < n; i++) {
							bsum[i] += km[i];
							for (int j = 0; j <= i; j++) bprod[p++] += km[i] * km[j];
						}
					}
					else {
						// NB: O(n) not O(n^2) per toy: variances only for many channels
						for (int i = 0; i < n; i++) {
							bsum[i] += km[i];
							bprod[i * (i + 3) / 2] += km[i] * km[i];
						}
					}
				}
				else {
					for (int i = 0; i < n; i++) checkInt(k[i], t);
					addBig(km.clone(), t);
				}
				if (raw != null) {
					final int r = (int) (t - from) * n;
					for (int i = 0; i < n; i++) raw[r + i] = (int) k[i];
				}
				final long kt = k[targetCh];
				if (inSlice) addToSlice(kt, t);
				if (full) {
					final int ix = binOf((kt - xMin) * xScale), iy = binOf((ks - yMin) * yScale);
					final int out = outside(ix, xBins) | outside(iy, yBins);
					h2Bin[nh2] = ix * yBins + iy;
					nh2 += out ^ 1;
					outside2d += out;
					if (chi2) {
						for (int i = 0; i < n; i++) d[i] = k[i] - e[i];
						double c = 0;
						for (int i = 0; i < n; i++) {
							final double[] wi = wTwice[i];
							c += d[i] * (wi[i] * d[i] + dot(wi, d, i));
						}
						c2AtLeast += c >= chi2Obs ? 1 : 0;
						final int ic = binOf(c * chi2Scale);
						final int under = ic >>> 31, over = outside(ic, chi2Bins) & (under ^ 1);
						c2Bin[nc2] = ic;
						nc2 += (under | over) ^ 1;
						c2Under += under;
						c2Over += over;
					}
				}
			}
			fill(h2, h2Bin, nh2);
			fill(c2, c2Bin, nc2);
		}
		for (int i = 0; i < n; i++) s.sum[i].add(bsum[i]);
		for (int i = 0; i < bprod.length; i++) s.prod[i].add(bprod[i]);
		finishBlock(to - from, neg, outside2d, c2Under, c2Over, c2AtLeast);
		return true;
	}

	/**
	 * The bin of a position {@code f} in bin widths from the first bin's low edge: floor(f), saturated to
	 * the int range. NB: {@code f >= 0} iff the bin is >= 0, and {@code f < bins} iff it is < bins, so
	 * {@link #outside} gives what the two compares give, without a branch: a branch that the toys take
	 * once in a million (a toy outside the 2D grid) is compiled as a trap, and the first toy that takes
	 * it recompiles the whole loop (0.2 s of CPU, seen with -XX:+LogCompilation).
	 */
	static int binOf(final double f) {
		return (int) Math.floor(f);
	}

	/** 1 if bin {@code i} is outside {@code 0 ..< bins}, else 0. */
	static int outside(final int i, final int bins) {
		return (i | (bins - 1 - i)) >>> 31;
	}

	/** Counts {@code bins[0 .. n)} into {@code counts}. */
	private static void fill(final long[] counts, final int[] bins, final int n) {
		for (int i = 0; i < n; i++) counts[bins[i]]++;
	}

	/** lam = mean + L z for fresh normals z; true if a component is negative. */
	private boolean throwMeans(final ZigguratSampler.NormalizedGaussian g) {
		for (int i = 0; i < n; i++) z[i] = g.sample();
		boolean negative = false;
		for (int i = 0; i < n; i++) {
			final double acc = dot(l[i], z, i + 1);
			lam[i] = mean[i] + acc;
			if (lam[i] < 0) negative = true;
		}
		return negative;
	}

	/** One toy in the slice (about 0.4% of them in the seed's study: no hot path). */
	private void addToSlice(final long kt, final long t) {
		checkInt(kt, t);
		final ToySummary s = summary;
		s.sliceCount++;
		s.sliceSum.add(kt);
		s.sliceSumSq.add(kt * kt);
		s.addSliceValue((int) kt);
	}

	private void finishBlock(final long toys, final long neg, final long outside2d, final long c2Under,
		final long c2Over, final long c2AtLeast)
	{
		final ToySummary s = summary;
		s.toys += toys;
		s.negativeCount += neg;
		s.hist2dOutside += outside2d;
		s.chi2Underflow += c2Under;
		s.chi2Overflow += c2Over;
		s.chi2AtLeast += c2AtLeast;
	}

	/** A toy with a count of 2^23 or more: straight to the 128-bit counters. */
	private void addBig(final long[] kk, final long t) {
		for (int i = 0; i < n; i++) checkInt(kk[i], t);
		for (int i = 0, p = 0; i < n; i++) {
			summary.sum[i].add(kk[i]);
			for (int j = 0; j <= i; j++) summary.prod[p++].add(kk[i] * kk[j]);
		}
	}

	private void checkInt(final long count, final long t) {
		if (count > Integer.MAX_VALUE) {
			throw new ToyFailure(t, "mean: toy " + t + " threw a count " + count +
				" above 2^31-1; expected counts this large are not supported");
		}
	}

	private ToyFailure negativeError(final long t, final double[] lams) {
		int i = 0;
		while (i < lams.length - 1 && lams[i] >= 0) i++;
		return new ToyFailure(t, "negative: toy " + t + " threw a negative mean " + lams[i] + " for channel " +
			names[i] + " (numpy's poisson fails the same way: lam < 0); use negative=truncate or negative=redraw");
	}

	private ToyFailure redrawFailed(final long t) {
		return new ToyFailure(t, "negative: REDRAW found no non-negative throw for toy " + t + " in " +
			MAX_REDRAWS + " tries; the systematic covariance is too wide for these expected counts, use negative=truncate");
	}

	/**
	 * {@code a[0..len) . b[0..len)}. NB: eight partial sums break the chain of
	 * dependent additions that bounds a long dot product by the adder's latency;
	 * below 8 terms it adds in order, so the 2-channel loop and this one agree
	 * to the bit.
	 */
	static double dot(final double[] a, final double[] b, final int len) {
		// NB: the explicit bound lets the JIT drop the range checks in the loop
		if (len > a.length || len > b.length) throw new ArrayIndexOutOfBoundsException(len);
		double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		int j = 0;
		final int limit = len - 7;
		for (; j < limit; j += 8) {
			s0 += a[j] * b[j];
			s1 += a[j + 1] * b[j + 1];
			s2 += a[j + 2] * b[j + 2];
			s3 += a[j + 3] * b[j + 3];
			s4 += a[j + 4] * b[j + 4];
			s5 += a[j + 5] * b[j + 5];
			s6 += a[j + 6] * b[j + 6];
			s7 += a[j + 7] * b[j + 7];
		}
		double tail = 0;
		for (; j < len; j++) tail += a[j] * b[j];
		return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7)) + tail;
	}
}
