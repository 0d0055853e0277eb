package org.toycov.outputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer of every file: all of a run's files, or none. */
class OutputSetTest {

	@TempDir
	Path dir;

	private String[] list(final Path d) throws IOException {
		try (Stream<Path> s = Files.list(d)) {
			return s.map(p -> p.getFileName().toString()).sorted().toArray(
				String[]::new);
		}
	}

	private static OutputSet.Writer text(final String s) {
		return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aFolderWithoutWritePermissionIsRefusedBeforeTheWork(@TempDir final Path tmp) throws IOException {
		final Path ro = Files.createDirectory(tmp.resolve("ro"));
		Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			// NB: root may write anywhere: then there is nothing to refuse (CI runs as root; a user's machine does not)
			org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as root");
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputSet.check(
				"save_summary", ro.resolve("sub/x.toys")));
			assertEquals("save_summary: cannot write " + ro.resolve("sub/x.toys") + ": the folder " + ro + " is read-only for ToyCov" +
				" (choose another save_summary)", e.getMessage());
		}
		finally {
			Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void nothingIsInPlaceBeforeTheCommitAndAllIsAfter() throws IOException {
		final OutputSet set = new OutputSet();
		set.write("output_dir", dir.resolve("a.csv"), text("a"));
		set.write("output_dir", dir.resolve("b.csv"), text("b"));
		// staged in one hidden folder, nothing in place yet
		assertEquals(1, list(dir).length);
		assertTrue(list(dir)[0].startsWith(".toycov-"), list(dir)[0]);
		assertEquals(Arrays.asList(dir.resolve("a.csv"), dir.resolve("b.csv")), set
			.commit());
		assertArrayEquals(new String[] { "a.csv", "b.csv" }, list(dir));
		assertEquals("b", new String(Files.readAllBytes(dir.resolve("b.csv")),
			StandardCharsets.UTF_8));
		assertEquals(set.written(), Arrays.asList(dir.resolve("a.csv"), dir
			.resolve("b.csv")));
	}

	@Test
	void anAbortLeavesNothingNotEvenTheFoldersItMade() throws IOException {
		Files.write(dir.resolve("old.csv"), new byte[] { 1 });
		final OutputSet set = new OutputSet();
		set.write("output_dir", dir.resolve("new/deeper/a.csv"), text("a"));
		set.write("output_dir", dir.resolve("old.csv"), text("replaced?"));
		set.abort();
		assertArrayEquals(new String[] { "old.csv" }, list(dir));
		assertArrayEquals(new byte[] { 1 }, Files.readAllBytes(dir.resolve(
			"old.csv")), "an older file is untouched");
		assertThrows(IllegalStateException.class, set::commit);
	}

	@Test
	void abortAllIsCtrlC() throws IOException {
		final OutputSet a = new OutputSet(), b = new OutputSet();
		a.write("output_dir", dir.resolve("a.csv"), text("a"));
		b.write("save_toys", dir.resolve("t.npy"), text("t"));
		OutputSet.abortAll();
		assertEquals(0, list(dir).length);
		assertTrue(a.isDone() && b.isDone());
	}

	@Test
	void aFolderInTheWayIsAnErrorBeforeAnythingIsWritten() throws IOException {
		Files.createDirectory(dir.resolve("b.csv"));
		final OutputSet set = new OutputSet();
		set.write("output_dir", dir.resolve("a.csv"), text("a"));
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> set.stage("output_dir", dir.resolve(
				"b.csv")));
		assertEquals("output_dir: " + dir.resolve("b.csv") + " is in the way: it " +
			"is a folder, not a file (move it away or choose another output_dir)", e
				.getMessage());
		set.abort();
		assertArrayEquals(new String[] { "b.csv" }, list(dir));
		// a file where a folder should be
		Files.write(dir.resolve("f"), new byte[0]);
		assertThrows(IllegalArgumentException.class, () -> OutputSet.check(
			"output_dir", dir.resolve("f/a.csv")));
	}

