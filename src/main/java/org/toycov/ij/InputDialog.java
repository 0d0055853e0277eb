package org.toycov.ij;

import org.toycov.frontend.HelpText;
import java.awt.Checkbox;
import java.awt.Choice;
import java.awt.Component;
import java.awt.Scrollbar;
import java.awt.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Vector;

import ij.gui.GenericDialog;
import ij.gui.NonBlockingGenericDialog;

import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;
import org.toycov.frontend.Inputs;

/**
 * An ImageJ 1 {@link GenericDialog} generated from a command's
 * {@code @Parameter} annotations: the label of each input, its bounds beside
 * a numeric field, a slider for {@code style = "slider"}, a choice for
 * {@code choices}, file and folder fields with a browse button, a checkbox
 * for a switch; every description, key and default behind the Help button.
 * Muon/electron pairs of the model ({@code mu_exp}, {@code e_exp}, ...) share
 * a row, so the tallest dialog fits a 768-pixel screen.
 */
public final class InputDialog {

	private final CommandInfo info;
	private final GenericDialog gd;
	private final List<ModuleItem<?>> items = new ArrayList<>();
	private final List<Component> fields = new ArrayList<>();

	/** A dialog for {@code info}, its fields holding {@code values}. */
	public InputDialog(final CommandInfo info, final Map<String, String> values,
		final boolean nonBlocking)
	{
		this.info = info;
		gd = nonBlocking ? new NonBlockingGenericDialog(info.getTitle())
			: new GenericDialog(info.getTitle());
		TimeEstimate.addTo(this, info, values);
		final List<ModuleItem<?>> inputs = DialogLayout.order(Inputs.userInputs(
			info));
		for (int i = 0; i < inputs.size(); i++) {
			final ModuleItem<?> item = inputs.get(i);
			if (DialogLayout.headingBefore(inputs, i)) gd.addMessage(
				DialogLayout.ADVANCED);
			else if (i > 0 && pairs(inputs.get(i - 1), item)) gd.addToSameRow();
			add(item, values.getOrDefault(item.getName(), ""), values.get("model"));
		}
		ChannelChoices.follow(this);
		gd.addHelp(help(info, values));
	}

	/** True for {@code mu_<x>} followed by {@code e_<x>}. */
	private static boolean pairs(final ModuleItem<?> a, final ModuleItem<?> b) {
		return a.getName().startsWith("mu_") && b.getName().equals("e_" + a
			.getName().substring(3));
	}

	private void add(final ModuleItem<?> item, final String value,
		final String model)
	{
		final String label = label(item);
		final String style = item.getWidgetStyle() == null ? "" : item
			.getWidgetStyle();
		List<String> choices = Inputs.choices(item);
		if (choices.isEmpty() && ChannelChoices.isChannel(item)) {
			final List<String> names = ChannelChoices.of(item, model);
			if (names != null) choices = names;
		}
		final Component field;
		if (Inputs.isNumber(item)) {
			final Object lo = item.getMinimumValue(), hi = item.getMaximumValue();
			if (style.contains("slider") && lo instanceof Number &&
				hi instanceof Number)
			{
				final Object step = item.getStepSize();
				final double min = ((Number) lo).doubleValue();
				final double max = ((Number) hi).doubleValue();
				gd.addSlider(label, min, max, parse(value, min), step instanceof Number
					? ((Number) step).doubleValue() : Inputs.isWhole(item) ? 1 : (max -
						min) / 100);
				// NB: ImageJ sizes a slider's field for short numbers; 13000 needs more
				final java.awt.TextField tf = (java.awt.TextField) last(gd
					.getNumericFields());
				tf.setColumns(Math.max(tf.getColumns(), 7));
			}
			else gd.addNumericField(label, parse(value, 0), 0, 10, Inputs.bounds(
				item));
			field = last(gd.getNumericFields());
			((TextField) field).setText(value);
		}
		else if (item.getType() == boolean.class || item
			.getType() == Boolean.class)
		{
			gd.addCheckbox(label, Boolean.parseBoolean(value));
			field = last(gd.getCheckboxes());
		}
		else if (!choices.isEmpty()) {
			gd.addChoice(label, choices.toArray(new String[0]), choices.contains(
				value) ? value : choices.get(0));
			field = last(gd.getChoices());
		}
		else if (item.getType() == java.io.File.class) {
			if (style.contains("directory")) gd.addDirectoryField(label, value, 24);
			else gd.addFileField(label, value, 24);
			field = last(gd.getStringFields());
		}
		else {
			// NB: a text input (the confidence levels cl) shows a list; numbers fit 10 columns
			gd.addStringField(label, value, DialogLayout.textColumns(item));
			field = last(gd.getStringFields());
		}
		items.add(item);
		fields.add(field);
	}

	private static double parse(final String v, final double otherwise) {
		try {
			return Double.parseDouble(v);
		}
		catch (final NumberFormatException exc) {
			return otherwise;
		}
	}

	private static Component last(final Vector<?> v) {
		return (Component) v.get(v.size() - 1);
	}

	/** The label of an input: its {@code label}, else its key. */
	public static String label(final ModuleItem<?> item) {
		return HelpText.label(item);
	}

	/** Shows the dialog; false when canceled. */
	public boolean show() {
		gd.showDialog();
		return gd.wasOKed();
	}

	public GenericDialog dialog() {
		return gd;
	}

	/** The values in the fields now, as text, by key. */
	public Map<String, String> values() {
		final Map<String, String> out = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++)
			out.put(items.get(i).getName(), text(fields.get(i)));
		return out;
	}

	/** The input whose field is (or drives) {@code source}, or null. */
	public ModuleItem<?> itemOf(final Object source) {
		for (int i = 0; i < items.size(); i++)
			if (fields.get(i) == source) return items.get(i);
		if (source instanceof Scrollbar && gd.getSliders() != null) {
			// NB: a slider drives the numeric field added with it.
			final int s = gd.getSliders().indexOf(source);
			int seen = -1;
			for (int i = 0; i < items.size(); i++) {
				final String style = items.get(i).getWidgetStyle();
				if (style != null && style.contains("slider") && fields.get(
					i) instanceof TextField && ++seen == s) return items.get(i);
			}
		}
		return null;
	}

	/** The inputs of the dialog's fields, in the dialog's order. */
	List<ModuleItem<?>> items() {
		return java.util.Collections.unmodifiableList(items);
	}

	/** The field of {@code item}. */
	Component field(final ModuleItem<?> item) {
		return fields.get(items.indexOf(item));
	}

	/** The text of the field of {@code item}. */
	public String text(final ModuleItem<?> item) {
		return text(fields.get(items.indexOf(item)));
	}

	private static String text(final Component c) {
		if (c instanceof TextField) return ((TextField) c).getText().trim();
		if (c instanceof Choice) return ((Choice) c).getSelectedItem();
		if (c instanceof Checkbox) return String.valueOf(((Checkbox) c)
			.getState());
		return "";
	}

	/** Help: what the command computes, every input and output ({@link HelpText}). */
	static String help(final CommandInfo info, final Map<String, String> values) {
		return HelpPage.html(info, values);
	}
}
