package org.toycov.ij;

import java.awt.Choice;
import java.awt.Component;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scijava.module.ModuleItem;
import org.toycov.frontend.Inputs;
import org.toycov.model.Model;
import org.toycov.model.ModelFile;
import org.toycov.model.SeedModel;

/**
 * The channel fields of a dialog ({@code scan_channel}, {@code slice_channel},
 * {@code target_channel}, {@code constrained}) as choices of the model's
 * names: the seed's {@code e} and {@code mu} without a model file, else the
 * channels and bins of the file (and, for {@code constrained}, its binned
 * channels); the choices follow the model field as it changes. A model file
 * that cannot be read leaves the choices as they are (running then says why).
 */
final class ChannelChoices {

	private static final List<String> KEYS = Arrays.asList("scan_channel",
		"slice_channel", "target_channel", "constrained");

	private ChannelChoices() {}

	/** True for an input that names a channel of the model. */
	static boolean isChannel(final ModuleItem<?> item) {
		return KEYS.contains(item.getName()) && item.getType() == String.class;
	}

	/**
	 * The names {@code item} may take for the model file {@code model} ("" for
	 * the seed's model), as the commands accept them ({@link Model#indexOf}):
	 * scalar channels and single bins, and for {@code constrained} also the
	 * binned channels; never a name the model refuses (a value typed for
	 * another model, e.g. the seed's {@code e}); null if the file cannot be
	 * read.
	 */
	static List<String> of(final ModuleItem<?> item, final String model) {
		final boolean noFile = model == null || model.trim().isEmpty();
		final List<String> out = new ArrayList<>();
		if (item.getInfo() != null && item.getInfo().is(Inputs.SIGNAL_MODEL)) {
			// NB: no seed model here: constrained starts at its default, none, and
			// lists the file's names once there is a file
			if ("constrained".equals(item.getName())) out.add(Inputs.NO_CONSTRAINT);
			if (noFile) return out;
		}
		final Model m;
		try {
			m = noFile ? SeedModel.of(10000, 100,
				0.1, 0.1, 1, 0.1, 0, 0, 9000, 100) : ModelFile.read(new File(model
					.trim()));
		}
		catch (final RuntimeException exc) {
			return null;
		}
		if ("constrained".equals(item.getName())) out.addAll(m.groups().keySet());
		out.addAll(Arrays.asList(m.channels()));
		return out;
	}

	/** Makes the channel choices of {@code d} follow its model field. */
	static void follow(final InputDialog d) {
		d.dialog().addDialogListener((gd, e) -> {
			if (e == null) return true;
			final ModuleItem<?> changed = d.itemOf(e.getSource());
			if (changed == null || !"model".equals(changed.getName())) return true;
			boolean resized = false;
			for (final ModuleItem<?> item : d.items()) {
				final Component c = d.field(item);
				if (!isChannel(item) || !(c instanceof Choice)) continue;
				final Choice choice = (Choice) c;
				final String now = choice.getSelectedItem();
				final List<String> names = of(item, d.text(changed));
				if (names == null || names.equals(items(choice))) continue;
				choice.removeAll();
				for (final String n : names)
					choice.add(n);
				if (names.contains(now)) choice.select(now);
				resized = true;
			}
			// NB: AWT sizes a Choice for its items when laid out: nue_10 whole, not "nu..."
			if (resized) {
				gd.invalidate();
				gd.pack();
			}
			return true;
		});
	}

	private static List<String> items(final Choice c) {
		final List<String> out = new ArrayList<>();
		for (int i = 0; i < c.getItemCount(); i++)
			out.add(c.getItem(i));
		return out;
	}
}
