package org.toycov.outputs.charts;

import java.util.ArrayList;
import java.util.List;

import org.jfree.data.xy.AbstractXYZDataset;

/**
 * A {@link CountGrid} as a JFreeChart dataset: one item per NON-EMPTY bin
 * (empty bins are left out, so they show the white background), x and y at
 * the bin centre, z = log10(count). The exact counts stay readable through
 * {@link #getCount(int)} and {@link #histogram()}.
 */
public final class CountGridDataset extends AbstractXYZDataset {

	private static final long serialVersionUID = 1L;

	private final String key;
	private final CountGrid histogram;
	private final int[] ix, iy;

	public CountGridDataset(final String key, final CountGrid histogram) {
		this.key = key;
		this.histogram = histogram;
		final List<int[]> items = new ArrayList<>();
		for (int i = 0; i < histogram.nx(); i++)
			for (int j = 0; j < histogram.ny(); j++)
				if (histogram.count(i, j) > 0) items.add(new int[] { i, j });
		ix = new int[items.size()];
		iy = new int[items.size()];
		for (int k = 0; k < ix.length; k++) {
			ix[k] = items.get(k)[0];
			iy[k] = items.get(k)[1];
		}
	}

	public CountGrid histogram() {
		return histogram;
	}

	/** The count of the bin of an item. */
	public long getCount(final int item) {
		return histogram.count(ix[item], iy[item]);
	}

	/** The x bin index of an item. */
	public int getBinX(final int item) {
		return ix[item];
	}

	/** The y bin index of an item. */
	public int getBinY(final int item) {
		return iy[item];
	}

	@Override
	public int getSeriesCount() {
		return 1;
	}

	@Override
	public Comparable<?> getSeriesKey(final int series) {
		return key;
	}

	@Override
	public int getItemCount(final int series) {
		return ix.length;
	}

	@Override
	public Number getX(final int series, final int item) {
		return 0.5 * (histogram.xEdge(ix[item]) + histogram.xEdge(ix[item] + 1));
	}

	@Override
	public Number getY(final int series, final int item) {
		return 0.5 * (histogram.yEdge(iy[item]) + histogram.yEdge(iy[item] + 1));
	}

	@Override
	public Number getZ(final int series, final int item) {
		return Math.log10(getCount(item));
	}
}
