package org.toycov.frontend;

import java.io.File;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.toycov.outputs.Chart;
import org.toycov.outputs.Results;
import org.toycov.outputs.Table;

/** What a finished run made, as both front ends read it. */
public final class RunOutputs {

	private RunOutputs() {}

	/** The scalar outputs (numbers, text, switches) by name, in order; unset ones left out. */
	public static Map<String, Object> scalars(final Module module) {
		final Map<String, Object> out = new LinkedHashMap<>();
		for (final ModuleItem<?> item : module.getInfo().outputs()) {
			final Object v = module.getOutput(item.getName());
			if (v instanceof Number || v instanceof String || v instanceof Boolean)
				out.put(item.getName(), v);
		}
		final Object d = module.getDelegateObject();
		if (d instanceof Results) out.putAll(((Results) d).namedScalars());
		return out;
	}

	/** The tables a ToyCov command made, or none. */
	public static List<Table> tables(final Module module) {
		final Object d = module.getDelegateObject();
		return d instanceof Results ? ((Results) d).tables() : Collections
			.emptyList();
	}

	/** The charts a ToyCov command made, or none. */
	public static List<Chart> charts(final Module module) {
		final Object d = module.getDelegateObject();
		return d instanceof Results ? ((Results) d).charts() : Collections
			.emptyList();
	}

	/** The warnings of a ToyCov command's run, or none. */
	public static List<String> warnings(final Module module) {
		final Object d = module.getDelegateObject();
		return d instanceof Results ? ((Results) d).warnings() : Collections
			.emptyList();
	}

	/** A file input, or null when it is not given. */
	public static File file(final Module module, final String key) {
		if (module.getInfo().getInput(key) == null) return null;
		final Object v = module.getInput(key);
		return v instanceof File && !((File) v).getPath().isEmpty() ? (File) v
			: null;
	}
}
