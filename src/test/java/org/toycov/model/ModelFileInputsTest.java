package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEPData tables, components and the parser's one-line messages. */
class ModelFileInputsTest {

	@TempDir
	File tmp;

	private File write(final String name, final String text) throws IOException {
		return TestFiles.write(tmp, name, text);
	}

	private String error(final File f) {
		final String msg = assertThrows(ModelException.class, () -> ModelFile.read(
			f)).getMessage();
		assertEquals(-1, msg.indexOf('\n'), msg);
		assertFalse(msg.contains("Feature"), msg);
		return msg.substring(("model file " + f.getPath()).length());
	}

	/** A HEPData spectrum table: three E_QE bins, columns Data and Prediction. */
	private static final String SPECTRUM = "independent_variables:\n" +
		"- header: {name: E_QE, units: MeV}\n" +
		"  values:\n  - {low: 200, high: 300}\n  - {low: 300, high: 475}\n" +
		"  - {low: 475, high: 1250}\n" + "dependent_variables:\n" +
		"- header: {name: Data}\n" +
		"  values:\n  - {value: 497}\n  - {value: 283}\n  - {value: 313}\n" +
		"- header: {name: Prediction}\n" +
		"  values:\n  - {value: 361.0}\n  - {value: 216.0}\n  - {value: 239.4}\n";

	/** A HEPData 2D table: row bin, column bin and the covariance, row by row. */
	private static String matrix(final double... v) {
		final StringBuilder s = new StringBuilder("independent_variables:\n" +
			"- header: {name: E_QE row, units: MeV}\n  values:\n");
		final int n = (int) Math.round(Math.sqrt(v.length));
		for (int k = 0; k < v.length; k++)
			s.append("  - {low: ").append(k / Math.max(n, 1)).append(", high: ").append(
				k / Math.max(n, 1) + 1).append("}\n");
		s.append("- header: {name: E_QE column, units: MeV}\n  values:\n");
		for (int k = 0; k < v.length; k++)
			s.append("  - {low: ").append(k % Math.max(n, 1)).append(", high: ")
				.append(k % Math.max(n, 1) + 1).append("}\n");
		s.append("dependent_variables:\n- header: {name: Covariance}\n  values:\n");
		for (final double x : v)
			s.append("  - {value: ").append(x).append("}\n");
		return s.toString();
	}

	private File hepModel(final String cov) throws IOException {
		return write("h.json", "{\"channels\": [{\"name\": \"nue\", " +
			"\"expected\": {\"hepdata\": \"spectrum.yaml\", \"column\": \"Prediction\"}, " +
			"\"observed\": {\"hepdata\": \"spectrum.yaml\", \"column\": \"Data\"}}], " +
			"\"systematics\": [{\"name\": \"sys\", \"cov\": " + cov + "}]}");
	}

	@Test
	void hepDataTablesGiveCountsEdgesAndMatrices() throws IOException {
		write("spectrum.yaml", SPECTRUM);
		write("cov.yaml", matrix(100, 10, 0, 10, 50, 5, 0, 5, 40));
		final Model m = ModelFile.read(hepModel("{\"hepdata\": \"cov.yaml\"}"));
		assertArrayEquals(new double[] { 361.0, 216.0, 239.4 }, m.expected(), 0);
		assertArrayEquals(new double[] { 497, 283, 313 }, m.observed(), 0);
		assertArrayEquals(new double[] { 200, 300, 475, 1250 }, m.binEdges("nue"), 0);
		assertEquals("E_QE (MeV)", m.binAxis("nue"));
		final Systematic s = m.systematics().get(0);
		assertTrue(s.isAbsolute());
		assertEquals(10, s.cov(0, 1), 0);
		assertEquals(5, s.cov(2, 1), 0);
	}

	@Test
	void badHepDataIsOneLine() throws IOException {
		write("spectrum.yaml", SPECTRUM);
		write("cov8.yaml", matrix(1, 0, 0, 0, 1, 0, 0, 0));
		write("cov4.yaml", matrix(1, 0, 0, 1));
		final File f = write("c.json", "{\"channels\": [{\"name\": \"nue\", " +
			"\"expected\": {\"hepdata\": \"spectrum.yaml\", \"column\": \"MC\"}}]}");
		assertTrue(error(f).endsWith("spectrum.yaml has no column \"MC\" (its " +
			"columns: Data, Prediction)"), error(f));
		assertTrue(error(hepModel("{\"hepdata\": \"cov8.yaml\"}")).endsWith(
			"cov8.yaml: the matrix has 8 values, not a square number (a 2D table " +
				"holds rows x columns values)"));
		assertTrue(error(hepModel("{\"hepdata\": \"cov4.yaml\"}")).endsWith(
			"cov4.yaml: the matrix has 4 values (2 x 2) but the model needs 3 x 3 = 9"));
	}

