package org.toycov.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A comma-separated list of files, as the keys {@code universes} and
 * {@code summaries} take it: {@code a.csv,b.csv} (the command line's and an
 * ImageJ macro's {@code [a.csv,b.csv]} arrives without its brackets). Items are
 * trimmed and empty ones dropped; a comma inside a glob's {@code {...}} or
 * {@code [...]} ({@code {run-0,run-1}/*.toys}) belongs to the glob.
 */
public final class FileList {

	private FileList() {}

	/** The items of a comma-separated list; none for null or blank text. */
	public static List<String> split(final String value) {
		final List<String> out = new ArrayList<>();
		if (value == null) return out;
		int depth = 0, start = 0;
		for (int i = 0; i <= value.length(); i++) {
			final char c = i < value.length() ? value.charAt(i) : ',';
			if (c == '{' || c == '[') depth++;
			else if ((c == '}' || c == ']') && depth > 0) depth--;
			else if (c == ',' && (depth == 0 || i == value.length())) {
				final String item = value.substring(start, i).trim();
				if (!item.isEmpty()) out.add(item);
				start = i + 1;
			}
		}
		return out;
	}
}
