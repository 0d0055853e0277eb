package org.toycov.model;

/**
 * One component (subchannel) of a channel: a named part of its expectation,
 * such as the signal or one background, as SBNfit's subchannels and TLee's
 * collapse use them. The model's covariance may be given over component bins
 * and is collapsed to the channel bins ({@code C = P M P^T}).
 */
public final class Component {

	private final String channel;
	private final String name;
	private final int[] bins;
	private final double[] expected;
	private final boolean signal;

	/**
	 * @param channel the channel it adds to
	 * @param name component name, unique within its channel
	 * @param bins the model bins of the channel, in order
	 * @param expected expected count per bin, each finite and >= 0
	 * @param signal whether the component is signal: read by the interpretation
	 *          commands (a signal strength scales it); false for backgrounds
	 */
	public Component(final String channel, final String name, final int[] bins,
		final double[] expected, final boolean signal)
	{
		this.channel = channel;
		this.name = name;
		this.bins = bins.clone();
		this.expected = expected.clone();
		this.signal = signal;
	}

	public String channel() {
		return channel;
	}

	public String name() {
		return name;
	}

	/** The model bins this component adds to. */
	public int[] bins() {
		return bins.clone();
	}

	public int size() {
		return bins.length;
	}

	public double[] expected() {
		return expected.clone();
	}

	public double expected(final int b) {
		return expected[b];
	}

	/** Whether this is a signal component (default false). */
	public boolean signal() {
		return signal;
	}

	/** The same component with other expected counts. */
	public Component withExpected(final double[] newExpected) {
		return new Component(channel, name, bins, newExpected, signal);
	}

	/** Name of bin b: {@code <channel>_<component>_<b>}, or {@code <channel>_<component>} for one bin. */
	public String binName(final int b, final boolean binned) {
		return channel + "_" + name + (binned ? "_" + b : "");
	}
}
