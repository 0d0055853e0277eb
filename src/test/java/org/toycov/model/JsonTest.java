package org.toycov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.junit.jupiter.api.Test;

/**
 * The model file's own JSON reader against jackson-core, the reference: on
 * every text, valid or broken, it gives jackson-core's tree or declines
 * (null), so that jackson-core reads the file again and names the fault; it
 * never accepts a text jackson-core rejects.
 */
class JsonTest {

	private static final JsonFactory JACKSON = new JsonFactory();

	/**
	 * What jackson-core's tree of a text would be where it accepts a number
	 * beyond a double (as Infinity): the one documented difference, ToyCov
	 * refuses such a number.
	 */
	private static final Json OUT_OF_RANGE = Json.parse("\"out of range\"");

	/**
	 * jackson-core's tree of the text, or null if it rejects the text or it is
	 * empty, or {@link #OUT_OF_RANGE} if it accepts it and reads a number of it
	 * as an infinity.
	 */
	private static Json jackson(final String text) throws IOException {
		// NB: jackson-core alone first, token by token, for its verdict
		try (JsonParser p = JACKSON.createParser(text)) {
			JsonToken t = p.nextToken();
			if (t == null) return null;
			boolean infinite = false;
			for (int depth = 0;; t = p.nextToken()) {
				if (t.isStructStart()) depth++;
				else if (t.isStructEnd()) depth--;
				else if (t.isNumeric() && !Double.isFinite(p.getDoubleValue()))
					infinite = true;
				if (depth == 0) break;
			}
			if (p.nextToken() != null) return null;
			if (infinite) return OUT_OF_RANGE;
		}
		catch (final JsonProcessingException exc) {
			return null;
		}
		try (JsonParser p = JACKSON.createParser(text)) {
			p.nextToken();
			return Json.read(p);
		}
	}

	/** Kinds, texts and numbers (bit for bit) alike. */
	private static void assertSame(final Json want, final Json got,
		final String text)
	{
		assertEquals(want.toString(), got.toString(), text);
		final List<Double> a = new ArrayList<>(), b = new ArrayList<>();
		numbers(want, a);
		numbers(got, b);
		assertEquals(a, b, text);
	}

	private static void numbers(final Json v, final List<Double> out) {
		if (v.isNumber()) out.add(v.asDouble());
		for (int i = 0; i < v.size(); i++)
			numbers(v.get(i), out);
		for (final Map.Entry<String, Json> e : v.fields().entrySet())
			numbers(e.getValue(), out);
	}

	/** Either the reference tree, or null where jackson-core rejects the text. */
	private static void check(final String text) throws IOException {
		final Json ref = jackson(text);
		final Json got = Json.parse(text);
		if (ref == null) assertNull(got, text);
		else if (ref == OUT_OF_RANGE) {
			// NB: declined, and refused when jackson-core reads it again
			assertNull(got, text);
			try (JsonParser p = JACKSON.createParser(text)) {
				p.nextToken();
				assertTrue(assertThrows(Json.OutOfRange.class, () -> Json.read(p))
					.getMessage().matches("number \\S+ is out of range \\(line \\d+, " +
						"column \\d+\\): .*"), text);
			}
		}
		else if (got != null) assertSame(ref, got, text);
	}

	@Test
	void sampleModelsAreReadAsJacksonReadsThem() throws IOException {
		int files = 0;
		for (final File dir : new File[] { new File("sample-data"), new File(
			"sample-data/miniboone-2018") })
			for (final File f : dir.listFiles((d, n) -> n.endsWith(".json"))) {
				final String text = new String(Files.readAllBytes(f.toPath()),
					StandardCharsets.UTF_8);
				final Json got = Json.parse(text);
				assertNotNull(got, f.getPath());
				assertSame(jackson(text), got, f.getPath());
				files++;
			}
		assertEquals(7, files, "sample models");
	}

