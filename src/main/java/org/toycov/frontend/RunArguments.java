package org.toycov.frontend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the option string of {@code --run "Title" "key=value,..."} and of an
 * ImageJ macro's {@code run("Title", "key=value ...")}: pairs separated by
 * commas or spaces; a value may be quoted ({@code stat="cnp"}) or, as the
 * macro recorder writes paths, bracketed ({@code model=[my model.json]}). A
 * bare {@code key} means {@code key=true}.
 */
public final class RunArguments {

	private RunArguments() {}

	public static Map<String, String> parse(final String options) {
		final Map<String, String> out = new LinkedHashMap<>();
		if (options == null) return out;
		final String s = options.trim();
		int i = 0;
		while (i < s.length()) {
			while (i < s.length() && (s.charAt(i) == ',' || Character.isWhitespace(s
				.charAt(i))))
				i++;
			if (i >= s.length()) break;
			final int keyStart = i;
			while (i < s.length() && s.charAt(i) != '=' && s.charAt(i) != ',' &&
				!Character.isWhitespace(s.charAt(i)))
				i++;
			final String key = s.substring(keyStart, i);
			if (i >= s.length() || s.charAt(i) != '=') {
				put(out, key, "true");
				continue;
			}
			i++; // '='
			final String value;
			if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s
				.charAt(i) == '['))
			{
				final char close = s.charAt(i) == '[' ? ']' : s.charAt(i);
				final int end = s.indexOf(close, i + 1);
				if (end < 0) throw new IllegalArgumentException(key +
					": missing closing " + close + " in " + s.substring(keyStart));
				value = s.substring(i + 1, end);
				i = end + 1;
			}
			else {
				final int start = i;
				while (i < s.length() && s.charAt(i) != ',' && !Character.isWhitespace(s
					.charAt(i)))
					i++;
				value = s.substring(start, i);
			}
			put(out, key, value);
		}
		return out;
	}

	private static void put(final Map<String, String> out, final String key,
		final String value)
	{
		if (key.isEmpty()) throw new IllegalArgumentException(
			"a value has no key: =" + value);
		if (out.containsKey(key)) throw new IllegalArgumentException(key +
			" is given twice");
		out.put(key, value);
	}
}
