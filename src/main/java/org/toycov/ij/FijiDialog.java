package org.toycov.ij;

import java.util.concurrent.ExecutionException;

import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleService;

/**
 * In Fiji, a menu item without macro options runs the command through
 * SciJava's own module service, so Fiji's SciJava dialog (generated from the
 * same {@code @Parameter} annotations) harvests the inputs and imagej-legacy
 * records the macro line; the outputs are then shown as everywhere else.
 * Plain ImageJ 1 has no SciJava dialog and uses {@link InputDialog}.
 */
final class FijiDialog {

	private FijiDialog() {}

	/** The finished module, or null if the user canceled or the run failed. */
	static Module run(final Context context, final CommandInfo info) {
		final Module m;
		try {
			m = context.service(ModuleService.class).run(info, true).get();
		}
		catch (final InterruptedException exc) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (final ExecutionException exc) {
			Throwable cause = exc;
			while (cause.getCause() != null)
				cause = cause.getCause();
			if (cause instanceof IllegalArgumentException) {
				Report.failure(info.getTitle(), cause.getMessage());
				return null;
			}
			throw new IllegalStateException(cause);
		}
		if (m instanceof Cancelable && ((Cancelable) m).isCanceled()) {
			final String reason = ((Cancelable) m).getCancelReason();
			// NB: a user who closes the dialog cancels without a reason of ours
			if (reason != null && !reason.isEmpty() && !reason.toLowerCase()
				.contains("cancel")) Report.failure(info.getTitle(), reason);
			return null;
		}
		Outputs.show(m);
		return m;
	}
}