	@Test
	void aFolderThatAppearsDuringTheRunFailsTheCommitAndLeavesNothing()
		throws IOException
	{
		final OutputSet set = new OutputSet();
		set.write("output_dir", dir.resolve("a.csv"), text("a"));
		set.write("output_dir", dir.resolve("b.csv"), text("b"));
		Files.createDirectory(dir.resolve("b.csv"));
		assertThrows(IllegalArgumentException.class, set::commit);
		assertArrayEquals(new String[] { "b.csv" }, list(dir), "no first file");
		assertFalse(Files.exists(dir.resolve("a.csv")));
	}

	@Test
	void aStagedFolderReplacesEntriesWholeAtCommitAndNothingOnAbort()
		throws IOException
	{
		final Path out = dir.resolve("out");
		Files.createDirectories(out.resolve("step"));
		Files.write(out.resolve("step/old.csv"), "old".getBytes(
			StandardCharsets.UTF_8));
		Files.write(out.resolve("keep.txt"), "mine".getBytes(
			StandardCharsets.UTF_8));
		// aborted: the earlier files as they were, nothing hidden left
		try (OutputSet set = new OutputSet()) {
			final Path s = set.stageFolder("--out", out);
			Files.createDirectories(s.resolve("step"));
			Files.write(s.resolve("step/new.csv"), "new".getBytes(
				StandardCharsets.UTF_8));
		}
		assertArrayEquals(new String[] { "keep.txt", "step" }, list(out));
		assertArrayEquals(new String[] { "old.csv" }, list(out.resolve("step")));
		// committed: the step folder is the new one only, the user's file stays
		final OutputSet set = new OutputSet();
		final Path s = set.stageFolder("--out", out);
		Files.createDirectories(s.resolve("step"));
		Files.write(s.resolve("step/new.csv"), "new".getBytes(
			StandardCharsets.UTF_8));
		Files.write(s.resolve("fig.png"), "png".getBytes(StandardCharsets.UTF_8));
		assertEquals(Arrays.asList(out.resolve("fig.png"), out.resolve("step")), set
			.commit());
		assertArrayEquals(new String[] { "fig.png", "keep.txt", "step" }, list(
			out));
		assertArrayEquals(new String[] { "new.csv" }, list(out.resolve("step")));
		// a new folder is removed again on abort
		try (OutputSet a = new OutputSet()) {
			a.stageFolder("--out", dir.resolve("new/sub"));
		}
		assertFalse(Files.exists(dir.resolve("new")));
	}

	@Test
	void aStagedFolderNeverReplacesSomethingOfAnotherKind() throws IOException {
		final Path out = dir.resolve("out");
		Files.createDirectories(out.resolve("fig.png"));
		Files.write(out.resolve("fig.png/mine.txt"), new byte[] { 1 });
		Files.write(out.resolve("step"), new byte[] { 2 });
		// a file output where the user has a folder
		final OutputSet a = new OutputSet();
		Files.write(a.stageFolder("--out", out).resolve("fig.png"), new byte[] { 3 });
		assertEquals("--out: " + out.resolve("fig.png") + " is in the way: it is " +
			"a folder, not a file (move it away or choose another --out)",
			assertThrows(IllegalArgumentException.class, a::commit).getMessage());
		// a folder output where the user has a file
		final OutputSet b = new OutputSet();
		Files.createDirectories(b.stageFolder("--out", out).resolve("step"));
		assertEquals("--out: " + out.resolve("step") + " is in the way: it is " +
			"a file, not a folder (move it away or choose another --out)",
			assertThrows(IllegalArgumentException.class, b::commit).getMessage());
		// both left as they were, nothing hidden left
		assertArrayEquals(new String[] { "fig.png", "step" }, list(out));
		assertArrayEquals(new String[] { "mine.txt" }, list(out.resolve("fig.png")));
		assertArrayEquals(new byte[] { 2 }, Files.readAllBytes(out.resolve("step")));
	}
}
