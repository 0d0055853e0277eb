package org.toycov.service;

import java.io.File;
import java.util.List;
import java.util.function.Function;

import org.scijava.service.Service;
import org.toycov.analysis.ConstraintStudy;
import org.toycov.analysis.FeldmanCousinsConfig;
import org.toycov.analysis.FeldmanCousinsResult;
import org.toycov.analysis.GoodnessOfFitResult;
import org.toycov.analysis.HypothesisTestResult;
import org.toycov.analysis.SignalFitGrid;
import org.toycov.analysis.SignalFitResult;
import org.toycov.analysis.ModelDescription;
import org.toycov.analysis.ToyExperiment;
import org.toycov.analysis.ToyOptions;
import org.toycov.analysis.TuneComparison;
import org.toycov.model.Model;
import org.toycov.stats.Chi2Scan;
import org.toycov.stats.ShapeNormDecomposition;
import org.toycov.stats.UniverseCovariance;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySink;

/**
 * The one service ToyCov's commands call: a model description in, finished
 * results out. It holds no state; the math lives in the model, stats, toys
 * and analysis layers.
 */
public interface ToyCovService extends Service {

	/** The model a description names: its model file, or the seed's model of its ten keys. */
	Model model(ModelDescription description);

	/**
	 * Total, systematic, inverse and correlation matrices, chi-square and
	 * p-value, with the statistical term {@code stat} (pearson, neyman, cnp).
	 */
	CovarianceResult covariance(Model model, String stat);

	/** Chi-square over {@code np.arange(min, max, step)} of one channel's count. */
	Chi2Scan scan(Model model, String channel, double min, double max,
		double step, String stat);

	/**
	 * Conditional constraint of {@code constrained} (a channel, a bin or a
	 * binned channel) by the observed counts of every other bin, beside the
	 * original and naively tuned predictions.
	 */
	default ConstraintStudy.Result constrain(Model model, String constrained) {
		return constrain(model, constrained, "pearson");
	}

	/**
	 * As {@link #constrain(Model, String)} with the statistical term
	 * {@code stat} (pearson, neyman, cnp) in the constraining bins and the
	 * constrained chi-square.
	 */
	ConstraintStudy.Result constrain(Model model, String constrained,
		String stat);

	/** The model's systematic covariance split into shape, normalisation and mixed parts. */
	ShapeNormDecomposition decomposition(Model model);

	/**
	 * Covariances of one or more sources of universes around a central value
	 * ({@code mode}: multisim, unisim, minmax), streamed file by file.
	 */
	UniverseCovariance universeCovariance(File centralValue,
		List<File> universes, String mode);

	/**
	 * Pseudo-experiments of the model, summarised.
	 *
	 * @param sink the raw counts' destination (a {@code save_toys} file), or null
	 * @throws java.util.concurrent.CancellationException if progress cancels
	 */
	ToyExperiment.Result toyExperiment(Model model, ToyExperiment.Slice slice,
		ToyOptions options, ToyProgress progress, ToySink sink);

	/**
	 * The seed's "to tune or not to tune" study.
	 *
	 * @throws java.util.concurrent.CancellationException if a progress cancels
	 */
	TuneComparison.Result tuneComparison(Model model,
		TuneComparison.Settings settings, ToyOptions options,
		Function<String, ToyProgress> progress);

	// -- Interpretation (issue 12): the signal strength x of the components marked "signal": true --

	/**
	 * Fit of the signal strength on {@code grid}: chi2(x) with the covariance rebuilt
	 * at every x, the statistical term {@code stat} (pearson, cnp), after the
	 * conditional constraint of {@code constrained} (a channel, binned channel or bin)
	 * by the other bins, or none for null.
	 */
	SignalFitResult signalFit(Model model, String stat, String constrained,
		SignalFitGrid grid);

	/**
	 * The Feldman-Cousins construction on {@code grid}, toys {@code firstToy ..
	 * firstToy + toys - 1} at each strength.
	 *
	 * @throws java.util.concurrent.CancellationException if progress cancels
	 */
	FeldmanCousinsResult feldmanCousins(Model model, String stat,
		String constrained, SignalFitGrid grid, FeldmanCousinsConfig config,
		long firstToy, ToyProgress progress);

	/**
	 * The test of strength {@code x0} against {@code x1} with {@code toys} toys
	 * under each, from {@code first_toy}.
	 *
	 * @throws java.util.concurrent.CancellationException if progress cancels
	 */
	HypothesisTestResult hypothesisTest(Model model, String stat,
		String constrained, double x0, double x1, ToyOptions options,
		ToyProgress progress);

	/**
	 * The goodness-of-fit decomposition of the chi-square at strength {@code x},
	 * after the conditional constraint of {@code constrained} (as for
	 * {@link #signalFit}) by the other bins, or of every bin for null.
	 */
	GoodnessOfFitResult goodnessOfFit(Model model, String stat,
		String constrained, double x);
}
