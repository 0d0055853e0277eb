package org.toycov.service;

import java.io.File;

import org.scijava.service.Service;
import org.toycov.model.Model;
import org.toycov.stats.Chi2Scan;
import org.toycov.stats.Constraint;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySummary;

/**
 * The one service ToyCov's commands call: models in, statistics out. It holds
 * no state; the math lives in the model, stats and toys layers.
 */
public interface ToyCovService extends Service {

	/**
	 * The model a command works on: the model file when one is given, else the
	 * seed's two-channel model from its ten keys.
	 */
	Model model(File modelFile, double mu_exp, double e_exp,
		double mu_xsec_frac_err, double e_xsec_frac_err, double xsec_corr,
		double mu_reco_frac_err, double e_reco_frac_err, double reco_corr,
		double mu_obs, double e_obs);

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
	 * binned channel) by the observed counts of every other bin.
	 */
	Constraint constrain(Model model, String constrained);

	/**
	 * The seed's naive tuning of every expectation by the observed total of
	 * every bin not in {@code constrained}.
	 */
	Model naiveTune(Model model, String constrained);

	/**
	 * A toy run of the model, ready for options: expected counts, systematic
	 * covariance, slice and target channels, and (when the model has
	 * observations) the per-toy chi-square against the total covariance.
	 */
	ToyConfig.Builder toyConfig(Model model, String sliceChannel,
		String targetChannel);

	/**
	 * Throws the toys; writes them to {@code saveToys} (a {@code .npy} file)
	 * unless it is null.
	 *
	 * @throws java.util.concurrent.CancellationException if progress cancels
	 */
	ToySummary throwToys(ToyConfig config, ToyProgress progress, File saveToys);
}
