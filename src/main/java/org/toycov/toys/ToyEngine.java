package org.toycov.toys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Throws pseudo-experiments: for each toy, Gaussian means from the systematic
 * covariance, then exact Poisson counts; streams them into a {@link ToySummary}.
 * <p>
 * Toys come in fixed blocks of {@value BlockWorker#BLOCK}; block {@code b} has its
 * own random stream derived from (seed, b), so toy {@code i} is the same whatever
 * the thread count or the shard ({@code firstToy}, {@code toys}) it is thrown in.
 * A fixed pool of {@code threads} takes blocks in turn, one summary per thread,
 * merged exactly at the end. Memory does not grow with the number of toys.
 * <p>
 * A cancel (the progress's {@code isCanceled}, looked at every 100 ms, or an interrupt)
 * stops every thread within {@value BlockWorker#CHUNK} toys (fewer for many channels), well
 * under a second. A toy that cannot be thrown (negative=error, ...) fails the run with the
 * first such toy in toy order, whatever the threads: blocks before it still run to the end.
 */
public final class ToyEngine {

	/** Toys per block. */
	public static final int BLOCK = BlockWorker.BLOCK;
	private static final long POLL_MS = 100;

	private final boolean forceGeneric;

	public ToyEngine() {
		this(false);
	}

	/** Package-private: tests run the generic N-channel loop for 2 channels too. */
	ToyEngine(final boolean forceGeneric) {
		this.forceGeneric = forceGeneric;
	}

	/** Runs {@code c}; {@code p} may be null. */
	public ToySummary run(final ToyConfig c, final ToyProgress p) {
		return run(c, p, null);
	}

	/**
	 * Runs {@code c}, handing raw counts to {@code sink} (may be null) in toy order.
	 * The sink is opened before any toy is thrown and aborted on failure or cancel.
	 *
	 * @throws CancellationException if {@code p} asked to cancel
	 * @throws IllegalArgumentException for the first toy (in toy order) that fails the negative
	 *           policy ERROR, or a sink that cannot be written
	 */
	public ToySummary run(final ToyConfig c, final ToyProgress p, final ToySink sink) {
		Objects.requireNonNull(c, "config");
		final ToyProgress progress = p == null ? ToyProgress.NONE : p;
		if (sink != null) sink.open(c);
		boolean ok = false;
		try {
			final ToySummary s = execute(c, progress, sink);
			if (sink != null) sink.finish();
			ok = true;
			return s;
		}
		catch (final IOException e) {
			throw new UncheckedIOException("save_toys: " + e.getMessage(), e);
		}
		finally {
			if (!ok && sink != null) sink.abort();
		}
	}

	private ToySummary execute(final ToyConfig c, final ToyProgress progress, final ToySink sink) throws IOException {
		final long first = c.firstToy(), total = c.toys(), end = first + total;
		final long b0 = first / BLOCK, b1 = (end - 1) / BLOCK;
		final int nThreads = (int) Math.min(c.threads(), b1 - b0 + 1);
		final AtomicLong nextBlock = new AtomicLong(b0);
		final AtomicLong done = new AtomicLong();
		// NB: blocks >= limit are not started, and abandoned within CHUNK toys if started: Long.MIN_VALUE
		// on cancel or an unexpected failure; the block of the first failing toy so far on a ToyFailure, so
		// that every earlier block still runs and the failure reported is the first in toy order.
		final AtomicLong limit = new AtomicLong(Long.MAX_VALUE);
		final AtomicReference<Throwable> failure = new AtomicReference<>();
		final AtomicReference<ToyFailure> firstToyFailure = new AtomicReference<>();
		final ConcurrentHashMap<Long, int[]> finished = new ConcurrentHashMap<>();
		// NB: with a sink, at most this many blocks wait for their predecessors to be written.
		final Semaphore window = sink == null ? null : new Semaphore(2 * nThreads + 2);
		final ToySummary[] parts = new ToySummary[nThreads];
		final CountDownLatch allDone = new CountDownLatch(nThreads);
		final AtomicInteger threadNumber = new AtomicInteger();
		final ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
			final Thread t = new Thread(r, "toycov-toys-" + threadNumber.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		try {
			for (int w = 0; w < nThreads; w++) {
				final int slot = w;
				pool.execute(() -> {
					try {
						final BlockWorker worker = new BlockWorker(c);
						worker.forceGeneric = forceGeneric;
						while (nextBlock.get() <= b1 && nextBlock.get() < limit.get()) {
							if (window != null && !window.tryAcquire(POLL_MS, TimeUnit.MILLISECONDS)) continue;
							final long b = nextBlock.getAndIncrement();
							if (b > b1 || b >= limit.get()) break;
							final long from = Math.max(first, b * BLOCK), to = Math.min(end, (b + 1) * BLOCK);
							final int[] raw = sink == null ? null : new int[Math.toIntExact((to - from) * c.channels())];
							try {
								if (!worker.runBlock(b, from, to, raw, limit)) break;
							}
							catch (final ToyFailure f) {
								firstToyFailure.accumulateAndGet(f, (x, y) -> x == null || y.toy() < x.toy() ? y : x);
								limit.accumulateAndGet(b, Math::min);
								break;
							}
							if (raw != null) finished.put(b, raw);
							done.addAndGet(to - from);
						}
						parts[slot] = worker.summary;
					}
					catch (final Throwable t) {
						failure.compareAndSet(null, t);
						limit.set(Long.MIN_VALUE);
					}
					finally {
						allDone.countDown();
					}
				});
			}
			long nextWrite = b0;
			boolean canceled = false;
			while (true) {
				final boolean all = allDone.await(sink == null ? POLL_MS : POLL_MS / 4, TimeUnit.MILLISECONDS);
				if (sink != null && failure.get() == null && firstToyFailure.get() == null) {
					int[] raw;
					while ((raw = finished.remove(nextWrite)) != null) {
						final long from = Math.max(first, nextWrite * BLOCK);
						sink.accept(from, raw.length / c.channels(), raw);
						window.release();
						nextWrite++;
					}
				}
				if (failure.get() != null) break;
				if (progress.isCanceled()) {
					canceled = true;
					break;
				}
				if (all && (sink == null || nextWrite > b1 || firstToyFailure.get() != null)) break;
				progress.progress(done.get(), total);
			}
			limit.set(Long.MIN_VALUE);
			// NB: workers notice the limit within CHUNK toys (well under a millisecond); wait so no thread outlives the run.
			allDone.await();
			if (canceled) throw new CancellationException("toys canceled after " + done.get() + " of " + total);
			final Throwable f = failure.get();
			if (f instanceof RuntimeException) throw (RuntimeException) f;
			if (f instanceof Error) throw (Error) f;
			if (f != null) throw new IllegalStateException("toys failed: " + f, f);
			if (firstToyFailure.get() != null) throw new IllegalArgumentException(firstToyFailure.get().getMessage());
			progress.progress(total, total);
			ToySummary s = new ToySummary(c);
			for (final ToySummary part : parts) if (part != null) s = s.merge(part);
			return s;
		}
		catch (final InterruptedException e) {
			limit.set(Long.MIN_VALUE);
			Thread.currentThread().interrupt();
			throw new CancellationException("toys interrupted");
		}
		finally {
			limit.set(Long.MIN_VALUE);
			pool.shutdownNow();
		}
	}
}
