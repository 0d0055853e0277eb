package org.toycov.analysis;

/**
 * The affine map {@code v -> a + L v} with L lower-triangular (n by n), stored for
 * speed: L's rows in blocks of four, each block column by column
 * ({@code L[r][j], L[r+1][j], L[r+2][j], L[r+3][j]} for {@code j = 0 .. r+3}, zero
 * above the diagonal and past row n). A block is four dot products with their own
 * sums, side by side: one load of {@code v[j]} serves four multiply-adds, no
 * intermediate vector is stored, and the four sums do not wait for each other. On
 * 20 bins this made one chi-square 85-90 ns instead of 120-125 ns for the
 * column-by-column update of a stored vector (four columns per pass) it replaced
 * (bench/README.md, "Feldman-Cousins").
 */
final class LowerAffine {

	private final int n;
	/** The blocks one after another; block b has {@code 4 min(n, 4 b + 4)} entries. */
	private final double[] l;
	/** {@code a}, padded with zeros to a multiple of four. */
	private final double[] a;
	/** Where block b starts in {@link #l}. */
	private final int[] start;

	/**
	 * @param lower L, read at {@code lower[i][j]} for {@code j <= i} only
	 * @param a the offset (n entries)
	 */
	LowerAffine(final double[][] lower, final double[] a) {
		n = a.length;
		final int padded = (n + 3) & ~3;
		this.a = java.util.Arrays.copyOf(a, padded);
		start = new int[padded / 4 + 1];
		for (int r = 0; r < n; r += 4) start[r / 4 + 1] = start[r / 4] + 4 * Math.min(n, r + 4);
		l = new double[start[padded / 4]];
		int q = 0;
		for (int r = 0; r < n; r += 4) {
			final int len = Math.min(n, r + 4);
			for (int j = 0; j < len; j++)
				for (int i = r; i < r + 4; i++, q++)
					if (i < n && j <= i) l[q] = lower[i][j];
		}
	}

	/** {@code out = a + L v} (n entries each). */
	void apply(final double[] v, final double[] out) {
		int base = 0;
		for (int r = 0; r < n; r += 4) {
			final int len = Math.min(n, r + 4);
			double s0 = a[r], s1 = a[r + 1], s2 = a[r + 2], s3 = a[r + 3];
			for (int j = 0; j < len; j++) {
				final double x = v[j];
				final int q = base + 4 * j;
				s0 += l[q] * x;
				s1 += l[q + 1] * x;
				s2 += l[q + 2] * x;
				s3 += l[q + 3] * x;
			}
			base += 4 * len;
			out[r] = s0;
			if (r + 1 < n) out[r + 1] = s1;
			if (r + 2 < n) out[r + 2] = s2;
			if (r + 3 < n) out[r + 3] = s3;
		}
	}

	/** {@code sum_{i >= from} (a + L v)_i^2}; the blocks wholly below {@code from} are skipped. */
	double squaredNorm(final double[] v, final int from) {
		double c = 0;
		int r = from & ~3, base = start[r / 4];
		for (; r < n; r += 4) {
			final int len = Math.min(n, r + 4);
			double s0 = a[r], s1 = a[r + 1], s2 = a[r + 2], s3 = a[r + 3];
			for (int j = 0; j < len; j++) {
				final double x = v[j];
				final int q = base + 4 * j;
				s0 += l[q] * x;
				s1 += l[q + 1] * x;
				s2 += l[q + 2] * x;
				s3 += l[q + 3] * x;
			}
			base += 4 * len;
			if (r < from) {
				// NB: only the block holding row `from`: its rows above it are X rows (the constraint)
				s0 = 0;
				if (r + 1 < from) s1 = 0;
				if (r + 2 < from) s2 = 0;
			}
			c += (s0 * s0 + s1 * s1) + (s2 * s2 + s3 * s3);
		}
		return c;
	}
}
