package org.toycov.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * One JSON value of a model file, read with jackson-core's streaming
 * {@link JsonParser}: objects keep their keys in file order (a repeated key
 * keeps its first place and its last value, as Jackson's tree does), numbers
 * are doubles. NB: not Jackson's databind tree, whose cold start (class
 * loading and the JIT of its first read) cost several times the whole
 * analysis of a 137-bin model (bench/INPUTS.md).
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
				return new Json(Kind.NUMBER, null, null, p.getDoubleValue(), s);
			}
			case VALUE_NUMBER_FLOAT: {
				final double d = p.getDoubleValue();
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
