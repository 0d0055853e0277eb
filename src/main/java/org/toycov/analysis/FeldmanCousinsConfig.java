package org.toycov.analysis;

import org.toycov.model.ModelException;
import org.toycov.toys.NegativePolicy;

/**
 * The toys of a {@link FeldmanCousins} construction or a {@link HypothesisTest}:
 * {@code toys} per grid point (or hypothesis), {@code seed}, {@code threads}, the
 * confidence levels {@code cl} and the strength {@code asimov_x} of the Asimov data
 * (the median expected interval; 0: background only), and {@code negative} (truncate
 * by default). Checked when built, before
 * any toy is thrown.
 */
public final class FeldmanCousinsConfig {

	/** At least this many toys must lie beyond the critical value of each level. */
	public static final int MIN_TOYS_BEYOND = 10;

	private final long toys, seed;
	private final int threads;
	private final double[] cl;
	private final double asimovX;
	private final NegativePolicy negative;

	/**
	 * @throws ModelException naming {@code toys}, {@code threads}, {@code cl} or {@code asimov_x}
	 */
	public FeldmanCousinsConfig(final long toys, final long seed, final int threads, final double[] cl,
		final double asimovX)
	{
		this(toys, seed, threads, cl, asimovX, NegativePolicy.TRUNCATE);
	}

	/** The same with a negative thrown mean handled as {@code negative} says. */
	public FeldmanCousinsConfig(final long toys, final long seed, final int threads, final double[] cl,
		final double asimovX, final NegativePolicy negative)
	{
		if (toys < 1) throw new ModelException("toys must be >= 1, got " + toys);
		if (threads < 1) throw new ModelException("threads must be >= 1, got " + threads);
		checkLevels(toys, cl);
		if (!(asimovX >= 0) || Double.isInfinite(asimovX)) throw new ModelException("asimov_x must be >= 0, got " +
			ModelException.show(asimovX));
		if (negative == null) throw new ModelException("negative must be truncate, redraw or error");
		this.toys = toys;
		this.seed = seed;
		this.threads = threads;
		this.cl = cl.clone();
		this.asimovX = asimovX;
		this.negative = negative;
	}

	/**
	 * Checks the confidence levels {@code cl} for {@code toys} toys per grid point (also
	 * when shards are merged: then for their total).
	 *
	 * @throws ModelException naming {@code cl} or {@code toys}
	 */
	static void checkLevels(final long toys, final double[] cl) {
		if (cl == null || cl.length == 0) throw new ModelException("cl must name at least one confidence level");
		for (final double c : cl) {
			if (!(c > 0 && c < 1)) throw new ModelException("cl must be within (0, 1), got " + ModelException.show(c));
			checkToysBeyond(toys, 1 - c, "the critical value at cl=" + ModelException.show(c));
		}
	}

	/**
	 * Checks that {@code toys} leave at least {@link #MIN_TOYS_BEYOND} toys beyond a
	 * quantile with {@code tail} of the toys beyond it (also for {@link HypothesisTest}'s
	 * expected significances).
	 *
	 * @param quantile the quantile, for the message ("the critical value at cl=0.9")
	 * @throws ModelException naming {@code toys} and the least it must be
	 */
	static void checkToysBeyond(final long toys, final double tail, final String quantile) {
		// NB: 100 x (1 - 0.9) is 9.999999999999998 in doubles: a relative
		// tolerance keeps 100 toys at cl=0.9 at the 10 they really leave
		final double beyond = toys * tail * (1 + 1e-9);
		if (beyond < MIN_TOYS_BEYOND) throw new ModelException("toys=" + toys + " leave " + (long) Math.floor(
			beyond) + " toys beyond " + quantile + "; at least " + MIN_TOYS_BEYOND + " are needed, so toys >= " +
			(long) Math.ceil(MIN_TOYS_BEYOND / tail * (1 - 1e-9)));
	}

	public long toys() {
		return toys;
	}

	public long seed() {
		return seed;
	}

	public int threads() {
		return threads;
	}

	public double[] cl() {
		return cl.clone();
	}

	public double asimovX() {
		return asimovX;
	}

	/** What a toy does with a negative thrown mean. */
	public NegativePolicy negative() {
		return negative;
	}
}
