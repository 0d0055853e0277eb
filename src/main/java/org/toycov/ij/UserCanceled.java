package org.toycov.ij;

import org.toycov.frontend.RunException;

/**
 * A run the user stopped (Cancel or Esc): not a failure, so it ends with a
 * status line and no message box ({@link Report#canceled}).
 */
final class UserCanceled extends RunException {

	private static final long serialVersionUID = 1L;

	UserCanceled(final String title) {
		super(title + ": canceled");
	}
}
