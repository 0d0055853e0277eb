package org.toycov.analysis;

import java.io.File;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.toycov.model.Model;
import org.toycov.model.ModelFile;
import org.toycov.model.SeedModel;

/**
 * What a model is made from: a JSON model file, or the seed's two-channel
 * model from its ten keys ({@link #SEED_KEYS}), each set by its name.
 */
public final class ModelDescription {

	/** The seed's ten keys, which a model file replaces. */
	public static final List<String> SEED_KEYS = Collections.unmodifiableList(
		Arrays.asList("mu_exp", "e_exp", "mu_xsec_frac_err", "e_xsec_frac_err",
			"xsec_corr", "mu_reco_frac_err", "e_reco_frac_err", "reco_corr", "mu_obs",
			"e_obs"));

	private final File file;
	private final Map<String, Double> keys = new LinkedHashMap<>();

	private ModelDescription(final File file) {
		this.file = file;
	}

	/** The model of a JSON model file. */
	public static ModelDescription file(final File file) {
		if (file == null || file.getPath().isEmpty()) throw new IllegalArgumentException(
			"model: no file given");
		return new ModelDescription(file);
	}

	/** The seed's model; set each of its ten keys with {@link #set}. */
	public static ModelDescription seedKeys() {
		return new ModelDescription(null);
	}

	/** Sets one of the seed's keys ({@code mu_exp}, ...). */
	public ModelDescription set(final String key, final double value) {
		if (file != null) throw new IllegalArgumentException("model replaces " +
			"the ten keys of the seed's model; give the model file or the keys, " +
			"not both (got model and " + key + ")");
		if (!SEED_KEYS.contains(key)) throw new IllegalArgumentException(key +
			" is not one of the seed's keys " + SEED_KEYS);
		keys.put(key, value);
		return this;
	}

	/** The model file, or null for the seed's keys. */
	public File modelFile() {
		return file;
	}

	/** The model: the file read, or the seed's model of the ten keys. */
	public Model build() {
		if (file != null) return ModelFile.read(file);
		for (final String k : SEED_KEYS)
			if (!keys.containsKey(k)) throw new IllegalArgumentException(
				"the seed's model needs " + k + ", got none");
		return SeedModel.of(keys.get("mu_exp"), keys.get("e_exp"), keys.get(
			"mu_xsec_frac_err"), keys.get("e_xsec_frac_err"), keys.get("xsec_corr"),
			keys.get("mu_reco_frac_err"), keys.get("e_reco_frac_err"), keys.get(
				"reco_corr"), keys.get("mu_obs"), keys.get("e_obs"));
	}
}
