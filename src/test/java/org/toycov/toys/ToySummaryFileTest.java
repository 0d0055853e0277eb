package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Summary files: exact round trip, merges bit-identical to one run over the union of
 * the shards (the reference is the engine's own single run), and one-line refusals.
 */
class ToySummaryFileTest {

	private final ToyEngine engine = new ToyEngine();

	@TempDir
	Path dir;

	/** The seed's 'orig' toys with full summaries and a per-toy chi-square with an observed value. */
	private static ToyConfig.Builder orig() {
		return ToyEngineTest.seedScenario(false).fullSummaries(true).chi2Observed(1.5).threads(2).seed(11);
	}

	/** A summary file as save_summary writes it (the bytes of {@link ToySummaryFile#format}). */
	static void write(final Path f, final ToyConfig c, final ToySummary s) {
		try {
			Files.write(f, ToySummaryFile.format(c, s).getBytes(StandardCharsets.UTF_8));
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private Path write(final String name, final ToyConfig c) {
		final Path f = dir.resolve(name);
		write(f, c, engine.run(c, null));
		return f;
	}

	private static String message(final Executable x) {
		final String m = assertThrows(IllegalArgumentException.class, x).getMessage();
		assertTrue(!m.contains("\n"), "one line: " + m);
		return m;
	}

	@Test
	void roundTripIsExact() throws IOException {
		final ToyConfig c = orig().firstToy(12_345).toys(150_000).build();
		final ToySummary s = engine.run(c, null);
		final String text = ToySummaryFile.format(c, s);
		final ToySummaryFile.Shard back = ToySummaryFile.parse(text, "x");
		assertEquals(s, back.summary());
		assertEquals(s.chi2Histogram(), back.summary().chi2Histogram());
		assertEquals(s.histogram2D(), back.summary().histogram2D());
		assertEquals(12_345, back.firstToy());
		assertEquals(150_000, back.toys());
		assertEquals(11, back.seed());
		// Everything that changes the toys comes back: the same toys again from the read config.
		assertEquals(s, engine.run(back.config(), null));
		assertEquals(text, ToySummaryFile.format(back.config(), back.summary()));
		// Written and read through a file.
		final Path f = dir.resolve("a.toys");
		write(f, c, s);
		assertEquals(text, new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
		assertEquals(s, ToySummaryFile.read(f).summary());
		try (Stream<Path> l = Files.list(dir)) {
			assertEquals(Arrays.asList("a.toys"), l.map(p -> p.getFileName().toString()).collect(Collectors.toList()), "no temp file left");
		}
	}

	@Test
	void mergeIsBitIdenticalToTheSingleRun() throws IOException {
		for (final boolean full : new boolean[] { true, false }) {
			final ToyConfig.Builder b = orig().fullSummaries(full);
			final long total = 4L * ToyEngine.BLOCK + 321;
			final ToyConfig whole = b.firstToy(0).toys(total).build();
			final ToySummary single = engine.run(whole, null);
			// Cuts inside blocks, written out of order.
			final Path sub = Files.createDirectory(dir.resolve("shards-" + full));
			final long c1 = 70_000, c2 = 190_001;
			write(sub.resolve("c.toys"), b.firstToy(c2).toys(total - c2).build(),
				engine.run(b.firstToy(c2).toys(total - c2).build(), null));
			write(sub.resolve("a.toys"), b.firstToy(0).toys(c1).build(), engine.run(b.firstToy(0).toys(c1).build(), null));
			write(sub.resolve("b.toys"), b.firstToy(c1).toys(c2 - c1).build(),
				engine.run(b.firstToy(c1).toys(c2 - c1).build(), null));
			final ToySummaryFile.Merged m = ToySummaryFile.merge(ToySummaryFile.resolve(sub.toString()), false);
			assertEquals(single, m.summary());
			assertEquals(0, m.missingToys());
			assertEquals(total, m.config().toys());
			assertEquals(single.sliceMean(), m.summary().sliceMean());
			assertEquals(single.sliceVariance(), m.summary().sliceVariance());
			// The merged summary's file is byte for byte the single run's.
			assertEquals(ToySummaryFile.format(whole, single), ToySummaryFile.format(m.config(), m.summary()));
			// A glob names the same files.
			assertEquals(single, ToySummaryFile.merge(ToySummaryFile.resolve(sub + "/*.toys"), false).summary());
		}
	}

	@Test
	void sizeIsBoundedByTheBinsNotTheToys() {
		// Every line but the sparse histograms is fixed by the inputs; a sparse entry (index:count) is at
		// most 10 + 1 + 19 characters and there is at most one per bin: 2D bins, chi-square bins, and one
		// per slice value (at most the target's 2D axis range here).
		final ToyConfig c = orig().toys(3_000_000).build();
		final String text = ToySummaryFile.format(c, engine.run(c, null));
		final double[] x = c.hist2dTarget(), y = c.hist2dSlice();
		long fixed = 0, sparse = 0, bound = 0;
		for (final String l : text.split("\n")) {
			if (l.startsWith("hist2d = ") || l.startsWith("chi2_counts = ") || l.startsWith("slice_values = ")) {
				sparse += l.length();
				final int slots = l.startsWith("hist2d") ? (int) (x[2] * y[2]) : l.startsWith("chi2") ? c.chi2HistBins() : (int) (x[1] - x[0]);
				assertTrue(l.split(" ").length - 2 <= slots, l.substring(0, 12));
				bound += 31L * slots + 20;
			}
			else fixed += l.length() + 1;
		}
		assertTrue(sparse <= bound, sparse + " > " + bound);
		// And the fixed part is the same for 1e3 toys (up to the digits of the counters).
		final ToyConfig small = orig().toys(1000).build();
		final String smallText = ToySummaryFile.format(small, engine.run(small, null));
		assertEquals(text.split("\n").length, smallText.split("\n").length);
		assertTrue(fixed < smallText.length() + 400, fixed + " vs " + smallText.length());
	}

	/** A copy with Windows line ends (git autocrlf, a Windows copy), with or without a byte order mark. */
	private Path windowsCopy(final Path f, final String name, final boolean bom) throws IOException {
		final String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
		final Path w = dir.resolve(name);
		Files.write(w, ((bom ? "\uFEFF" : "") + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
		return w;
	}

	@Test
	void windowsLineEndsMergeBitIdentically() throws IOException {
		final ToyConfig c0 = orig().firstToy(0).toys(1500).build(), c1 = orig().firstToy(1500).toys(1000).build();
		final Path a = write("a.toys", c0), b = write("b.toys", c1);
		final Path wa = windowsCopy(a, "wa.toys", false), wb = windowsCopy(b, "wb.toys", true);
		assertTrue(new String(Files.readAllBytes(wa), StandardCharsets.UTF_8).contains("\r\nsha256 = "));
		final ToySummaryFile.Merged lf = ToySummaryFile.merge(Arrays.asList(a, b), false);
		final ToySummaryFile.Merged crlf = ToySummaryFile.merge(Arrays.asList(wa, wb), false);
		// the reference: the engine's single run over toys 0 .. 2499
		final ToyConfig all = orig().firstToy(0).toys(2500).build();
		assertEquals(engine.run(all, null), crlf.summary());
		assertEquals(ToySummaryFile.format(lf.config(), lf.summary()), ToySummaryFile.format(crlf.config(), crlf.summary()));
		assertEquals(ToySummaryFile.format(all, engine.run(all, null)), ToySummaryFile.format(crlf.config(), crlf.summary()));

		// A Windows copy that was also altered: refused as altered, saying its line ends were read as LF.
		final Path altered = dir.resolve("altered.toys");
		Files.write(altered, new String(Files.readAllBytes(wb), StandardCharsets.UTF_8).replace("\nslice_count = ",
			"\nslice_count = 1").getBytes(StandardCharsets.UTF_8));
		assertEquals("summaries: " + altered + " is truncated or corrupt: its sha256 does not match its content (truncated or " +
			"altered; its Windows CR LF line ends were read as LF)", message(() -> ToySummaryFile.read(altered)));
		// CR LF converted twice (CR CR LF), or CR alone: not Windows line ends, said so.
		final Path twice = dir.resolve("twice.toys");
		Files.write(twice, new String(Files.readAllBytes(wa), StandardCharsets.UTF_8).replace("\r\n", "\r\r\n").getBytes(
			StandardCharsets.UTF_8));
		final Path mac = dir.resolve("mac.toys");
		Files.write(mac, new String(Files.readAllBytes(a), StandardCharsets.UTF_8).replace("\n", "\r").getBytes(
			StandardCharsets.UTF_8));
		for (final Path p : Arrays.asList(twice, mac)) {
			assertEquals("summaries: " + p + " has carriage returns that are not Windows line ends (CR LF converted twice, or CR " +
				"alone): copy it again with LF or CR LF line ends", message(() -> ToySummaryFile.read(p)));
		}
	}

	@Test
	void refusals() throws IOException {
		final Path a = write("a.toys", orig().firstToy(0).toys(1000).build());
		final Path b = write("b.toys", orig().firstToy(1000).toys(1000).build());
		final Path seed = write("seed.toys", orig().seed(12).firstToy(1000).toys(1000).build());
		final Path other = write("other.toys", orig().mean(101, 10000).firstToy(1000).toys(1000).build());
		final Path over = write("over.toys", orig().firstToy(500).toys(1000).build());
		final Path dup = write("dup.toys", orig().firstToy(1000).toys(1000).build());
		final Path far = write("far.toys", orig().firstToy(5000).toys(1000).build());

		String m = message(() -> ToySummaryFile.merge(Arrays.asList(a, seed), false));
		assertTrue(m.contains("a.toys") && m.contains("seed.toys") && m.contains("different seeds (11 and 12)"), m);
		m = message(() -> ToySummaryFile.merge(Arrays.asList(a, other), false));
		assertTrue(m.contains("a.toys") && m.contains("other.toys") && m.contains("different models or inputs"), m);
		m = message(() -> ToySummaryFile.merge(Arrays.asList(a, over), false));
		assertTrue(m.contains("a.toys (toys 0 .. 999) and ") && m.contains("over.toys (toys 500 .. 1499) overlap"), m);
		m = message(() -> ToySummaryFile.merge(Arrays.asList(a, b, dup), false));
		assertTrue(m.contains("b.toys and ") && m.contains("dup.toys are duplicates"), m);
		m = message(() -> ToySummaryFile.merge(Arrays.asList(a, b, a), false));
		assertTrue(m.endsWith("lists " + a + " twice"), m);

		// A gap: refused, or merged with allow_gaps and counted.
		m = message(() -> ToySummaryFile.merge(Arrays.asList(a, far, b), false));
		assertTrue(m.contains("3000 toys (2000 .. 4999) are missing between ") && m.contains("allow_gaps=true"), m);
		final ToySummaryFile.Merged g = ToySummaryFile.merge(Arrays.asList(far, a, b), true);
		assertEquals(3000, g.missingToys());
		assertEquals(3000, g.summary().toys());
		assertEquals(engine.run(orig().firstToy(0).toys(2000).build(), null).merge(engine.run(orig().firstToy(5000).toys(1000).build(),
			null)), g.summary());

		// The first shard missing (job 0 failed): toys 0 .. 1999 are a gap, refused naming the range, or
		// merged with allow_gaps and counted with the gap between the shards.
		final Path late = write("late.toys", orig().firstToy(2000).toys(2000).build());
		m = message(() -> ToySummaryFile.merge(Arrays.asList(far, late), false));
		assertEquals("summaries: 2000 toys (0 .. 1999) are missing before " + late + ", the first shard (toys 2000 .. 3999): its " +
			"job failed or its file is not there; set allow_gaps=true to merge without them", m);
		m = message(() -> ToySummaryFile.merge(Arrays.asList(late), false));
		assertTrue(m.contains("2000 toys (0 .. 1999) are missing before "), m);
		final ToySummaryFile.Merged l = ToySummaryFile.merge(Arrays.asList(far, late), true);
		assertEquals(2000 + 1000, l.missingToys());
		assertEquals(3000, l.summary().toys());
		assertEquals(2000, l.config().firstToy());
		assertEquals(engine.run(orig().firstToy(2000).toys(2000).build(), null).merge(engine.run(orig().firstToy(5000).toys(1000)
			.build(), null)), l.summary());
		// A run's own tasks (Spark) start at the run's first_toy: no gap before them.
		final ToySummaryFile.Merged tasks = ToySummaryFile.mergeShards(Arrays.asList(ToySummaryFile.parse(new String(Files
			.readAllBytes(late), StandardCharsets.UTF_8), "task 0")), false);
		assertEquals(0, tasks.missingToys());
		assertEquals(2000, tasks.config().firstToy());

		// Truncated, altered, not a summary at all.
		final byte[] good = Files.readAllBytes(b);
		final Path cut = dir.resolve("cut.toys");
		Files.write(cut, Arrays.copyOf(good, good.length - 30));
		m = message(() -> ToySummaryFile.merge(Arrays.asList(a, cut), false));
		assertTrue(m.contains("cut.toys is truncated or corrupt"), m);
		final String text = new String(good, StandardCharsets.UTF_8);
		final Path altered = dir.resolve("altered.toys");
		Files.write(altered, text.replace("\nslice_count = ", "\nslice_count = 1").getBytes(StandardCharsets.UTF_8));
		m = message(() -> ToySummaryFile.read(altered));
		assertTrue(m.contains("altered.toys is truncated or corrupt") && m.contains("sha256"), m);
		final Path junk = dir.resolve("junk.toys");
		Files.write(junk, "hello\n".getBytes(StandardCharsets.UTF_8));
		assertTrue(message(() -> ToySummaryFile.read(junk)).contains("junk.toys is not a ToyCov toy summary"));
		assertTrue(message(() -> ToySummaryFile.read(dir.resolve("none.toys"))).contains("none.toys does not exist"));

		// Another format version, another ToyCov version.
		final Path future = dir.resolve("future.toys");
		Files.write(future, text.replace("format = " + ToySummaryFile.FORMAT, "format = toycov-toy-summary 3").getBytes(StandardCharsets.UTF_8));
		m = message(() -> ToySummaryFile.read(future));
		assertTrue(m.contains("future.toys has format 'toycov-toy-summary 3' from an incompatible ToyCov"), m);
		final ToyConfig c = orig().firstToy(1000).toys(1000).build();
		final Path old = dir.resolve("old.toys");
		Files.write(old, ToySummaryFile.format(c, engine.run(c, null), "0.0.9").getBytes(StandardCharsets.UTF_8));
		m = message(() -> ToySummaryFile.merge(Arrays.asList(a, old), false));
		assertTrue(m.contains("old.toys from ToyCov 0.0.9"), m);

		// Resolving: nothing matches.
		assertTrue(message(() -> ToySummaryFile.resolve(dir + "/*.nope")).startsWith("summaries: no file matches"));
		final List<Path> all = new ArrayList<>(ToySummaryFile.resolve(dir.toString()));
		assertTrue(all.contains(a) && all.contains(junk), all.toString());
	}
}
