package org.toycov.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The model and stats layers are plain Java: no SciJava, ImageJ, AWT or
 * Swing, and the model knows nothing of the layers above it.
 */
class MathLayersTest {

	private static List<String> offending(final String pkg,
		final String... forbidden) throws IOException
	{
		final List<String> bad = new ArrayList<>();
		final Path dir = Paths.get("src/main/java/org/toycov", pkg);
		try (Stream<Path> files = Files.walk(dir)) {
			for (final Path f : (Iterable<Path>) files.filter(p -> p.toString()
				.endsWith(".java"))::iterator)
			{
				for (final String line : Files.readAllLines(f, StandardCharsets.UTF_8))
					for (final String x : forbidden)
						if (line.startsWith("import " + x) || line.startsWith(
							"import static " + x)) bad.add(f.getFileName() + ": " + line);
			}
		}
		return bad;
	}

	@Test
	void modelAndStatsArePlainJava() throws IOException {
		final String[] above = { "org.scijava", "ij.", "java.awt", "javax.swing",
			"net.imagej", "org.jfree", "org.toycov.toys", "org.toycov.commands",
			"org.toycov.service", "org.toycov.outputs", "org.toycov.launch",
			"org.toycov.ij" };
		assertEquals(new ArrayList<>(), offending("stats", above));
		final String[] upper = { "org.scijava", "ij.", "java.awt", "javax.swing",
			"net.imagej", "org.jfree", "org.toycov.stats", "org.toycov.toys",
			"org.toycov.commands", "org.toycov.service", "org.toycov.outputs",
			"org.toycov.launch" };
		assertEquals(new ArrayList<>(), offending("model", upper));
	}
}
