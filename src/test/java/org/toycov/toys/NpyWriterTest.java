package org.toycov.toys;

import org.toycov.outputs.NpyWriter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved toys: the .npy header as the format spec (numpy's NEP 1, version 1.0) defines
 * it, the content against the summary's exact integer sums, and numpy.load itself
 * when /usr/bin/python3 has numpy.
 */
class NpyWriterTest {

	@TempDir
	Path dir;

	private final ToyEngine engine = new ToyEngine();
	/** Not at a block boundary, more than one block, not a multiple of anything. */
	private static final long TOYS = 2L * ToyEngine.BLOCK + 4321;

	private ToyConfig config(final long first) {
		return ToyEngineTest.seedScenario(false).toys(TOYS).firstToy(first).threads(2).fullSummaries(true).build();
	}

	/** Parses a .npy v1.0 file: returns {descr, shape, data offset}. */
	private static String[] header(final byte[] b) {
		assertEquals((byte) 0x93, b[0]);
		assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
		assertEquals(1, b[6]);
		assertEquals(0, b[7]);
		final int len = (b[8] & 0xff) | (b[9] & 0xff) << 8;
		assertEquals(0, (10 + len) % 64, "header padded to 64 bytes");
		final String dict = new String(b, 10, len, StandardCharsets.US_ASCII);
		assertTrue(dict.endsWith("\n"));
		final String descr = dict.replaceAll(".*'descr': '([^']*)'.*\\s*", "$1");
		final String shape = dict.replaceAll(".*'shape': \\(([^)]*)\\).*\\s*", "$1");
		assertTrue(dict.contains("'fortran_order': False"));
		return new String[] { descr, shape, Integer.toString(10 + len) };
	}

	@Test
	void int32FileHoldsTheToysInOrder() throws IOException {
		final Path p = dir.resolve("toys.npy");
		final ToySummary s = engine.run(config(17), null, new NpyWriter(p));
		final byte[] b = Files.readAllBytes(p);
		final String[] h = header(b);
		assertEquals("<i4", h[0]);
		assertEquals(TOYS + ", 2", h[1]);
		final int off = Integer.parseInt(h[2]);
		assertEquals(off + TOYS * 2 * 4, b.length);
		final ByteBuffer d = ByteBuffer.wrap(b, off, b.length - off).order(ByteOrder.LITTLE_ENDIAN);
		long se = 0, smu = 0, slice = 0;
		for (long t = 0; t < TOYS; t++) {
			final int e = d.getInt(), mu = d.getInt();
			se += e;
			smu += mu;
			if (mu > 8990 && mu < 9010) slice++;
		}
		// The same toys the summary counted: exact sums, and the seed's slice rule applied to the file.
		assertArrayEquals(s.mean(), new double[] { se / (double) TOYS, smu / (double) TOYS }, 1e-12);
		assertEquals(s.sliceCount(), slice);
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left");
		}

		// Toy order: a shard starting inside the file writes exactly the matching rows.
		final Path q = dir.resolve("shard.npy");
		engine.run(ToyEngineTest.seedScenario(false).toys(1000).firstToy(17 + 70_000).threads(2).build(), null, new NpyWriter(q));
		final byte[] c = Files.readAllBytes(q);
		final int offq = Integer.parseInt(header(c)[2]);
		for (int i = 0; i < 2000 * 4; i++) assertEquals(b[off + 70_000 * 8 + i], c[offq + i], "byte " + i);
	}

	@Test
	void sliceOnlyRunSavesTheSameToys() throws IOException {
		// Without full summaries the non-slice channel is drawn only inside the slice, except with a
		// sink: then every toy is drawn, from the same per-toy streams, so the file is the same.
		final Path full = dir.resolve("full.npy"), slice = dir.resolve("slice.npy");
		final ToySummary a = engine.run(config(5), null, new NpyWriter(full));
		final ToySummary b = engine.run(config(5).toBuilder().fullSummaries(false).build(), null, new NpyWriter(slice));
		assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(slice));
		assertEquals(a.sliceValues(), b.sliceValues());
		// The summary does not depend on the sink.
		assertEquals(b, engine.run(config(5).toBuilder().fullSummaries(false).build(), null));
	}

	@Test
	void int64Header() throws IOException {
		final Path p = dir.resolve("toys64.npy");
		engine.run(ToyEngineTest.seedScenario(true).toys(10).build(), null, new NpyWriter(p, true));
		final byte[] b = Files.readAllBytes(p);
		final String[] h = header(b);
		assertEquals("<i8", h[0]);
		assertEquals("10, 2", h[1]);
		assertEquals(Integer.parseInt(h[2]) + 10 * 2 * 8, b.length);
	}

	@Test
	void unwritablePathFailsBeforeAnyToy() throws IOException {
		final Path file = Files.write(dir.resolve("a-file"), new byte[] { 1 });
		final Path p = file.resolve("x.npy");
		final AtomicInteger calls = new AtomicInteger();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> engine.run(config(0), (done, total) -> calls.incrementAndGet(), new NpyWriter(p)));
		assertEquals("save_toys: cannot write " + p.toAbsolutePath() + ": " + file.toAbsolutePath() + " is a file, not a folder",
			e.getMessage());
		assertEquals(0, calls.get(), "no toy thrown");
		final IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
			() -> engine.run(config(0), null, new NpyWriter(dir)));
		assertTrue(f.getMessage().startsWith("save_toys: cannot write " + dir.toAbsolutePath() + " (is a directory"), f.getMessage());
	}

	@Test
	void missingFolderIsCreatedWithTheFile() throws IOException {
		// NB: as output_dir: save_toys may go into the output folder a run creates
		final Path p = dir.resolve("new").resolve("deeper").resolve("x.npy");
		engine.run(ToyEngineTest.seedScenario(true).toys(10).build(), null, new NpyWriter(p));
		assertEquals(Integer.parseInt(header(Files.readAllBytes(p))[2]) + 10 * 2 * 4, Files.size(p));
	}

	@Test
	void canceledRunRemovesTheFolderItCreated() {
		final Path p = dir.resolve("made").resolve("x.npy");
		assertThrows(CancellationException.class, () -> engine.run(
			ToyEngineTest.seedScenario(false).toys(500_000_000L).threads(2).build(),
			ToyEngineTest.cancelAfterTwoReports(), new NpyWriter(p)));
		assertFalse(Files.exists(dir.resolve("made")));
	}

	@Test
	void cancelLeavesNoFile() throws IOException {
		final Path p = dir.resolve("canceled.npy");
		assertThrows(CancellationException.class, () -> engine.run(
			ToyEngineTest.seedScenario(false).toys(500_000_000L).threads(2).build(),
			ToyEngineTest.cancelAfterTwoReports(), new NpyWriter(p)));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(0, files.count(), "neither the target nor the temporary file");
		}
		assertFalse(Files.exists(p));
	}

	@Test
	void numpyLoadReadsIt() throws Exception {
		final Path py = Path.of("/usr/bin/python3");
		Assumptions.assumeTrue(Files.isExecutable(py), "no /usr/bin/python3");
		Assumptions.assumeTrue(run(py.toString(), "-c", "import numpy") == 0, "no numpy for /usr/bin/python3");
		final Path p = dir.resolve("toys.npy");
		final ToySummary s = engine.run(config(0), null, new NpyWriter(p));
		final Path out = dir.resolve("out.txt");
		final String script = "import numpy as np, sys\n" + "a = np.load(sys.argv[1])\n" +
			"sel = a[(a[:, 1] > 8990) & (a[:, 1] < 9010), 0]\n" +
			"open(sys.argv[2], 'w').write('%s %s %d %d %d %r %r' % (a.dtype, a.shape[0], a.shape[1], a[:, 0].sum(), len(sel), " +
			"float(sel.mean()), float(sel.var(ddof=1))))\n";
		assertEquals(0, run(py.toString(), "-c", script, p.toString(), out.toString()));
		final String[] r = new String(Files.readAllBytes(out), StandardCharsets.US_ASCII).trim().split(" ");
		assertEquals("int32", r[0]);
		assertEquals(Long.toString(TOYS), r[1]);
		assertEquals("2", r[2]);
		assertEquals(Math.round(s.mean()[0] * TOYS), Long.parseLong(r[3]));
		// numpy's slice statistics of the saved toys equal the engine's streaming ones.
		assertEquals(s.sliceCount(), Long.parseLong(r[4]));
		assertEquals(s.sliceMean(), Double.parseDouble(r[5]), 1e-12 * s.sliceMean());
		assertEquals(s.sliceVariance(), Double.parseDouble(r[6]), 1e-10 * s.sliceVariance());
	}

	private static int run(final String... cmd) throws Exception {
		final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			return -1;
		}
		return p.exitValue();
	}
}