	@Test
	void edgeCasesAgreeWithJackson() throws IOException {
		final String[] cases = { "{}", "[]", " {\"a\" : [ ] } ", "[-0]", "[-0.0]",
			"[1e5]", "[1E+5]", "[2.5e-3]", "[1.0e-400]", "[1e999]", "[-1e999]",
			"[9223372036854775807]", "[9223372036854775808]",
			"[-9223372036854775808]", "[123456789012345678901234567890]",
			"[0.1000000000000000055511151231257827]", "[1.7976931348623157e308]",
			"[1.7976931348623158e308]", "[1.7976931348623159e308]",
			"[-1.7976931348623159e308]", "[1" + zeros(308) + "]", "[1" + zeros(309) +
				"]", "[-1" + zeros(309) + "]", "[1" + zeros(309) + ".0]", "[1e999,]", "[\"\\u00e9\\n\\\"\\/\\\\\"]",
			"[\"\\ud83d\\ude00\"]", "[\"é ☃ 😀\"]", "{\"a\":1,\"a\":2}", "[1,]",
			"[01]", "[1.]", "[.5]", "[-]", "[+1]", "[1e]", "[1e+]", "[0x10]",
			"[tru]", "[true1]", "[truex]", "[true.]", "[nulls]", "[null,false,true]",
			"{\"a\":1,}", "{\"a\" 1}", "{'a':1}", "{a:1}", "[NaN]", "[Infinity]",
			"[-Infinity]", "// c\n{}", "/* c */{}", "#c\n{}", "{} x", "{} {}", "",
			"   ", "\uFEFF{}", "[\"a\tb\"]", "[\"a\nb\"]", "[\"\\x\"]", "[\"\\u12\"]",
			"{\"a\":[1 2]}", "{\"a\":1,,}", "[1]]", "[[1]", "{\"a\"}", "{:1}",
			"[\u00a01]", "[1\u000b]", "\"s\"", "1", "-", "[1e5.5]", "[1-2]" };
		for (final String c : cases)
			check(c);
		final StringBuilder deep = new StringBuilder();
		for (int i = 0; i < 600; i++)
			deep.append('[');
		for (int i = 0; i < 600; i++)
			deep.append(']');
		check(deep.toString());
	}

	private static String zeros(final int n) {
		final StringBuilder sb = new StringBuilder();
		for (int i = 0; i < n; i++)
			sb.append('0');
		return sb.toString();
	}

	/**
	 * The documented difference: jackson-core reads 1e999 as Infinity (and
	 * python3's json.loads("[1e999]") gives [inf]); ToyCov refuses a number
	 * beyond a double, at its line and column, as it stands in the file.
	 * Double.MAX_VALUE is 1.7976931348623157e308; ...158e308 rounds down to it,
	 * ...159e308 up to Infinity (python3: float("1.7976931348623158e308") ==
	 * sys.float_info.max, float("1.7976931348623159e308") == inf).
	 */
	@Test
	void aNumberBeyondADoubleIsRefusedWhereJacksonReadsInfinity()
		throws IOException
	{
		assertEquals(Double.MAX_VALUE, Json.parse("[1.7976931348623158e308]").get(
			0).asDouble(), 0);
		for (final String text : new String[] { "[1e999]", "[-1e999]",
			"[1.7976931348623159e308]", "[1" + zeros(309) + "]" })
		{
			assertEquals(OUT_OF_RANGE, jackson(text), text);
			assertNull(Json.parse(text), text);
		}
		final String text = "{\"channels\": [\n  {\"name\": \"e\", \"expected\": 1e400}]}";
		try (JsonParser p = JACKSON.createParser(text)) {
			p.nextToken();
			assertEquals("number 1e400 is out of range (line 2, column 29): a " +
				"double holds numbers up to \u00b11.7976931348623157E308",
				assertThrows(Json.OutOfRange.class, () -> Json.read(p)).getMessage());
		}
	}

	@Test
	void unicodeEscapesTakeOnlyAsciiHexDigits() throws IOException {
		// python3: json.loads('"expe\\u0063ted"') gives 'expected' and
		// json.loads('"\\u00E9\\u00e9"') 'éé'; with Arabic-Indic (U+0660...) or
		// fullwidth (U+FF10...) digits in the escape it raises JSONDecodeError
		// "Invalid \\uXXXX escape", and jackson-core rejects them too
		assertEquals("expected", Json.parse("\"expe\\u0063ted\"").asText());
		assertEquals("\u00e9\u00e9", Json.parse("\"\\u00E9\\u00e9\"").asText());
		for (final String bad : new String[] {
			"\"expe\\u\u0660\u0660\u0666\u0663ted\"",
			"\"x\\u\uff10\uff10\uff16\uff13\"", "\"x\\u00\u0665\u0669\"",
			"{\"a\": \"\\u\u00b9234\"}" })
		{
			assertNull(jackson(bad), bad);
			assertNull(Json.parse(bad), bad);
		}
	}

	@Test
	void randomlyBrokenModelsAreNeverAcceptedWhereJacksonRejectsThem()
		throws IOException
	{
		final String model = new String(Files.readAllBytes(new File(
			"sample-data/three-channel.json").toPath()), StandardCharsets.UTF_8);
		final String alphabet = "{}[],:\"\\ \t\n\r0123456789eE.+-tfnulrsaxu/#\u0001é";
		final SplittableRandom rng = new SplittableRandom(11);
		for (int k = 0; k < 5000; k++) {
			final StringBuilder sb = new StringBuilder(model);
			for (int m = 1 + rng.nextInt(2); m > 0 && sb.length() > 0; m--) {
				final int at = rng.nextInt(sb.length());
				final char c = alphabet.charAt(rng.nextInt(alphabet.length()));
				switch (rng.nextInt(4)) {
					case 0: sb.deleteCharAt(at); break;
					case 1: sb.insert(at, c); break;
					case 2: sb.setCharAt(at, c); break;
					default: sb.setLength(at);
				}
			}
			check(sb.toString());
		}
	}
}
