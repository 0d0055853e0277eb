package org.toycov.toys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch systems (issue 13): shards thrown by separate processes, as array jobs would,
 * each writing its summary file; merging the files gives exactly the single run.
 */
class ShardProcessesTest {

	/** The toys of every shard: the seed's 'orig' study with full summaries and a toy p-value. */
	static ToyConfig.Builder study() {
		return ToyEngineTest.seedScenario(false).fullSummaries(true).chi2Observed(2).seed(2026).threads(1);
	}

	/** One array job: {@code first_toy toys file}. */
	public static void main(final String[] args) {
		final ToyConfig c = study().firstToy(Long.parseLong(args[0])).toys(Long.parseLong(args[1])).build();
		ToySummaryFileTest.write(Paths.get(args[2]), c, new ToyEngine().run(c, null));
	}

	@Test
	void threeProcessesMergeToTheSingleRun(@TempDir final Path dir) throws IOException, InterruptedException {
		final long n = 100_000;
		final String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		final String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		final List<Process> jobs = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			final ProcessBuilder pb = new ProcessBuilder(java, "-cp", cp, ShardProcessesTest.class.getName(), Long.toString(i * n),
				Long.toString(n), dir.resolve("shard-" + i + ToySummaryFile.EXTENSION).toString()).redirectErrorStream(true);
			pb.environment().put("CLASSPATH", cp);
			jobs.add(pb.start());
		}
		for (final Process p : jobs) {
			final boolean ended = p.waitFor(120, TimeUnit.SECONDS);
			final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(true, ended, "shard process ended");
			assertEquals(0, p.exitValue(), out);
		}
		final ToySummaryFile.Merged m = ToySummaryFile.merge(ToySummaryFile.resolve(dir + File.separator + "shard-*.toys"), false);
		final ToyConfig whole = study().firstToy(0).toys(3 * n).threads(2).build();
		final ToySummary single = new ToyEngine().run(whole, null);
		assertEquals(single, m.summary());
		assertEquals(ToySummaryFile.format(whole, single), ToySummaryFile.format(m.config(), m.summary()));
		assertEquals(Arrays.asList("shard-0.toys", "shard-1.toys", "shard-2.toys"), m.names().stream()
			.map(s -> Paths.get(s).getFileName().toString()).collect(Collectors.toList()));
	}
}
