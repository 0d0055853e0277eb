package org.toycov.analysis;

import java.util.Locale;

import org.toycov.toys.NegativePolicy;

/**
 * What every toy run of a study shares: how many toys, from which toy, the
 * seed, the threads and what to do with a negative thrown mean. A thread
 * count above the available cores only slows a run down (64 threads on 2
 * cores: 3-4x), so it is capped, with a {@link #warning()}.
 */
public final class ToyOptions {

	private final long toys;
	private final long firstToy;
	private final long seed;
	private final int threads;
	private final int requested;
	private final int cores;
	private final NegativePolicy negative;

	/**
	 * @param threads worker threads; 0 for every core
	 * @param negative truncate, redraw or error
	 */
	public ToyOptions(final long toys, final long firstToy, final long seed,
		final int threads, final String negative)
	{
		this(toys, firstToy, seed, threads, negative, Runtime.getRuntime()
			.availableProcessors());
	}

	/** As above, on a machine of {@code cores} cores. */
	public ToyOptions(final long toys, final long firstToy, final long seed,
		final int threads, final String negative, final int cores)
	{
		this.toys = toys;
		this.firstToy = firstToy;
		this.seed = seed;
		this.requested = threads;
		this.cores = Math.max(1, cores);
		this.threads = threads <= 0 || threads > this.cores ? this.cores : threads;
		this.negative = NegativePolicy.valueOf(negative.toUpperCase(Locale.ROOT));
	}

	public long toys() {
		return toys;
	}

	public long firstToy() {
		return firstToy;
	}

	public long seed() {
		return seed;
	}

	/** The threads used: the requested count, at most the available cores. */
	public int threads() {
		return threads;
	}

	public NegativePolicy negative() {
		return negative;
	}

	/** The same options for {@code n} toys. */
	public ToyOptions withToys(final long n) {
		return new ToyOptions(n, firstToy, seed, requested, negative.name(), cores);
	}

	/** A one-line warning when the thread count was capped, else null. */
	public String warning() {
		if (requested <= cores) return null;
		return "threads=" + requested + " is more than the " + cores +
			" available cores; using " + cores + " (more threads than cores only " +
			"slow the toys down)";
	}
}
