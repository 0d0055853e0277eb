package org.toycov.launch;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of {@code bin/toycov}'s main class: status, stdout, stderr. */
final class Launch {

	final int status;
	final String out;
	final String err;

	private Launch(final int status, final String out, final String err) {
		this.status = status;
		this.out = out;
		this.err = err;
	}

	/** Runs the launcher; large tables go to {@code spill} (null: toycov-out/). */
	static Launch run(final File spill, final String... args) {
		final ByteArrayOutputStream o = new ByteArrayOutputStream();
		final ByteArrayOutputStream e = new ByteArrayOutputStream();
		final ToyCovMain main = new ToyCovMain(new PrintStream(o, true),
			new PrintStream(e, true));
		if (spill != null) main.spillTo(spill);
		final int status = main.execute(args);
		return new Launch(status, new String(o.toByteArray(),
			StandardCharsets.UTF_8), new String(e.toByteArray(),
				StandardCharsets.UTF_8));
	}
}
