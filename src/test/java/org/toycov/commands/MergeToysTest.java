package org.toycov.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.toycov.frontend.RunOutputs;
import org.toycov.outputs.Table;

/**
 * save_summary and Merge Toys: three Toy Experiments shards merged give every
 * scalar and table of one run over the union, bit for bit (the reference is
 * the single run itself, an independent computation of the same toys).
 */
class MergeToysTest extends CommandTestBase {

	/** Every scalar Toy Experiments and Merge Toys share. */
	static final List<String> SCALARS = Arrays.asList("slice_count",
		"slice_mean", "slice_variance", "slice_mean_error", "chi2", "p_value",
		"toy_p_value", "toy_p_value_error", "negative_count");

	private static final long N = 40_000;
	private static final File SIGNAL = new File("sample-data/binned-signal.json");


	@TempDir
	File tmp;


	private static List<String> csv(final CommandModule m) {
		final List<String> out = new ArrayList<>();
		for (final Table t : ((ResultsCommand) m.getDelegateObject()).tables())
			out.add(t.name() + "\n" + t.toCsv());
		return out;
	}

	/** Every number a run printed (its declared and named scalars), as doubles, as the front ends print them. */
	static Map<String, Double> scalars(final CommandModule m) {
		final Map<String, Double> out = new LinkedHashMap<>();
		for (final Map.Entry<String, Object> e : RunOutputs.scalars(m).entrySet())
			if (e.getValue() instanceof Number) out.put(e.getKey(), ((Number) e
				.getValue()).doubleValue());
		return out;
	}

	/**
	 * Three save_summary shards of a toy command ({@code first_toy} 0, n, 2n,
	 * cut inside the 1024-toy blocks, on 1 or 2 threads) merged by Merge Toys
	 * give every scalar and table of one run of 3n toys, bit for bit.
	 */
	private void shardsMergeToTheSingleRun(final Class<? extends Command> c,
		final long n, final File shards, final Object... inputs) throws Exception
	{
		final List<Object> args = new ArrayList<>(Arrays.asList(inputs));
		args.addAll(Arrays.asList("toys", 3 * n, "threads", 2, "show_charts", false));
		final CommandModule single = run(c, args.toArray());
		assertFalse(single.isCanceled(), single.getCancelReason());
		assertTrue(shards.mkdir());
		for (int i = 0; i < 3; i++) {
			final List<Object> a = new ArrayList<>(Arrays.asList(inputs));
			a.addAll(Arrays.asList("toys", n, "first_toy", i * n, "threads", 1 + i % 2,
				"show_charts", false, "save_summary", new File(shards, "shard-" + i + ".toys")));
			final CommandModule s = run(c, a.toArray());
			assertFalse(s.isCanceled(), s.getCancelReason());
		}
		final CommandModule merged = run(MergeToysCommand.class, "summaries",
			shards.getPath(), "show_charts", false);
		assertFalse(merged.isCanceled(), merged.getCancelReason());
		final Map<String, Double> all = scalars(merged);
		assertEquals(3.0, all.remove("shards"));
		assertEquals(3.0 * n, all.remove("toys"));
		assertEquals(0.0, all.remove("missing_toys"));
		assertEquals(scalars(single), all);
		assertEquals(csv(single), csv(merged));
		assertEquals(((ResultsCommand) single.getDelegateObject()).charts().size(),
			((ResultsCommand) merged.getDelegateObject()).charts().size());
		windowsCopiesAndAMissingFirstShard(shards, n, single);
	}

