package org.toycov.ij;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.concurrent.Callable;

import ij.Menus;

/**
 * A headless ImageJ 1 for tests. ImageJ 1 reads {@code plugins.config} while
 * it builds its AWT menu bar, which a headless JVM cannot have; this puts the
 * same entries, read from the {@code plugins.config} ToyCov ships, into
 * ImageJ's command table, so {@code run("Chi2 Scan", ...)} in a macro goes
 * through ImageJ's own {@code IJ.run} and {@code Executer} to
 * {@link ToyCovPlugIn}. (The menus themselves are checked under Xvfb by
 * {@code .ci/ij-gui-check}.)
 */
final class ImageJ1 {

	private ImageJ1() {}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static synchronized void installCommands() throws Exception {
		final Field f = Menus.class.getDeclaredField("pluginsTable");
		f.setAccessible(true);
		Hashtable table = (Hashtable) f.get(null);
		if (table == null) {
			table = new Hashtable();
			f.set(null, table);
		}
		try (BufferedReader r = new BufferedReader(new InputStreamReader(
			ImageJ1.class.getResourceAsStream("/plugins.config"),
			StandardCharsets.UTF_8)))
		{
			for (String line; (line = r.readLine()) != null;) {
				final String[] e = PluginsConfigTest.entry(line);
				if (e != null) table.put(e[1], e[2]);
			}
		}
	}

	/** Runs {@code body}, returning what it printed on System.out. */
	static String stdout(final Callable<?> body) throws Exception {
		final PrintStream old = System.out;
		final ByteArrayOutputStream buf = new ByteArrayOutputStream();
		System.setOut(new PrintStream(buf, true, "UTF-8"));
		try {
			body.call();
		}
		finally {
			System.setOut(old);
		}
		final String s = buf.toString("UTF-8");
		old.print(s);
		return s;
	}

	static String read(final String path) throws IOException {
		return new String(java.nio.file.Files.readAllBytes(java.nio.file.Paths.get(
			path)), StandardCharsets.UTF_8);
	}
}
