package org.toycov.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.toycov.model.ModelException;
import org.toycov.stats.SemidefiniteCholesky;
import org.toycov.stats.StatTerm;
import org.toycov.toys.BlockSeeds;
import org.toycov.toys.NegativePolicy;
import org.toycov.toys.ToyProgress;

/**
 * The toy side of the signal fit, shared by {@link FeldmanCousins} and
 * {@link HypothesisTest}: the chi-square of thrown counts at fixed strengths
 * {@code x_k} with everything that does not depend on the counts computed once,
 * the toy throw, and a pool of threads working through numbered blocks.
 * <ul>
 * <li>pearson: {@code C(x_k)} does not depend on the counts, so its Cholesky factor
 * is computed once per {@code x_k} and every toy costs one triangular solve per
 * strength;</li>
 * <li>cnp: the statistical term depends on the counts, so {@code C_sys(x_k)} is kept
 * and each toy factors {@code C_sys(x_k) + diag(cnp)} at the strengths it visits.</li>
 * </ul>
 * After a constraint ({@link SignalModel#constrained(int[])}) the bins are ordered X, Y
 * and the chi-square sums only the Y part of the triangular solve (the Schur complement:
 * {@code d^T C^-1 d - d_X^T C_XX^-1 d_X}), at no extra cost.
 * <p>
 * A bin with no variance at all (no systematic, and a statistical term of 0) adds
 * nothing when its residual is 0 and makes the chi-square infinite otherwise.
 * <p>
 * Toy throw (as TLee's {@code Set_Variations}): {@code lam = mu(x) + L z} with L the
 * factor of {@code C_sys(x)} and z unit normals (ziggurat), negative means set to 0
 * (or the vector thrown again, or an error: {@link NegativePolicy}), then exact Poisson counts
 * ({@link SignalFitPoisson}: tables below a mean of 64, PTRS above); all draws of a block from the
 * block's own stream ({@link BlockSeeds}), so results do not depend on the threads.
 */
final class SignalFitToys {

	/** Toys per block: the unit of seeding and scheduling. */
	static final int BLOCK = 1024;
	private static final double ZERO_PIVOT = 1e-14;
	private static final long POLL_MS = 100;

	final int n, size;
	/** Bins in the order X, Y; the chi-square sums from {@code yFrom} on. */
	private final int[] order;
	private final int yFrom;
	private final double[] xs;
	private final double[][] mu;
	private final boolean pearson;
	/** pearson: the factor of C(x_k); cnp: the lower triangle of C_sys(x_k). Packed by rows. */
	private final double[][] packed;
	private final double[][] invDiag;
	/**
	 * pearson, where the factor has no zero pivot: {@code n -> M_k n - M_k mu(x_k)} with
	 * {@code M_k = L_k^-1}, so that {@code L_k^-1 (n - mu_k)} is a triangular multiply
	 * (independent multiply-adds, {@link LowerAffine}) instead of a substitution whose
	 * steps wait for each other. Null at a strength with a zero pivot (the substitution
	 * handles it).
	 */
	private final LowerAffine[] inverse;
	/** {@code C_k^-1 sig / (sig^T C_k^-1 sig)} with {@code C_k} the pearson covariance: the linearised fit's gain. */
	private final double[][] gain;
	private final String[] names;

	SignalFitToys(final SignalModel model, final double[] xs) {
		n = model.bins();
		size = xs.length;
		this.xs = xs.clone();
		pearson = model.stat() == StatTerm.PEARSON;
		mu = new double[size][];
		packed = new double[size][];
		invDiag = new double[size][];
		inverse = new LowerAffine[size];
		gain = new double[size][];
		order = model.order();
		yFrom = model.constrainedFrom();
		names = permute(model.names(), order);
		final double[] sig = model.prediction(1);
		final double[] zero = model.prediction(0);
		for (int i = 0; i < n; i++) sig[i] -= zero[i];
		final double[] sigP = permute(sig, order);
		for (int k = 0; k < size; k++) {
			final double[] m = model.prediction(xs[k]);
			mu[k] = permute(m, order);
			final double[][] c = permute(model.covariance(xs[k], m), order);
			packed[k] = pack(pearson ? c : permute(model.systematic(xs[k]), order));
			if (pearson) {
				invDiag[k] = new double[n];
				factor(packed[k], invDiag[k], n);
				final double[][] mk = inverse(packed[k], invDiag[k], n);
				if (mk != null) inverse[k] = new LowerAffine(mk, negate(lowerTimes(mk, mu[k])));
			}
			gain[k] = gain(c, sigP, yFrom);
		}
	}

