package org.toycov.analysis;

import java.util.ArrayList;
import java.util.List;

import org.toycov.model.ModelException;
import org.toycov.toys.ToyConfig;

/**
 * The toys a shard of {@link FeldmanCousins} or {@link HypothesisTest} threw: disjoint
 * ranges {@code [from, to)} of toy numbers, sorted, adjacent ranges joined. The union
 * of two refuses an overlap (a toy counted twice would make a merge wrong).
 */
final class SignalFitToyRanges {

	private final long[] from, to;

	private SignalFitToyRanges(final long[] from, final long[] to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * Toys {@code first .. first + toys - 1}.
	 *
	 * @throws ModelException the toy engine's one line ({@link ToyConfig#checkToyRange}) for a bad range
	 */
	static SignalFitToyRanges of(final long first, final long toys) {
		try {
			ToyConfig.checkToyRange(first, toys);
		}
		catch (final IllegalArgumentException e) {
			throw new ModelException(e.getMessage(), e);
		}
		return new SignalFitToyRanges(new long[] { first }, new long[] { first + toys });
	}

	/** Both sets of toys; refuses toys that are in both. */
	SignalFitToyRanges union(final SignalFitToyRanges o) {
		final List<long[]> all = new ArrayList<>();
		int i = 0, j = 0;
		while (i < from.length || j < o.from.length) {
			final boolean mine = j >= o.from.length || i < from.length && from[i] <= o.from[j];
			all.add(mine ? new long[] { from[i], to[i++] } : new long[] { o.from[j], o.to[j++] });
		}
		final List<long[]> out = new ArrayList<>();
		for (final long[] r : all) {
			final long[] last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && r[0] < last[1]) throw new ModelException("the shards overlap: toys " + r[0] + ".." +
				(Math.min(r[1], last[1]) - 1) + " are in both (give each shard its own first_toy .. first_toy + toys " +
				"- 1)");
			if (last != null && r[0] == last[1]) last[1] = r[1];
			else out.add(r.clone());
		}
		final long[] f = new long[out.size()], t = new long[out.size()];
		for (int k = 0; k < f.length; k++) {
			f[k] = out.get(k)[0];
			t[k] = out.get(k)[1];
		}
		return new SignalFitToyRanges(f, t);
	}

	/** The number of toys. */
	long toys() {
		long n = 0;
		for (int k = 0; k < from.length; k++) n += to[k] - from[k];
		return n;
	}

	long first() {
		return from[0];
	}

	/** One past the last toy. */
	long end() {
		return to[to.length - 1];
	}

	/** Toys between the first and the last that are in no range. */
	long missing() {
		return end() - first() - toys();
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof SignalFitToyRanges && java.util.Arrays.equals(from, ((SignalFitToyRanges) o).from) &&
			java.util.Arrays.equals(to, ((SignalFitToyRanges) o).to);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(from) * 31 + java.util.Arrays.hashCode(to);
	}

	/** {@code 0..9999, 20000..29999}. */
	@Override
	public String toString() {
		final StringBuilder s = new StringBuilder();
		for (int k = 0; k < from.length; k++) s.append(k == 0 ? "" : ", ").append(from[k]).append("..").append(to[k] -
			1);
		return s.toString();
	}
}
