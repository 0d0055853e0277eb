package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container's merge messages: which input differs; what is not a summary at all. */
class SummaryFileTest {

	@TempDir
	Path dir;

	/** A summary of kind k with the inputs x, cl and mean (strings as written). */
	private static SummaryFile.Entries summary(final String name, final String x, final String cl,
		final String mean, final long first)
	{
		final String text = new SummaryFile.Writer("k", "1").input("engine", "1").input("x", x).input("cl", cl).input("mean",
			mean).range(1, first, 10).counter("n", "10").finish();
		return SummaryFile.parse(text, name);
	}

	private static String refusal(final SummaryFile.Entries a, final SummaryFile.Entries b) {
		return assertThrows(IllegalArgumentException.class, () -> SummaryFile.order(Arrays.asList(a, b), false)).getMessage();
	}

	@Test
	void theFirstInputThatDiffersIsNamed() {
		final String x = SummaryFile.doubles(0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2);
		final String longer = SummaryFile.doubles(0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 2.75, 3);
		final String mean = SummaryFile.doubles(361.002334, 58.7769730154394, 9000, 400, 7.25, 18);
		final String mean2 = SummaryFile.doubles(361.002334, 58.7769730154394, 9000, 401, 7.25, 18);
		final SummaryFile.Entries a = summary("a.toys", x, "0.9", mean, 0);
		final String sha = " \\(inputs_sha256 [0-9a-f]{12} vs [0-9a-f]{12}\\)";
		// one value each: both shown
		String m = refusal(a, summary("b.toys", x, "0.683", mean, 10));
		assertEquals(true, m.matches("summaries: a\\.toys and b\\.toys come from different models or inputs: cl 0\\.9 vs 0\\.683" +
			sha), m);
		// lists of the same length, too long to show: the first value that differs
		m = refusal(a, summary("b.toys", x, "0.9", mean2, 10));
		assertEquals(true, m.matches("summaries: a\\.toys and b\\.toys come from different models or inputs: mean value 4 of 6: " +
			"400\\.0 vs 401\\.0" + sha), m);
		// lists of other lengths (x_max 2 and 3): their lengths and ends; the first key that differs
		m = refusal(a, summary("b.toys", longer, "0.683", mean2, 10));
		assertEquals(true, m.matches("summaries: a\\.toys and b\\.toys come from different models or inputs: x 9 values " +
			"\\(0\\.0 \\.\\. 2\\.0\\) vs 13 values \\(0\\.0 \\.\\. 3\\.0\\)" + sha), m);
	}

	@Test
	void aFileThatIsNotASummaryIsSaidToBeNone() throws IOException {
		// random bytes hold carriage returns: the first line is checked before them
		final byte[] junk = new byte[3000];
		new Random(3).nextBytes(junk);
		junk[5] = '\r';
		final Path x = Files.write(dir.resolve("x.toys"), junk);
		assertEquals("summaries: " + x + " is not a ToyCov toy summary (its first line is not '" + SummaryFile.HEADER + "')",
			assertThrows(IllegalArgumentException.class, () -> SummaryFile.read(x)).getMessage());
	}
}