	@Test
	void parserMessagesNameTheCause() throws IOException {
		assertEquals(" is a folder, not a JSON file", error(tmp));
		assertTrue(error(write("nan.json",
			"{\"channels\": [{\"name\": \"e\", \"expected\": NaN}]}")).startsWith(
				" is not valid JSON: NaN and Infinity are not JSON numbers (give a " +
					"finite number) (line 1"));
		// python3's json.load reads 1e400 as inf, jackson-core as Infinity; a
		// model cannot use it: refused as written, at its place (non-ASCII text
		// is read by jackson-core from characters, so the column counts them;
		// the columns are python3's line.index(number) + 1)
		assertEquals(": number 1e400 is out of range (line 2, column 14): a double " +
			"holds numbers up to \u00b11.7976931348623157E308", error(write(
				"big.json", "{\"channels\": [\n{\"expected\": 1e400, \"name\": " +
					"\"e\"}]}")));
		assertEquals(": number -2" + "0".repeat(400) + " is out of range (line 1, " +
			"column 41): a double holds numbers up to \u00b11.7976931348623157E308",
			error(write("long.json", "{\"channels\": [{\"name\": \"\u00e9\", " +
				"\"expected\": -2" + "0".repeat(400) + "}]}")));
		assertTrue(error(write("comment.json",
			"{\"channels\": [ // the channels\n]}")).startsWith(
				" is not valid JSON: comments (// or /* */) are not JSON; remove them " +
					"or move the text into a \"description\" (line 1"));
		assertTrue(error(write("trail.json",
			"{\"channels\": [{\"name\": \"e\", \"expected\": 1}]} x")).startsWith(
				" is not valid JSON: text after the closing brace (line 1"));
		assertEquals(": unknown field \"sigal\" in channels[0].components[0] " +
			"(known: name, expected, signal, description)", error(write("u.json",
				"{\"channels\": [{\"name\": \"e\", \"components\": " +
					"[{\"name\": \"s\", \"expected\": 1, \"sigal\": true}]}]}")));
		assertEquals(": unknown field \"systematic\" in the top level (known: " +
			"channels, systematics, description)", error(write("t.json",
				"{\"channels\": [{\"name\": \"e\", \"expected\": 1}], \"systematic\": []}")));
		assertEquals(": channels[0].bin_edges must have 2 values (one more than its 1 bins), " +
			"got 3", error(write("e.json",
				"{\"channels\": [{\"name\": \"e\", \"expected\": 1, \"bin_edges\": [0, 1, 2]}]}")));
	}

