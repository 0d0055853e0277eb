package org.toycov.ij;

import ij.Macro;
import ij.plugin.PlugIn;

/**
 * The ImageJ 1 entry point of every ToyCov menu item ({@code plugins.config}):
 * {@code run("Chi2 Scan")} runs the SciJava command titled "Chi2 Scan" in
 * {@link ToyCovContext#get() the SciJava context}, with the macro's options
 * if a macro called it, else from a dialog.
 */
public class ToyCovPlugIn implements PlugIn {

	/**
	 * Shows ToyCov's tables and charts in its ImageJ windows from now on (Window
	 * menu, Ctrl+W, batch mode, placed so that none hides another): in ImageJ,
	 * and for the command line's {@code show_charts=true}.
	 */
	public static void installWindows() {
		TableWindow.install();
		ChartWindow.install();
	}

	@Override
	public void run(final String arg) {
		final String title = arg == null ? "" : arg.trim();
		final Thread t = Thread.currentThread();
		final ClassLoader old = t.getContextClassLoader();
		// NB: SciJava loads command classes through the context class loader;
		// in ImageJ 1 that must be the plugin class loader that loaded ToyCov.
		t.setContextClassLoader(getClass().getClassLoader());
		try {
			final String options = Macro.getOptions();
			installWindows();
			new CommandBridge(ToyCovContext.get()).run(title, options);
		}
		catch (final RuntimeException exc) {
			exc.printStackTrace();
			Report.failure(title, "internal error: " + exc);
		}
		finally {
			t.setContextClassLoader(old);
		}
	}
}
