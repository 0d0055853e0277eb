package org.toycov.service;

import java.io.File;

import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;
import org.toycov.model.Model;
import org.toycov.model.ModelFile;
import org.toycov.model.SeedModel;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.Chi2Scan;
import org.toycov.stats.Constraint;
import org.toycov.stats.Covariances;
import org.toycov.stats.NaiveTune;
import org.toycov.stats.StatTerm;
import org.toycov.model.ModelException;
import org.toycov.toys.NpyWriter;
import org.toycov.toys.ToyConfig;
import org.toycov.toys.ToyEngine;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySink;
import org.toycov.toys.ToySummary;

/** Default {@link ToyCovService}: delegates to the plain-Java layers. */
@Plugin(type = Service.class)
public class DefaultToyCovService extends AbstractService implements
	ToyCovService
{

	@Override
	public Model model(final File modelFile, final double mu_exp,
		final double e_exp, final double mu_xsec_frac_err,
		final double e_xsec_frac_err, final double xsec_corr,
		final double mu_reco_frac_err, final double e_reco_frac_err,
		final double reco_corr, final double mu_obs, final double e_obs)
	{
		if (modelFile != null && !modelFile.getPath().isEmpty()) {
			return ModelFile.read(modelFile);
		}
		return SeedModel.of(mu_exp, e_exp, mu_xsec_frac_err, e_xsec_frac_err,
			xsec_corr, mu_reco_frac_err, e_reco_frac_err, reco_corr, mu_obs, e_obs);
	}

	@Override
	public CovarianceResult covariance(final Model m, final String stat) {
		final StatTerm term = StatTerm.of(stat);
		if (term.usesObserved() && !m.hasObserved()) throw new ModelException(
			"stat=" + stat + " needs observed counts");
		final double[][] total = Covariances.total(m, term);
		final ChiSquare chi = new ChiSquare(total, m.channels());
		final int ndf = ChiSquare.ndf(m.size());
		final double chi2 = m.hasObserved() ? chi.chi2(m.expected(), m.observed())
			: Double.NaN;
		final double p = m.hasObserved() ? ChiSquare.pValue(chi2, ndf) : Double.NaN;
		return new CovarianceResult(m.channels(), total, Covariances.systematic(m),
			chi.inverse(), Covariances.correlation(total), chi2, ndf, p);
	}

	@Override
	public Chi2Scan scan(final Model m, final String channel, final double min,
		final double max, final double step, final String stat)
	{
		return Chi2Scan.scan(m, m.indexOf("scan_channel", channel), min, max, step,
			StatTerm.of(stat));
	}

	@Override
	public Constraint constrain(final Model m, final String constrained) {
		final int[] y = m.binsOf("constrained", constrained);
		if (y.length == m.size()) throw new ModelException("constrained must " +
			"leave at least one channel to constrain it, got " + constrained +
			", every channel of the model");
		return Constraint.of(m, y, complement(m, y));
	}

	/** The index of a channel or of one bin; a binned channel is an error. */
	private static int oneBin(final Model m, final String key,
		final String name)
	{
		return m.indexOf(key, name);
	}

	/** Every bin of the model not in {@code y}. */
	private static int[] complement(final Model m, final int[] y) {
		final boolean[] in = new boolean[m.size()];
		for (final int i : y)
			in[i] = true;
		final int[] x = new int[m.size() - y.length];
		for (int i = 0, k = 0; i < m.size(); i++)
			if (!in[i]) x[k++] = i;
		return x;
	}

	@Override
	public Model naiveTune(final Model m, final String constrained) {
		return NaiveTune.of(m, complement(m, m.binsOf("constrained", constrained)));
	}

	@Override
	public ToyConfig.Builder toyConfig(final Model m, final String sliceChannel,
		final String targetChannel)
	{
		if (sliceChannel.equals(targetChannel)) throw new ModelException(
			"target_channel must differ from slice_channel, got " + sliceChannel +
				" for both");
		final ToyConfig.Builder b = ToyConfig.builder().mean(m.expected()).sysCov(
			Covariances.systematic(m)).names(m.channels()).sliceChannel(oneBin(m,
				"slice_channel", sliceChannel)).targetChannel(oneBin(m,
					"target_channel", targetChannel));
		final ChiSquare chi = new ChiSquare(Covariances.total(m), m.channels());
		b.chi2(m.expected(), chi.inverse(), m.hasObserved() ? chi.chi2(m
			.expected(), m.observed()) : Double.NaN);
		return b;
	}

	@Override
	public ToySummary throwToys(final ToyConfig config,
		final ToyProgress progress, final File saveToys)
	{
		final ToySink sink = saveToys == null || saveToys.getPath().isEmpty()
			? null : new NpyWriter(saveToys.toPath());
		return new ToyEngine().run(config, progress, sink);
	}
}