	@Test
	void lowLevelParseErrorsAreOneCleanLine() throws IOException {
		// Jackson's own text would carry "[Source: REDACTED (`StreamReadFeature...".
		// Lines and columns count from 1; the column is the one after the last
		// character read.
		assertEquals(" ends too early (line 3, column 1): the array opened at " +
			"line 1, column 14 is never closed (a ] is missing)", error(write(
				"cut.json", "{\"channels\": [{\"name\": \"e\", \"expected\": 1},\n" +
					"  {\"name\": \"mu\", \"expected\": 2}\n")));
		assertEquals(" ends too early (line 1, column 30): an object is never " +
			"closed (a } is missing)", error(write("obj.json",
				"{\"channels\": [ {\"name\": \"e\", ")));
		assertEquals(" ends too early (line 1, column 26): a string is never closed " +
			"(a \" is missing)", error(write("str.json",
				"{\"channels\": [{\"name\": \"e")));
		assertEquals(" ends too early (line 1, column 5): a string is never closed " +
			"(a \" is missing)", error(write("key.json", "{\"ch")));
		assertEquals(" is not valid JSON: a string is not closed before its line " +
			"ends (a \" is missing; write a line break inside a string as \\n) " +
			"(line 2, column 12)", error(write("eol.json",
				"{\"channels\": [\n{\"name\": \"e\n}]}")));
		assertEquals(" is not valid JSON: Unexpected character '1': was expecting " +
			"a colon to separate field name and value (line 1, column 13)", error(
				write("colon.json", "{\"channels\" 1}")));
		assertEquals(" is not valid JSON: Unrecognized token 'tru': was expecting " +
			"(JSON String, Number, Array, Object or token 'null', 'true' or " +
			"'false') (line 1, column 53)", error(write("tok.json",
				"{\"channels\": [{\"name\": \"e\", \"expected\": 1, \"x\": tru}]}")));
		for (final String bad : new String[] { "{\"a\": [1 2]}", "{\"a\": 01}",
			"{\"a\": -}", "{\"a\": 1,,}", "{\"a\": \"x\u0001\"}" })
		{
			final String msg = error(write("bad.json", bad));
			assertTrue(msg.startsWith(" is not valid JSON: "), msg);
			assertTrue(msg.matches(".*\\(line 1, column \\d+\\)"), msg);
			assertFalse(msg.contains("Source") || msg.contains("REDACTED") || msg
				.contains("(code "), msg);
		}
	}
	@Test
	void nonAsciiCharactersControlCharactersAndLimitsAreNamedInPlace()
		throws IOException
	{
		// Places from python3's json.loads on the same texts: "Expecting value:
		// line 2 column 14" (U+2212), "line 1 column 41" (Arabic-Indic and
		// fullwidth digits); it names the escape at column 30, jackson-core the
		// first bad digit (31)
		assertEquals(" is not valid JSON: '\u2212' (U+2212 MINUS SIGN) cannot start " +
			"a value: write numbers with the ASCII characters - + . 0-9 e (line 2, " +
			"column 14)", error(write("minus.json",
				"{\"channels\": [{\"name\": \"e\",\n \"expected\": \u2212100}]}")));
		assertEquals(" is not valid JSON: '\u0661' (U+0661 ARABIC-INDIC DIGIT ONE) " +
			"cannot start a value: write numbers with the ASCII characters - + . " +
			"0-9 e (line 1, column 41)", error(write("arabic.json",
				"{\"channels\": [{\"name\": \"e\", \"expected\": \u0661\u0660\u0660}]}")));
		assertEquals(" is not valid JSON: '\uff11' (U+FF11 FULLWIDTH DIGIT ONE) " +
			"cannot start a value: write numbers with the ASCII characters - + . " +
			"0-9 e (line 1, column 41)", error(write("wide.json",
				"{\"channels\": [{\"name\": \"e\", \"expected\": \uff11\uff10\uff10}]}")));
		assertEquals(" is not valid JSON: '\u0660' (U+0660 ARABIC-INDIC DIGIT ZERO) " +
			"in a \\u escape: write its four hex digits with 0-9 and a-f (line 1, " +
			"column 31)", error(write("escape.json", "{\"channels\": [{\"name\": " +
				"\"expe\\u\u0660\u0660\u0666\u0663ted\", \"expected\": 1}]}")));
		// python3: "Expecting value: line 1 column 13" (the form feed);
		// jackson-core's column is the one after it
		assertEquals(" is not valid JSON: the control character 12 stands between " +
			"values, where only blanks, tabs and line breaks may (remove it) " +
			"(line 1, column 14)", error(write("ff.json",
				"{\"channels\":\f[{\"name\": \"e\", \"expected\": 1}]}")));
		// jackson-core's default limits (StreamReadConstraints): 1000 levels,
		// 1000 characters a number
		final String deep = "{\"channels\": " + "[".repeat(1000) + "]".repeat(
			1000) + "}";
		assertEquals(" is not valid JSON: arrays and objects are nested more than " +
			"1000 deep (line 1, column 1014)", error(write("deep.json", deep)));
		assertEquals(" is not valid JSON: a number is longer than 1000 characters " +
			"(line 1, column 1042)", error(write("long.json",
				"{\"channels\": [{\"name\": \"e\", \"expected\": 1" + "0".repeat(
					1000) + "}]}")));
		// python3: "Expecting value: line 1 column 40" (a no-break space)
		assertEquals(" is not valid JSON: '\u00a0' (U+00A0 NO-BREAK SPACE) is not a " +
			"blank in JSON: write a plain space (line 1, column 40)", error(write(
				"nbsp.json", "{\"channels\": [{\"name\": \"e\", \"expected\":\u00a01}]}")));
		// python3: bytes.decode("utf-8") raises "can't decode byte 0xe9 in
		// position 27"; jackson-core stops at the byte after it
		final File latin1 = new File(tmp, "latin1.json");
		Files.write(latin1.toPath(), "{\"channels\": [{\"name\": \"caf\u00e9\", \"expected\": 1}]}"
			.getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(" is not UTF-8 text (save it as UTF-8) (line 1, column 30)",
			error(latin1));
		// a byte order mark (python3: open(f, encoding="utf-8-sig")) and a
		// non-ASCII name are read
		final Model m = ModelFile.read(write("bom.json",
			"\ufeff{\"channels\": [{\"name\": \"\u00e9\", \"expected\": 2.5}]}"));
		assertArrayEquals(new double[] { 2.5 }, m.expected(), 0);
	}
}
