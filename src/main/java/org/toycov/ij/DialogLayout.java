package org.toycov.ij;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scijava.module.ModuleItem;

/**
 * The order of a dialog's fields: everyday fields first, in the command's
 * order; the expert ones ({@code first_toy}, {@code threads},
 * {@code negative}, {@code save_summary}) last, under an "Advanced" heading. The macro keys and
 * the recorder's order do not change.
 */
final class DialogLayout {

	/** Inputs most users leave at their defaults. */
	static final List<String> EXPERT = Arrays.asList("threads", "negative",
		"first_toy", "save_summary");

	/** The heading above the expert fields. */
	static final String ADVANCED =
		"Advanced (the defaults suit most runs):";

	private DialogLayout() {}

	/** {@code inputs} with the expert ones moved to the end. */
	static List<ModuleItem<?>> order(final List<ModuleItem<?>> inputs) {
		final List<ModuleItem<?>> out = new ArrayList<>(), expert =
			new ArrayList<>();
		for (final ModuleItem<?> item : inputs)
			(EXPERT.contains(item.getName()) ? expert : out).add(item);
		out.addAll(expert);
		return out;
	}

	/** True where the "Advanced" heading goes: before the first expert field. */
	static boolean headingBefore(final List<ModuleItem<?>> ordered,
		final int i)
	{
		return EXPERT.contains(ordered.get(i).getName()) && (i == 0 || !EXPERT
			.contains(ordered.get(i - 1).getName()));
	}

	/**
	 * The width in columns of a text field: 18 for text (lists, names), 10 for
	 * the rest (numbers), or the {@code columns} of its {@code @Parameter} when
	 * that is wider (a path: Merge Toys' {@code summaries}).
	 */
	static int textColumns(final ModuleItem<?> item) {
		return Math.max(item.getType() == String.class ? 18 : 10, item
			.getColumnCount());
	}
}