	/**
	 * Copies of the three shards with Windows line ends merge to the single run,
	 * bit for bit; without shard 0 (job 0 failed) the merge is refused naming
	 * toys 0 .. n - 1, nothing written, or with allow_gaps merged and counted.
	 */
	private void windowsCopiesAndAMissingFirstShard(final File shards,
		final long n, final CommandModule single) throws Exception
	{
		final File crlf = new File(tmp, shards.getName() + "-crlf");
		final File late = new File(tmp, shards.getName() + "-late");
		assertTrue(crlf.mkdir() && late.mkdir());
		for (int i = 0; i < 3; i++) {
			final File f = new File(shards, "shard-" + i + ".toys");
			final String text = new String(Files.readAllBytes(f.toPath()),
				java.nio.charset.StandardCharsets.UTF_8);
			Files.write(new File(crlf, f.getName()).toPath(), text.replace("\n",
				"\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			if (i > 0) Files.copy(f.toPath(), new File(late, f.getName()).toPath());
		}
		CommandModule m = run(MergeToysCommand.class, "summaries", crlf.getPath(),
			"show_charts", false);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(0L, m.getOutput("missing_toys"));
		assertEquals(csv(single), csv(m));
		final Map<String, Double> all = scalars(m);
		for (final String k : new String[] { "shards", "toys", "missing_toys" })
			all.remove(k);
		assertEquals(scalars(single), all);

		final File none = new File(tmp, shards.getName() + "-none");
		m = run(MergeToysCommand.class, "summaries", late.getPath(), "output_dir",
			none);
		assertTrue(m.isCanceled());
		assertEquals("summaries: " + n + " toys (0 .. " + (n - 1) +
			") are missing before " + new File(late, "shard-1.toys") +
			", the first shard (toys " + n + " .. " + (2 * n - 1) + "): its job " +
			"failed or its file is not there; set allow_gaps=true to merge without them",
			m.getCancelReason());
		assertFalse(none.exists());
		m = run(MergeToysCommand.class, "summaries", late.getPath(), "allow_gaps",
			true, "show_charts", false);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(n, m.getOutput("missing_toys"));
		assertEquals(2 * n, m.getOutput("toys"));
	}

	@Test
	void feldmanCousinsShardsMergeToTheSingleRunBitForBit() throws Exception {
		final File shards = new File(tmp, "fc");
		shardsMergeToTheSingleRun(FeldmanCousinsCommand.class, 1000, shards,
			"model", SIGNAL, "cl", "0.683 0.9", "x_max", 1.0, "x_step", 0.25, "seed", 7L);
		// another cl changes the result read from the toys: refused as other inputs
		CommandModule m = run(FeldmanCousinsCommand.class, "model", SIGNAL, "cl",
			"0.9", "x_max", 1.0, "x_step", 0.25, "seed", 7L, "toys", 1000L,
			"first_toy", 3000L, "save_summary", new File(shards, "other-cl.toys"));
		assertFalse(m.isCanceled(), m.getCancelReason());
		m = run(MergeToysCommand.class, "summaries", shards.getPath());
		assertTrue(m.isCanceled());
		// the first recorded input that differs is named (other-cl.toys sorts first)
		assertTrue(m.getCancelReason().matches("summaries: .*other-cl\\.toys and " +
			".*shard-0\\.toys come from different models or inputs: cl 0\\.9 vs " +
			"0\\.683 0\\.9 \\(inputs_sha256 [0-9a-f]{12} vs [0-9a-f]{12}\\)"), m
				.getCancelReason());
		// an altered count: refused as corrupt, naming the file
		final File bad = new File(tmp, "bad.toys");
		Files.write(bad.toPath(), new String(Files.readAllBytes(new File(shards,
			"shard-0.toys").toPath()), java.nio.charset.StandardCharsets.UTF_8)
				.replaceFirst("\ndelta_chi2_0 = (\\d+):(\\d+)", "\ndelta_chi2_0 = $1:9$2")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		m = run(MergeToysCommand.class, "summaries", bad.getPath());
		assertTrue(m.isCanceled());
		assertEquals("summaries: " + bad + " is truncated or corrupt: its sha256 " +
			"does not match its content (truncated or altered)", m.getCancelReason());
		// a summary of another command: refused, naming both kinds
		assertTrue(new File(shards, "other-cl.toys").delete());
		m = run(HypothesisTestCommand.class, "model", SIGNAL, "toys", 500L,
			"save_summary", new File(shards, "ht.toys"));
		assertFalse(m.isCanceled(), m.getCancelReason());
		m = run(MergeToysCommand.class, "summaries", shards.getPath());
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().matches("summaries: .*ht\\.toys holds " +
			"hypothesis_test toys, .*shard-0\\.toys feldman_cousins toys: merge the summaries of one command"),
			m.getCancelReason());
	}

	/**
	 * Both scenarios in one file per shard; the density maps hold the toys below
	 * 1e5, so the first two of three 40,000-toy shards make the single run's
	 * map (the third holds 20,000 of them, the 80,000-toy shard's none).
	 */
	@Test
	void tuneComparisonShardsMergeToTheSingleRunBitForBit() throws Exception {
		shardsMergeToTheSingleRun(TuneComparisonCommand.class, N, new File(tmp,
			"tune"), "seed", 4L);
	}

	@Test
	void hypothesisTestShardsMergeToTheSingleRunBitForBit() throws Exception {
		final File shards = new File(tmp, "ht");
		shardsMergeToTheSingleRun(HypothesisTestCommand.class, 3000, shards,
			"model", SIGNAL, "x0", 0.0, "x1", 1.0, "seed", 5L);
		// a gap: merged only when allowed, saying how many toys are missing
		assertTrue(new File(shards, "shard-1.toys").delete());
		CommandModule m = run(MergeToysCommand.class, "summaries", shards.getPath());
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("summaries: 3000 toys (3000 .. 5999) are missing between "), m
			.getCancelReason());
		m = run(MergeToysCommand.class, "summaries", shards.getPath(), "allow_gaps", true);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(3000L, m.getOutput("missing_toys"));
		assertEquals(6000L, m.getOutput("toys"));
		// a shard of another x1: refused naming x1
		m = run(HypothesisTestCommand.class, "model", SIGNAL, "x0", 0.0, "x1", 2.0,
			"seed", 5L, "toys", 500L, "first_toy", 9000L, "save_summary", new File(
				shards, "x1.toys"));
		assertFalse(m.isCanceled(), m.getCancelReason());
		m = run(MergeToysCommand.class, "summaries", shards.getPath(), "allow_gaps", true);
		assertTrue(m.getCancelReason().matches("summaries: .*shard-0\\.toys and " +
			".*x1\\.toys come from different models or inputs: x1 1\\.0 vs 2\\.0 " +
			"\\(inputs_sha256 .*"), m.getCancelReason());
	}

	/**
	 * One folder per batch job (run-0/shard-0.toys, ...): a glob with wildcards
	 * in folder parts names every shard, and the merge is the single run, bit
	 * for bit; a folder part that matches nothing, or **, is one line.
	 */
	@Test
	void aGlobWithWildcardsInFoldersMergesShardsOfSeveralFolders()
		throws Exception
	{
		final long n = 3000;
		final CommandModule single = run(ToyExperimentsCommand.class, "toys", 3 *
			n, "seed", 5L, "threads", 1);
		assertFalse(single.isCanceled(), single.getCancelReason());
		for (int i = 0; i < 3; i++) {
			final CommandModule s = run(ToyExperimentsCommand.class, "toys", n,
				"first_toy", i * n, "seed", 5L, "threads", 1, "save_summary", new File(
					tmp, "run-" + i + "/shard-" + i + ".toys"));
			assertFalse(s.isCanceled(), s.getCancelReason());
		}
		// NB: not a shard: another file in a job's folder, and a folder of another name
		Files.write(new File(tmp, "run-0/log.txt").toPath(), new byte[] { 'x' });
		assertTrue(new File(tmp, "other").mkdir());
		for (final String glob : new String[] { "run-*/shard-*.toys",
			"run-?/*.toys", "*/shard-*.toys", "{run-0,run-1,run-2}/shard-*.toys" })
		{
			final CommandModule merged = run(MergeToysCommand.class, "summaries",
				tmp + File.separator + glob, "show_charts", false);
			assertFalse(merged.isCanceled(), glob + ": " + merged.getCancelReason());
			assertEquals(3, merged.getOutput("shards"), glob);
			final Map<String, Double> one = scalars(single), all = scalars(merged);
			for (final String k : SCALARS)
				assertEquals(one.get(k), all.get(k), glob + ": " + k);
			assertEquals(csv(single), csv(merged), glob);
		}
		// a comma-separated list of files, folders and globs names the same shards
		// (the command line's summaries=[a,b] arrives as a,b)
		final String list = tmp + "/run-0/shard-0.toys, " + tmp + "/run-1," + tmp +
			"/{run-2,other}/shard-*.toys";
		final CommandModule listed = run(MergeToysCommand.class, "summaries", list,
			"show_charts", false);
		assertFalse(listed.isCanceled(), listed.getCancelReason());
		assertEquals(3, listed.getOutput("shards"));
		assertEquals(csv(single), csv(listed));
		// a file listed twice, here by its folder and by its name, is one line
		final CommandModule twice = run(MergeToysCommand.class, "summaries", list +
			"," + tmp + "/run-1/shard-1.toys", "show_charts", false);
		assertEquals("summaries: lists " + tmp + "/run-1/shard-1.toys twice", twice
			.getCancelReason());
		CommandModule m = run(MergeToysCommand.class, "summaries", tmp +
			"/job-*/shard-*.toys", "show_charts", false);
		assertEquals("summaries: no file matches " + tmp + "/job-*/shard-*.toys",
			m.getCancelReason());
		m = run(MergeToysCommand.class, "summaries", tmp + "/**/shard-*.toys",
			"show_charts", false);
		assertEquals("summaries: ** (folders at any depth) is not supported in " +
			tmp + "/**/shard-*.toys; give one * per folder level, e.g. " +
			"runs/*/*.toys", m.getCancelReason());
	}

	@Test
	void threeShardsMergeToTheSingleRunBitForBit() throws Exception {
		// e_xsec_frac_err=0.9: some negative throws, so negative_count is merged too
		final CommandModule single = run(ToyExperimentsCommand.class, "toys", 3 *
			N, "seed", 7L, "threads", 2, "e_xsec_frac_err", 0.9);
		assertFalse(single.isCanceled(), single.getCancelReason());
		assertTrue(((Number) single.getOutput("negative_count")).longValue() > 0);
		final File shards = new File(tmp, "shards");
		assertTrue(shards.mkdir());
		for (int i = 0; i < 3; i++) {
			final CommandModule s = run(ToyExperimentsCommand.class, "toys", N,
				"first_toy", i * N, "seed", 7L, "threads", 1 + i % 2,
				"e_xsec_frac_err", 0.9, "save_summary", new File(shards, "shard-" + i +
					".toys"));
			assertFalse(s.isCanceled(), s.getCancelReason());
		}
		final File out = new File(tmp, "merged");
		final CommandModule merged = run(MergeToysCommand.class, "summaries",
			shards.getPath(), "output_dir", out, "show_charts", false);
		assertFalse(merged.isCanceled(), merged.getCancelReason());
		final Map<String, Double> one = scalars(single), all = scalars(merged);
		for (final String k : SCALARS)
			assertEquals(one.get(k), all.get(k), k);
		assertEquals(3, merged.getOutput("shards"));
		// the model, its inputs and the seed are the summaries': no model keys to show or accept
		for (final String k : new String[] { "model", "mu_exp", "e_obs", "seed" })
			assertEquals(null, merged.getInfo().getInput(k), k);
		assertEquals(3 * N, merged.getOutput("toys"));
		assertEquals(csv(single), csv(merged));
		// the merge's files are the run's: four tables, three charts as PNG and SVG
		assertEquals(10, out.list().length, Arrays.toString(out.list()));
		assertTrue(((ResultsCommand) merged.getDelegateObject()).outputNames()
			.containsAll(new ToyExperimentsCommand().outputNames()));
		windowsCopiesAndAMissingFirstShard(shards, N, single);

		// a gap: refused naming the files, or merged when allowed, saying how many are missing
		assertTrue(new File(shards, "shard-1.toys").delete());
		final File none = new File(tmp, "none");
		CommandModule m = run(MergeToysCommand.class, "summaries", shards
			.getPath() + "/*.toys", "output_dir", none);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("summaries: " + N + " toys (" +
			N + " .. " + (2 * N - 1) + ") are missing between "), m.getCancelReason());
		assertFalse(none.exists());
		m = run(MergeToysCommand.class, "summaries", shards.getPath(),
			"allow_gaps", true);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertEquals(N, m.getOutput("missing_toys"));
		assertEquals(2 * N, m.getOutput("toys"));

		// a duplicate: one line naming both files, nothing written
		Files.copy(new File(shards, "shard-0.toys").toPath(), new File(shards,
			"copy.toys").toPath(), StandardCopyOption.REPLACE_EXISTING);
		m = run(MergeToysCommand.class, "summaries", shards.getPath(),
			"output_dir", none);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().matches(
			"summaries: .*(shard-0|copy)\\.toys and .*(shard-0|copy)\\.toys are duplicates \\(both toys 0 \\.\\. " +
				(N - 1) + "\\)"), m.getCancelReason());
		assertFalse(none.exists());
	}

	@Test
	void summaryIsTheSameFileWhateverTheThreadsAndAllOrNothing() throws Exception {
		final File one = new File(tmp, "one.toys"), two = new File(tmp, "two.toys");
		CommandModule m = run(ToyExperimentsCommand.class, "toys", N, "seed", 3L,
			"threads", 1, "save_summary", one);
		assertFalse(m.isCanceled(), m.getCancelReason());
		m = run(ToyExperimentsCommand.class, "toys", N, "seed", 3L, "threads", 2,
			"save_summary", two);
		assertFalse(m.isCanceled(), m.getCancelReason());
		assertArrayEquals(Files.readAllBytes(one.toPath()), Files.readAllBytes(two
			.toPath()));

		// save_toys cannot be written: the run fails and leaves no summary either
		final File three = new File(tmp, "three.toys");
		final File aFile = new File(tmp, "a-file");
		Files.write(aFile.toPath(), new byte[] { 1 });
		m = run(ToyExperimentsCommand.class, "toys", N, "save_summary", three,
			"save_toys", new File(aFile, "t.npy"));
		assertTrue(m.isCanceled());
		assertFalse(three.exists());

		// a folder in the way: one line naming the key, before any toy
		m = run(ToyExperimentsCommand.class, "toys", N, "save_summary", tmp);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("save_summary: " + tmp +
			" is in the way"), m.getCancelReason());

	}
}
