package org.toycov.ij;

import ij.IJ;

import org.scijava.Context;
import org.scijava.plugin.DefaultPluginFinder;
import org.scijava.plugin.PluginIndex;

/**
 * The SciJava {@link Context} the ImageJ 1 menu entries run their commands
 * in. Looked up once, in this order:
 * <ol>
 * <li>one set with {@link #set} (a host or a test that owns a context);</li>
 * <li>one registered in ImageJ 1's properties under
 * {@code "org.scijava.Context"} ({@code IJ.getProperty});</li>
 * <li>Fiji's: when imagej-legacy is present, {@code IJ.runPlugIn("org.scijava.Context", "")}
 * returns the running context (the idiom Fiji plugins use);</li>
 * <li>else a new context, created on first use with the class loader that
 * loaded ToyCov (ImageJ 1's plugin class loader, so SciJava finds the
 * commands in the jar in {@code plugins/}), kept and registered in ImageJ 1's
 * properties for the next plugin.</li>
 * </ol>
 */
public final class ToyCovContext {

	/** The ImageJ 1 property a context is registered under. */
	public static final String PROPERTY = "org.scijava.Context";

	private static Context context;

	private ToyCovContext() {}

	/** The context to run in, found or created. */
	public static synchronized Context get() {
		if (context == null) context = find();
		return context;
	}

	/** Uses {@code c} from now on (null: look up again on the next call). */
	public static synchronized void set(final Context c) {
		context = c;
	}

	/** Disposes the context if ToyCov created it, and forgets it. */
	public static synchronized void dispose() {
		if (context != null && context == created) {
			IJ.setProperty(PROPERTY, null);
			context.dispose();
		}
		context = null;
		created = null;
	}

	/** The context ToyCov created, if it did. */
	private static Context created;

	private static Context find() {
		final Object registered = IJ.getProperty(PROPERTY);
		if (registered instanceof Context) return (Context) registered;
		if (isFiji()) {
			final Object fiji = IJ.runPlugIn(PROPERTY, "");
			if (fiji instanceof Context) return (Context) fiji;
		}
		final ClassLoader loader = ToyCovContext.class.getClassLoader();
		final Thread t = Thread.currentThread();
		final ClassLoader old = t.getContextClassLoader();
		// NB: SciJava loads plugin classes through the context class loader.
		t.setContextClassLoader(loader);
		try {
			final Context c = new Context(new PluginIndex(new DefaultPluginFinder(
				loader)));
			IJ.setProperty(PROPERTY, c);
			created = c;
			return c;
		}
		finally {
			t.setContextClassLoader(old);
		}
	}

	/** True in Fiji: imagej-legacy is there to patch ImageJ 1. */
	static boolean isFiji() {
		try {
			Class.forName("net.imagej.legacy.LegacyService", false,
				ToyCovContext.class.getClassLoader());
			return true;
		}
		catch (final ClassNotFoundException | LinkageError exc) {
			return false;
		}
	}
}
