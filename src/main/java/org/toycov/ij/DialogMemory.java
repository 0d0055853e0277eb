package org.toycov.ij;

import org.toycov.frontend.HelpText;
import org.toycov.frontend.Inputs;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;

/**
 * The values of each command's last successful run from its dialog, in this
 * session, so its dialog opens with them again, as ImageJ dialogs do. A
 * failed, invalid or canceled attempt is never remembered; nothing is stored
 * on disk, so macros and scripts always start from the defaults.
 */
final class DialogMemory {

	private static final Map<String, Map<String, String>> LAST =
		new ConcurrentHashMap<>();

	private DialogMemory() {}

	/** The values of the last successful run of {@code title}, or an empty map. */
	static Map<String, String> last(final String title) {
		final Map<String, String> v = LAST.get(title);
		return v == null ? Collections.emptyMap() : new LinkedHashMap<>(v);
	}

	/** Remembers {@code values} after a successful run of {@code title}. */
	static void remember(final String title, final Map<String, String> values) {
		LAST.put(title, new LinkedHashMap<>(values));
	}

	/**
	 * A message about an input, for a dialog: its leading key becomes the
	 * field's label with the key, {@code "Cross-section correlation
	 * (xsec_corr) must be within [-1, 1], got 1.5"}.
	 */
	static String withLabel(final ModuleInfo info, final String message) {
		if (message == null) return "";
		for (final ModuleItem<?> item : Inputs.userInputs(info)) {
			final String key = item.getName();
			if (message.startsWith(key + " ") || message.startsWith(key + ":"))
				return HelpText.label(item) + " (" + key + ")" + message.substring(key
					.length());
		}
		return message;
	}
}
