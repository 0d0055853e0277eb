package org.toycov.analysis;

import org.toycov.stats.StatTerm;

/** Small models for the toy tests. */
final class SignalFitTestModels {

	private SignalFitTestModels() {}

	/** SignalFitTest's 12-component, 6-channel model (fractional and absolute covariances, a bin with 0 events). */
	static SignalModel withSystematics() {
		return new SignalModel(SignalFitTest.B1, SignalFitTest.S1, SignalFitTest.COLLAPSE1, 6, SignalFitTest.F1,
			SignalFitTest.CABS1, SignalFitTest.OBS1, StatTerm.PEARSON);
	}

	/** SignalFitTest's second model, with the cnp statistical term. */
	static SignalModel cnp() {
		return new SignalModel(SignalFitTest.B2, SignalFitTest.S2, SignalFitTest.COLLAPSE2, 6, SignalFitTest.F2,
			SignalFitTest.CABS2, SignalFitTest.OBS2, StatTerm.CNP);
	}
}
