package org.toycov.model;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * One JSON value of a model file: objects keep their keys in file order (a
 * repeated key keeps its first place and its last value, as Jackson's tree
 * does), numbers are doubles. {@link #parse(String)} reads a well-formed file
 * (strict RFC 8259 JSON, the language jackson-core accepts by default);
 * anything else is read again with jackson-core's streaming
 * {@link JsonParser} ({@link #read(JsonParser)}), whose messages name the
 * place and the cause. NB: not Jackson's databind tree, and jackson-core only
 * for a file with an error: their cold start (class loading and verification,
 * the first read in the interpreter) cost several times the whole analysis of
 * a 137-bin model (bench/INPUTS.md).
 */
final class Json {

	private enum Kind {
			OBJECT, ARRAY, NUMBER, STRING, BOOLEAN, NULL
	}

	private static final Json NULL = new Json(Kind.NULL, null, null, 0, "null");
	private static final Json TRUE = new Json(Kind.BOOLEAN, null, null, 1, "true");
	private static final Json FALSE = new Json(Kind.BOOLEAN, null, null, 0,
		"false");

	private final Kind kind;
	private final Map<String, Json> fields;
	private final List<Json> items;
	private final double number;
	/** A string's value, a number's text as Jackson's tree prints it. */
	private final String text;

	private Json(final Kind kind, final Map<String, Json> fields,
		final List<Json> items, final double number, final String text)
	{
		this.kind = kind;
		this.fields = fields;
		this.items = items;
		this.number = number;
		this.text = text;
	}

	/**
	 * The value that starts at the parser's current token (call
	 * {@code nextToken()} first).
	 */
	static Json read(final JsonParser p) throws IOException {
		final JsonToken t = p.currentToken();
		switch (t) {
			case START_OBJECT: {
				final Map<String, Json> m = new LinkedHashMap<>();
				for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p
					.nextToken())
				{
					final String key = p.currentName();
					p.nextToken();
					m.put(key, read(p));
				}
				return new Json(Kind.OBJECT, m, null, 0, null);
			}
			case START_ARRAY: {
				final List<Json> l = new ArrayList<>();
				for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p
					.nextToken())
					l.add(read(p));
				return new Json(Kind.ARRAY, null, l, 0, null);
			}
			case VALUE_NUMBER_INT: {
				final JsonParser.NumberType nt = p.getNumberType();
				final String s = nt == JsonParser.NumberType.BIG_INTEGER ? p
					.getBigIntegerValue().toString() : Long.toString(p.getLongValue());
				return new Json(Kind.NUMBER, null, null, finite(p), s);
			}
			case VALUE_NUMBER_FLOAT: {
				final double d = finite(p);
				return new Json(Kind.NUMBER, null, null, d, Double.toString(d));
			}
			case VALUE_STRING:
				return new Json(Kind.STRING, null, null, 0, p.getText());
			case VALUE_TRUE:
				return TRUE;
			case VALUE_FALSE:
				return FALSE;
			case VALUE_NULL:
				return NULL;
			default:
				throw new IllegalStateException("unexpected JSON token " + t);
		}
	}

	/**
	 * The parser's number as a double.
	 *
	 * @throws OutOfRange for a number beyond a double ({@code 1e400}), which
	 *           jackson-core (and python's json) read as Infinity
	 */
	private static double finite(final JsonParser p) throws IOException {
		final double d = p.getDoubleValue();
		if (Double.isFinite(d)) return d;
		final JsonLocation at = p.currentTokenLocation();
		throw new OutOfRange("number " + p.getText() + " is out of range (line " +
			at.getLineNr() + ", column " + at.getColumnNr() + "): a double holds " +
			"numbers up to ±" + Double.MAX_VALUE);
	}

	/**
	 * A number beyond a double in a model file: refused, where jackson-core
	 * and python's json read it as Infinity, which no model can use.
	 */
	static final class OutOfRange extends IOException {

		OutOfRange(final String message) {
			super(message);
		}
	}

	/**
	 * Parses well-formed JSON text; null if the text holds anything that is not
	 * strict JSON, or is empty (jackson-core then reads it and names the fault).
	 */
	static Json parse(final String text) {
		final Reader r = new Reader(text);
		try {
			r.blanks();
			final Json v = r.value(0);
			r.blanks();
			return r.at == text.length() ? v : null;
		}
		catch (final Malformed | IndexOutOfBoundsException exc) {
			return null;
		}
	}

	/** Not strict JSON: jackson-core reads the file again for its message. */
	private static final class Malformed extends Exception {

		Malformed() {
			super(null, null, false, false);
		}
	}

	/** A strict RFC 8259 reader over a string. */
	private static final class Reader {

		/** jackson-core's default limits are larger; a longer text falls back to it. */
		private static final int MAX_DEPTH = 500, MAX_TEXT = 50000;

		private final String s;
		private int at;

		Reader(final String s) {
			this.s = s;
		}

		void blanks() {
			while (at < s.length()) {
				final char c = s.charAt(at);
				if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
				at++;
			}
		}

		Json value(final int depth) throws Malformed {
			if (depth > MAX_DEPTH) throw new Malformed();
			final char c = s.charAt(at);
			if (c == '{') return object(depth);
			if (c == '[') return array(depth);
			if (c == '"') return new Json(Kind.STRING, null, null, 0, string());
			if (c == '-' || c >= '0' && c <= '9') return number();
			if (s.startsWith("true", at)) return literal(4, TRUE);
			if (s.startsWith("false", at)) return literal(5, FALSE);
			if (s.startsWith("null", at)) return literal(4, NULL);
			throw new Malformed();
		}

		private Json literal(final int length, final Json v) throws Malformed {
			at += length;
			// NB: "truex" is one bad token for jackson-core
			if (at < s.length() && Character.isJavaIdentifierPart(s.charAt(at)))
				throw new Malformed();
			return v;
		}

		private Json object(final int depth) throws Malformed {
			final Map<String, Json> m = new LinkedHashMap<>();
			at++;
			blanks();
			if (s.charAt(at) == '}') {
				at++;
				return new Json(Kind.OBJECT, m, null, 0, null);
			}
			while (true) {
				if (s.charAt(at) != '"') throw new Malformed();
				final String key = string();
				blanks();
				if (s.charAt(at++) != ':') throw new Malformed();
				blanks();
				m.put(key, value(depth + 1));
				blanks();
				final char c = s.charAt(at++);
				if (c == '}') return new Json(Kind.OBJECT, m, null, 0, null);
				if (c != ',') throw new Malformed();
				blanks();
			}
		}

		private Json array(final int depth) throws Malformed {
			final List<Json> l = new ArrayList<>();
			at++;
			blanks();
			if (s.charAt(at) == ']') {
				at++;
				return new Json(Kind.ARRAY, null, l, 0, null);
			}
			while (true) {
				l.add(value(depth + 1));
				blanks();
				final char c = s.charAt(at++);
				if (c == ']') return new Json(Kind.ARRAY, null, l, 0, null);
				if (c != ',') throw new Malformed();
				blanks();
			}
		}

		/** A string at {@code "}; its escapes decoded. */
		private String string() throws Malformed {
			final int start = ++at;
			StringBuilder sb = null;
			while (true) {
				final char c = s.charAt(at);
				if (c == '"') break;
				if (c < 0x20) throw new Malformed();
				if (c == '\\') {
					if (sb == null) sb = new StringBuilder().append(s, start, at);
					final char e = s.charAt(at + 1);
					at += 2;
					switch (e) {
						case '"': case '\\': case '/': sb.append(e); break;
						case 'b': sb.append('\b'); break;
						case 'f': sb.append('\f'); break;
						case 'n': sb.append('\n'); break;
						case 'r': sb.append('\r'); break;
						case 't': sb.append('\t'); break;
						case 'u':
							int u = 0;
							for (int k = 0; k < 4; k++)
								u = 16 * u + hex(s.charAt(at++));
							sb.append((char) u);
							break;
						default:
							throw new Malformed();
					}
					continue;
				}
				if (sb != null) sb.append(c);
				at++;
			}
			if (at - start > MAX_TEXT) throw new Malformed();
			final String v = sb == null ? s.substring(start, at) : sb.toString();
			at++;
			return v;
		}

		/**
		 * An ASCII hex digit's value. NB: not {@link Character#digit}, which
		 * also takes other scripts' digits (U+0660, U+FF10)
		 */
		private static int hex(final char c) throws Malformed {
			if (c >= '0' && c <= '9') return c - '0';
			if (c >= 'a' && c <= 'f') return c - 'a' + 10;
			if (c >= 'A' && c <= 'F') return c - 'A' + 10;
			throw new Malformed();
		}

		/** -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
		private Json number() throws Malformed {
			final int start = at;
			if (s.charAt(at) == '-') at++;
			if (s.charAt(at) == '0') at++;
			else if (digits() == 0) throw new Malformed();
			boolean integer = true;
			if (at < s.length() && s.charAt(at) == '.') {
				at++;
				integer = false;
				if (digits() == 0) throw new Malformed();
			}
			if (at < s.length() && (s.charAt(at) == 'e' || s.charAt(at) == 'E')) {
				at++;
				integer = false;
				if (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-'))
					at++;
				if (digits() == 0) throw new Malformed();
			}
			// NB: "1x" or "01" is one bad token for jackson-core
			if (at < s.length() && (Character.isJavaIdentifierPart(s.charAt(at)) || s
				.charAt(at) == '.' || s.charAt(at) == '-' || s.charAt(at) == '+'))
				throw new Malformed();
			if (at - start > 1000) throw new Malformed();
			final String t = s.substring(start, at);
			if (!integer) {
				final double d = DecimalParser.parse(t);
				// NB: beyond a double: jackson-core reads it again, for its place
				if (!Double.isFinite(d)) throw new Malformed();
				return new Json(Kind.NUMBER, null, null, d, Double.toString(d));
			}
			if (at - start < 19) {
				final long v = Long.parseLong(t);
				return new Json(Kind.NUMBER, null, null, v, Long.toString(v));
			}
			final BigInteger v = new BigInteger(t);
			if (!Double.isFinite(v.doubleValue())) throw new Malformed();
			final String text = v.bitLength() < 64 ? Long.toString(v.longValue()) : v
				.toString();
			return new Json(Kind.NUMBER, null, null, v.doubleValue(), text);
		}

		private int digits() {
			final int start = at;
			while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9')
				at++;
			return at - start;
		}
	}

	boolean isObject() {
		return kind == Kind.OBJECT;
	}

	boolean isArray() {
		return kind == Kind.ARRAY;
	}

	boolean isNumber() {
		return kind == Kind.NUMBER;
	}

	boolean isTextual() {
		return kind == Kind.STRING;
	}

	boolean isBoolean() {
		return kind == Kind.BOOLEAN;
	}

	boolean isNull() {
		return kind == Kind.NULL;
	}

	/** Items of an array; 0 for any other value. */
	int size() {
		return items == null ? 0 : items.size();
	}

	/** Item {@code i} of an array. */
	Json get(final int i) {
		return items.get(i);
	}

	/** The value of {@code key} in an object, or null. */
	Json get(final String key) {
		return fields == null ? null : fields.get(key);
	}

	/** An object's fields in file order (empty for any other value). */
	Map<String, Json> fields() {
		return fields == null ? Collections.emptyMap() : Collections
			.unmodifiableMap(fields);
	}

	double asDouble() {
		return number;
	}

	boolean asBoolean() {
		return kind == Kind.BOOLEAN && number != 0;
	}

	/** A string's value, or a number's or literal's text; null for an object or array. */
	String asText() {
		return text;
	}

	/** Compact JSON, as in messages ({@code "abc"}, {@code [1,2.5]}). */
	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder();
		write(sb);
		return sb.toString();
	}

	private void write(final StringBuilder sb) {
		switch (kind) {
			case OBJECT: {
				sb.append('{');
				boolean first = true;
				for (final Map.Entry<String, Json> e : fields.entrySet()) {
					if (!first) sb.append(',');
					first = false;
					quote(sb, e.getKey());
					sb.append(':');
					e.getValue().write(sb);
				}
				sb.append('}');
				break;
			}
			case ARRAY:
				sb.append('[');
				for (int i = 0; i < items.size(); i++) {
					if (i > 0) sb.append(',');
					items.get(i).write(sb);
				}
				sb.append(']');
				break;
			case STRING:
				quote(sb, text);
				break;
			default:
				sb.append(text);
		}
	}

	private static void quote(final StringBuilder sb, final String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			final char c = s.charAt(i);
			if (c == '"' || c == '\\') sb.append('\\').append(c);
			else if (c == '\n') sb.append("\\n");
			else if (c == '\t') sb.append("\\t");
			else if (c == '\r') sb.append("\\r");
			else if (c < 0x20) sb.append(String.format("\\u%04X", (int) c));
			else sb.append(c);
		}
		sb.append('"');
	}
}
