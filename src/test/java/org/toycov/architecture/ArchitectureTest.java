package org.toycov.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on the sources: the math layers (model,
 * stats, toys, analysis) use no SciJava, ImageJ, AWT or Swing; the two front
 * ends (launch: the command line, ij: ImageJ and Fiji) do not use each other;
 * model, stats, toys and analysis use only the layers below them.
 * Imports and fully qualified names both count; comments do not.
 */
class ArchitectureTest {

	private static final Path SRC = Paths.get("src/main/java/org/toycov");

	/** Comments removed, so a javadoc may name what the code must not use. */
	private static String code(final Path file) {
		try {
			final String s = new String(Files.readAllBytes(file),
				StandardCharsets.UTF_8);
			return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
		}
		catch (final IOException exc) {
			throw new java.io.UncheckedIOException(exc);
		}
	}

	private static List<Path> sources(final String pkg) throws IOException {
		try (Stream<Path> s = Files.walk(SRC.resolve(pkg))) {
			return s.filter(p -> p.toString().endsWith(".java")).collect(Collectors
				.toList());
		}
	}

	/** Every use of a name in {@code packages} by the sources of {@code pkg}, as "File: name". */
	static List<String> uses(final String pkg, final String... packages)
		throws IOException
	{
		final List<String> out = new ArrayList<>();
		for (final String p : packages) {
			final Pattern use = Pattern.compile("(?<![\\w.])" + Pattern.quote(p) +
				"\\.[A-Za-z_]");
			for (final Path f : sources(pkg)) {
				final Matcher m = use.matcher(code(f));
				if (m.find()) out.add(f.getFileName() + ": " + p);
			}
		}
		return out;
	}

	@Test
	void mathLayersArePlainJava() throws IOException {
		for (final String pkg : new String[] { "model", "stats", "toys",
			"analysis" })
		{
			assertTrue(Files.isDirectory(SRC.resolve(pkg)), pkg);
			assertEquals(new ArrayList<>(), uses(pkg, "org.scijava", "ij", "java.awt",
				"javax.swing", "org.jfree"), "package " + pkg +
					" must be plain Java");
		}
	}

	@Test
	void frontEndsStandBesideEachOther() throws IOException {
		assertEquals(new ArrayList<>(), uses("ij", "org.toycov.launch"),
			"the ImageJ front end must not use the command line's");
		assertEquals(new ArrayList<>(), uses("launch", "org.toycov.ij"),
			"the command line must not use the ImageJ front end");
		assertEquals(new ArrayList<>(), uses("frontend", "org.toycov.ij",
			"org.toycov.launch"), "the shared layer must not use either front end");
	}

	@Test
	void layersPointDownwards() throws IOException {
		// NB: model -> stats -> toys -> analysis; nothing below uses what is above it
		final String[] layers = { "model", "stats", "toys", "analysis" };
		final String[] outer = { "org.toycov.commands", "org.toycov.service",
			"org.toycov.outputs", "org.toycov.frontend", "org.toycov.launch",
			"org.toycov.ij", "org.toycov.spark" };
		for (int i = 0; i < layers.length; i++) {
			final List<String> above = new ArrayList<>(java.util.Arrays.asList(outer));
			for (int j = i + 1; j < layers.length; j++)
				above.add("org.toycov." + layers[j]);
			assertEquals(new ArrayList<>(), uses(layers[i], above.toArray(
				new String[0])), "package " + layers[i] + " must not use a layer above it");
		}
	}

	@Test
	void theCheckFindsAViolation() throws IOException {
		// NB: the test itself must be able to fail: ij uses ImageJ, launch SciJava
		assertTrue(uses("ij", "ij").size() > 0);
		assertTrue(uses("launch", "org.scijava").size() > 0);
	}
}
