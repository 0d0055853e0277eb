package org.toycov.model;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** Writes the small input files the model and stats tests make. */
public final class TestFiles {

	private TestFiles() {}

	/** Writes {@code text} (UTF-8) to {@code dir/name}. */
	public static File write(final File dir, final String name,
		final String text) throws IOException
	{
		final File f = new File(dir, name);
		Files.write(f.toPath(), text.getBytes(StandardCharsets.UTF_8));
		return f;
	}
}