	static double[] permute(final double[] v, final int[] order) {
		final double[] out = new double[order.length];
		for (int i = 0; i < out.length; i++) out[i] = v[order[i]];
		return out;
	}

	static String[] permute(final String[] v, final int[] order) {
		final String[] out = new String[order.length];
		for (int i = 0; i < out.length; i++) out[i] = v[order[i]];
		return out;
	}

	static double[][] permute(final double[][] c, final int[] order) {
		final double[][] out = new double[order.length][order.length];
		for (int i = 0; i < out.length; i++)
			for (int j = 0; j < out.length; j++) out[i][j] = c[order[i]][order[j]];
		return out;
	}

	/**
	 * The gain of the linearised fit: with {@code w = L^-1 sig} and its X part set to 0,
	 * {@code L^-T w / |w|^2} ({@code C^-1 sig / (sig^T C^-1 sig)} without a constraint);
	 * zero where nothing is left.
	 */
	private static double[] gain(final double[][] c, final double[] sig, final int yFrom) {
		final int n = sig.length;
		final double[] p = pack(c), inv = new double[n], y = new double[n];
		factor(p, inv, n);
		// a forward and a backward substitution on the packed factor
		for (int i = 0; i < n; i++) {
			final int ri = i * (i + 1) / 2;
			double s = sig[i];
			for (int k = 0; k < i; k++) s -= p[ri + k] * y[k];
			y[i] = s * inv[i];
		}
		double norm = 0;
		for (int i = 0; i < n; i++) {
			if (i < yFrom) y[i] = 0;
			norm += y[i] * y[i];
		}
		if (!(norm > 0)) return new double[n];
		for (int i = n - 1; i >= 0; i--) {
			double s = y[i];
			for (int k = i + 1; k < n; k++) s -= p[k * (k + 1) / 2 + i] * y[k];
			y[i] = s * inv[i];
		}
		for (int i = 0; i < n; i++) y[i] /= norm;
		return y;
	}

	/**
	 * {@code L^-1} of a packed factor (lower-triangular, by rows), by forward
	 * substitution of the unit vectors; null when L has a zero pivot.
	 */
	static double[][] inverse(final double[] p, final double[] invDiag, final int n) {
		for (int i = 0; i < n; i++) if (invDiag[i] == 0) return null;
		final double[][] m = new double[n][n];
		final double[] y = new double[n];
		for (int j = 0; j < n; j++) {
			java.util.Arrays.fill(y, 0);
			for (int i = j; i < n; i++) {
				final int ri = i * (i + 1) / 2;
				double s = i == j ? 1 : 0;
				for (int k = j; k < i; k++) s -= p[ri + k] * y[k];
				y[i] = s * invDiag[i];
				m[i][j] = y[i];
			}
		}
		return m;
	}

