package org.toycov.toys;

/** What a toy does when its Gaussian-thrown mean has a negative component. */
public enum NegativePolicy {
	/** A negative thrown mean becomes 0 (as SBNfit and Wire-Cell do). The default. */
	TRUNCATE,
	/** Throw the whole Gaussian vector again until no component is negative. */
	REDRAW,
	/** Fail with a one-line message, as numpy's {@code poisson} does ("lam < 0"). */
	ERROR
}
