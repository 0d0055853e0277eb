package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** The comma-separated file lists of universes and summaries. */
class FileListTest {

	@Test
	void itemsAreTrimmedAndEmptyOnesDropped() {
		assertEquals(Arrays.asList("a.toys", "b.toys"), FileList.split(
			" a.toys , b.toys,,"));
		assertEquals(Collections.singletonList("shards"), FileList.split("shards"));
		assertEquals(Collections.emptyList(), FileList.split(" "));
		assertEquals(Collections.emptyList(), FileList.split(null));
	}

	@Test
	void aCommaInsideAGlobsBracesOrBracketsBelongsToTheGlob() {
		assertEquals(Arrays.asList("{run-0,run-1}/*.toys", "x[,]y.toys", "c.toys"),
			FileList.split("{run-0,run-1}/*.toys,x[,]y.toys,c.toys"));
	}
}