	/** {@code M v} for a lower-triangular M. */
	static double[] lowerTimes(final double[][] m, final double[] v) {
		final double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			double s = 0;
			for (int j = 0; j <= i; j++) s += m[i][j] * v[j];
			out[i] = s;
		}
		return out;
	}

	private static double[] negate(final double[] v) {
		for (int i = 0; i < v.length; i++) v[i] = -v[i];
		return v;
	}

	/** The lower triangle of {@code c}, row by row. */
	static double[] pack(final double[][] c) {
		final int n = c.length;
		final double[] p = new double[n * (n + 1) / 2];
		for (int i = 0, q = 0; i < n; i++)
			for (int j = 0; j <= i; j++) p[q++] = c[i][j];
		return p;
	}

	/**
	 * In-place Cholesky of a packed lower triangle (Cholesky-Banachiewicz, by rows); a
	 * pivot below {@value #ZERO_PIVOT} of its diagonal gives a zero column ({@code invDiag} 0).
	 */
	static void factor(final double[] p, final double[] invDiag, final int n) {
		for (int i = 0; i < n; i++) {
			final int ri = i * (i + 1) / 2;
			for (int j = 0; j <= i; j++) {
				final int rj = j * (j + 1) / 2;
				double s = p[ri + j];
				for (int k = 0; k < j; k++) s -= p[ri + k] * p[rj + k];
				if (j < i) p[ri + j] = s * invDiag[j];
				else {
					final double diag = p[ri + i];
					if (s > ZERO_PIVOT * Math.abs(diag) && s > 0) {
						final double l = Math.sqrt(s);
						p[ri + i] = l;
						invDiag[i] = 1 / l;
					}
					else {
						p[ri + i] = 0;
						invDiag[i] = 0;
					}
				}
			}
		}
	}

	/**
	 * {@code sum_{i >= from} (L^-1 d)_i^2} (all of {@code |L^-1 d|^2} for {@code from = 0}),
	 * infinite where a zero column meets a non-zero residual; {@code y} is scratch.
	 */
	static double solve(final double[] p, final double[] invDiag, final double[] d, final double[] y, final int n,
		final int from)
	{
		double chi2 = 0;
		for (int i = 0; i < n; i++) {
			final int ri = i * (i + 1) / 2;
			double s = d[i];
			for (int k = 0; k < i; k++) s -= p[ri + k] * y[k];
			final double inv = invDiag[i];
			if (inv == 0) {
				if (s != 0) return Double.POSITIVE_INFINITY;
				y[i] = 0;
			}
			else {
				final double v = s * inv;
				y[i] = v;
				if (i >= from) chi2 += v * v;
			}
		}
		return chi2;
	}

	/** The strengths. */
	double x(final int k) {
		return xs[k];
	}

	/**
	 * The fit's own error at each strength {@code x_k}: how far the minimum of
	 * {@link Work#minimum} lies below the true one for the Asimov data {@code mu(x_k)},
	 * whose chi-square is 0 at {@code x_k} and nowhere below (pearson and cnp alike: the
	 * residual is 0 there), so the error is minus the fit's minimum: the parabola's dip
	 * where the chi-square is not quadratic over a step.
	 */
	double[] fitErrors() {
		final Work w = new Work();
		final double[] e = new double[size];
		for (int k = 0; k < size; k++) {
			for (int i = 0; i < n; i++) w.counts[order[i]] = mu[k][i];
			w.newCounts();
			e[k] = Math.max(0, -w.minimum(k));
		}
		return e;
	}


	/** What one thread needs: scratch space and the cache of one toy's chi-squares. */
	final class Work {
		/** The toy's counts in the model's bin order (the throw writes them). */
		final double[] counts = new double[n];
		/** {@link #counts} in the order X, Y. */
		private final double[] cp = new double[n];
		private final double[] d = new double[n], y = new double[n], z = new double[n], lam = new double[n];
		private final double[] buf = pearson ? null : new double[n * (n + 1) / 2];
		private final double[] bufInv = pearson ? null : new double[n];
		private final double[] cache = new double[size];
		private final long[] stamp = new long[size];
		/** The parabola's three chi-squares. */
		private final double[] abe = new double[3];
		private long generation = 1;
		private int computed;

		/** Forgets the cached chi-squares: call when {@code counts} change. */
		void newCounts() {
			for (int i = 0; i < n; i++) cp[i] = counts[order[i]];
			generation++;
			computed = 0;
		}

		/** The chi-squares computed since {@link #newCounts} (for profiling). */
		int visits() {
			return computed;
		}

		/** The chi-square of {@code counts} at {@code x_k}, cached until {@link #newCounts}. */
		double chi2(final int k) {
			if (stamp[k] == generation) return cache[k];
			return compute(k);
		}

		/**
		 * The chi-square at {@code x_k}, cached. pearson: {@code |M n - M mu|^2} over Y
		 * ({@link LowerAffine#squaredNorm}); a zero pivot, or cnp (factored per
		 * visit): a substitution on the factor.
		 */
		private double compute(final int k) {
			final LowerAffine inv = inverse[k];
			double c = 0;
			if (inv != null) c = inv.squaredNorm(cp, yFrom);
			else {
				final double[] m = mu[k];
				for (int i = 0; i < n; i++) d[i] = cp[i] - m[i];
				if (pearson) c = solve(packed[k], invDiag[k], d, y, n, yFrom);
				else {
					System.arraycopy(packed[k], 0, buf, 0, buf.length);
					final double[] v = StatTerm.CNP.variances(names, m, cp);
					for (int i = 0; i < n; i++) buf[i * (i + 3) / 2] += v[i];
					factor(buf, bufInv, n);
					c = solve(buf, bufInv, d, y, n, yFrom);
				}
			}
			stamp[k] = generation;
			cache[k] = c;
			computed++;
			return c;
		}

		/**
		 * The Feldman-Cousins statistic of the counts thrown at {@code x_k}:
		 * {@code chi2(x_k) - min_{x >= 0} chi2(x)}, the minimum walked from {@link #guess},
		 * at least 0.
		 */
		double deltaChi2(final int k) {
			final double d = chi2(k) - minimum(guess(k));
			return d < 0 ? 0 : d;
		}

		/**
		 * The grid point nearest the linearised fit from {@code x_k}:
		 * {@code x_k + gain_k^T (counts - mu(x_k))} (the start of {@link #minimum}'s walk;
		 * the grid must be uniform).
		 */
		int guess(final int k) {
			final double[] g = gain[k], m = mu[k];
			double x = xs[k];
			for (int i = 0; i < n; i++) x += g[i] * (cp[i] - m[i]);
			final double f = Math.rint((x - xs[0]) / (xs[1] - xs[0]));
			return f <= 0 ? 0 : f >= size - 1 ? size - 1 : (int) f;
		}

		/**
		 * The minimum over {@code x >= 0} of the chi-square of {@code counts}: the lowest
		 * strength reached by walking downhill on the grid from {@code start} (all grid
		 * points when {@code start} is negative: {@link #gridMinimum}), refined by the
		 * parabola through it and its neighbours ({@link #refine}).
		 */
		double minimum(final int start) {
			if (start < 0) return gridMinimum();
			// NB: few call sites of chi2 on the toys' path (the JIT inlines its work at each and compiles
			// every copy; with nine, compiling this took 0.36 s): one at the start, one in the walk, one
			// in refine
			int m = start;
			double best = chi2(m);
			// up while it falls; if the first step up does not, down while it falls
			for (int dir = 1;;) {
				final int k = m + dir;
				final double v = k >= 0 && k < size ? chi2(k) : Double.NaN;
				if (v < best) {
					m = k;
					best = v;
				}
				else if (dir > 0 && m == start) dir = -1;
				else break;
			}
			return refine(m, best);
		}

		/** The same from the lowest of all grid points (the data's and the Asimov data's fit). */
		double gridMinimum() {
			int m = 0;
			double best = chi2(0);
			for (int k = 1; k < size; k++) {
				final double v = chi2(k);
				if (v < best) {
					m = k;
					best = v;
				}
			}
			return refine(m, best);
		}

		/**
		 * The minimum refined from the lowest grid point {@code m} (chi-square {@code best}) by the
		 * parabola through it and its neighbours (exact for a quadratic chi-square); at
		 * {@code x = 0} the parabola's vertex counts only when it lies at {@code x >= 0}.
		 */
		private double refine(final int m, final double best) {
			if (size < 3 || !(best < Double.POSITIVE_INFINITY)) return best;
			final int c = m == 0 ? 1 : m == size - 1 ? size - 2 : m;
			final double[] abe = this.abe;
			for (int i = 0; i < 3; i++) abe[i] = chi2(c - 1 + i);
			final double a = abe[0], b = abe[1], e = abe[2];
			final double curv = a - 2 * b + e;
			if (!(curv > 0) || !(a < Double.POSITIVE_INFINITY) || !(e < Double.POSITIVE_INFINITY)) return best;
			// vertex at x_c + t steps (uniform grid)
			final double t = 0.5 * (a - e) / curv;
			if (c + t < 0) return best;
			return Math.min(best, b - (a - e) * (a - e) / (8 * curv));
		}
	}

	/**
	 * The toy throw at one strength: {@code mu(x)} and the factor of {@code C_sys(x)}; a
	 * negative thrown mean as {@code negative} says (as the toy engine's
	 * {@link NegativePolicy}): set to 0, the Gaussian vector thrown again (at most
	 * {@value #MAX_REDRAWS} times), or a one-line error.
	 */
	static final class Thrower {
		/** REDRAW gives up after this many Gaussian throws for one toy. */
		static final int MAX_REDRAWS = 10_000;
		private final int n;
		private final double[] mean;
		/** {@code z -> mean + L z}, L the factor of C_sys(x). */
		private final LowerAffine meanPlusLz;
		private final boolean sys;
		private final NegativePolicy negative;
		private final String[] names;
		private final double x;

		Thrower(final SignalModel model, final double x) {
			this(model, x, NegativePolicy.TRUNCATE);
		}

		Thrower(final SignalModel model, final double x, final NegativePolicy negative) {
			this.negative = negative;
			this.x = x;
			names = model.names();
			n = model.bins();
			mean = model.prediction(x);
			final double[][] f = SemidefiniteCholesky.factor(model.systematic(x), null,
				"systematic covariance at x = " + x);
			meanPlusLz = new LowerAffine(f, mean);
			boolean any = false;
			for (int i = 0; i < n; i++)
				for (int j = 0; j <= i; j++) any |= f[i][j] != 0;
			sys = any;
		}

		/** Throws one toy's counts into {@code w.counts} and calls {@link Work#newCounts}. */
		void toy(final UniformRandomProvider rng, final ZigguratSampler.NormalizedGaussian g, final Work w) {
			toy(rng, g, w, true);
		}

		/**
		 * The same; {@code counted} false for a toy thrown only to move the stream (before a
		 * shard's first toy), which truncates instead of failing under {@code negative=error}.
		 *
		 * @throws ModelException naming {@code negative} when a thrown mean is negative under
		 *           error, or redraw finds no non-negative throw
		 */
		void toy(final UniformRandomProvider rng, final ZigguratSampler.NormalizedGaussian g, final Work w,
			final boolean counted)
		{
			final double[] lam = w.lam;
			if (sys) {
				// lam = mean + L z, the unit normals drawn in bin order
				int tries = 0;
				while (gaussian(g, w) && negative != NegativePolicy.TRUNCATE) {
					if (negative == NegativePolicy.ERROR) {
						if (counted) throw negativeError(lam);
						break;
					}
					if (++tries >= MAX_REDRAWS) throw new ModelException("negative: redraw found no non-negative " +
						"throw in " + MAX_REDRAWS + " tries at x = " + x + "; the systematic covariance is too wide for " +
						"these expected counts, use negative=truncate");
				}
				for (int i = 0; i < n; i++) if (lam[i] < 0) lam[i] = 0;
			}
			else System.arraycopy(mean, 0, lam, 0, n);
			for (int i = 0; i < n; i++) w.counts[i] = SignalFitPoisson.sample(rng, lam[i]);
			w.newCounts();
		}

		/** {@code w.lam = mean + L z}; whether a component is negative. */
		private boolean gaussian(final ZigguratSampler.NormalizedGaussian g, final Work w) {
			final double[] lam = w.lam, z = w.z;
			for (int j = 0; j < n; j++) z[j] = g.sample();
			meanPlusLz.apply(z, lam);
			boolean neg = false;
			for (int i = 0; i < n; i++) neg |= lam[i] < 0;
			return neg;
		}

		private ModelException negativeError(final double[] lam) {
			int i = 0;
			while (i < n - 1 && lam[i] >= 0) i++;
			return new ModelException("negative: a toy at x = " + x + " threw a negative mean " + lam[i] +
				" for " + names[i] + " (numpy's poisson fails the same way: lam < 0); use negative=truncate or " +
				"negative=redraw");
		}
	}

	/** The seed of the streams of toy set {@code set} (a grid point, a hypothesis) under {@code seed}. */
	static long setSeed(final long seed, final long salt, final int set) {
		return BlockSeeds.mix64(BlockSeeds.mix64(seed ^ salt) + (set + 1) * 0x9E3779B97F4A7C15L);
	}

	/** One numbered block of work; returns the number of toys it threw. */
	interface BlockJob<W> {
		long run(W worker, long item);
	}

	/**
	 * Runs {@code items} blocks on {@code threads} threads, each thread with its own
	 * worker from {@code factory}; returns the workers (merge them in any order: they
	 * hold only sums and counts). Progress in toys of {@code totalToys}; cancels with a
	 * {@link CancellationException} when {@code progress} asks.
	 */
	static <W> List<W> parallel(final long items, final int threads, final long totalToys,
		final ToyProgress progress, final Supplier<W> factory, final BlockJob<W> job)
	{
		final ToyProgress p = progress == null ? ToyProgress.NONE : progress;
		final int nThreads = (int) Math.max(1, Math.min(threads, items));
		final AtomicLong next = new AtomicLong(), done = new AtomicLong();
		final AtomicBoolean stop = new AtomicBoolean();
		final AtomicReference<Throwable> failure = new AtomicReference<>();
		final List<W> workers = new ArrayList<>();
		for (int i = 0; i < nThreads; i++) workers.add(null);
		final CountDownLatch allDone = new CountDownLatch(nThreads);
		final AtomicInteger number = new AtomicInteger();
		final ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
			final Thread t = new Thread(r, "toycov-signal-" + number.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		try {
			for (int i = 0; i < nThreads; i++) {
				final int slot = i;
				pool.execute(() -> {
					try {
						// NB: built in its own thread, so its scratch arrays sit in that thread's allocation
						// buffer, not on cache lines shared with another worker's (false sharing)
						final W w = factory.get();
						synchronized (workers) {
							workers.set(slot, w);
						}
						while (!stop.get()) {
							final long item = next.getAndIncrement();
							if (item >= items) break;
							done.addAndGet(job.run(w, item));
						}
					}
					catch (final Throwable t) {
						failure.compareAndSet(null, t);
						stop.set(true);
					}
					finally {
						allDone.countDown();
					}
				});
			}
			boolean canceled = false;
			while (!allDone.await(POLL_MS, TimeUnit.MILLISECONDS)) {
				if (p.isCanceled()) {
					canceled = true;
					break;
				}
				p.progress(done.get(), totalToys);
			}
			stop.set(true);
			allDone.await();
			if (canceled) throw new CancellationException("toys canceled after " + done.get() + " of " + totalToys);
			final Throwable f = failure.get();
			if (f instanceof RuntimeException) throw (RuntimeException) f;
			if (f instanceof Error) throw (Error) f;
			if (f != null) throw new IllegalStateException("toys failed: " + f, f);
			p.progress(totalToys, totalToys);
			return workers;
		}
		catch (final InterruptedException e) {
			stop.set(true);
			Thread.currentThread().interrupt();
			throw new CancellationException("toys interrupted");
		}
		finally {
			stop.set(true);
			pool.shutdownNow();
		}
	}
}
