package org.toycov.service;

import java.io.File;
import java.util.List;
import java.util.function.Function;

import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;
import org.toycov.analysis.ConstraintStudy;
import org.toycov.analysis.FeldmanCousins;
import org.toycov.analysis.FeldmanCousinsConfig;
import org.toycov.analysis.FeldmanCousinsResult;
import org.toycov.analysis.GoodnessOfFit;
import org.toycov.analysis.GoodnessOfFitResult;
import org.toycov.analysis.HypothesisTest;
import org.toycov.analysis.HypothesisTestResult;
import org.toycov.analysis.SignalFit;
import org.toycov.analysis.SignalFitGrid;
import org.toycov.analysis.SignalFitResult;
import org.toycov.analysis.SignalModel;
import org.toycov.analysis.ModelDescription;
import org.toycov.analysis.ToyExperiment;
import org.toycov.analysis.ToyOptions;
import org.toycov.analysis.TuneComparison;
import org.toycov.model.Model;
import org.toycov.model.ModelException;
import org.toycov.stats.ChiSquare;
import org.toycov.stats.Chi2Scan;
import org.toycov.stats.Covariances;
import org.toycov.stats.ShapeNormDecomposition;
import org.toycov.stats.UniverseCovariance;
import org.toycov.stats.StatTerm;
import org.toycov.toys.ToyProgress;
import org.toycov.toys.ToySink;

/** Default {@link ToyCovService}: delegates to the plain-Java layers. */
@Plugin(type = Service.class)
public class DefaultToyCovService extends AbstractService implements
	ToyCovService
{

	@Override
	public Model model(final ModelDescription description) {
		return description.build();
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
	public ConstraintStudy.Result constrain(final Model m,
		final String constrained, final String stat)
	{
		return ConstraintStudy.of(m, constrained, StatTerm.of(stat));
	}

	@Override
	public ShapeNormDecomposition decomposition(final Model m) {
		return ShapeNormDecomposition.of(m);
	}

	@Override
	public UniverseCovariance universeCovariance(final File centralValue,
		final List<File> universes, final String mode)
	{
		return UniverseCovariance.read(centralValue, universes,
			UniverseCovariance.Mode.of(mode));
	}

	@Override
	public ToyExperiment.Result toyExperiment(final Model m,
		final ToyExperiment.Slice slice, final ToyOptions options,
		final ToyProgress progress, final ToySink sink)
	{
		return ToyExperiment.run(m, slice, options, progress, sink);
	}

	@Override
	public TuneComparison.Result tuneComparison(final Model m,
		final TuneComparison.Settings settings, final ToyOptions options,
		final Function<String, ToyProgress> progress)
	{
		return TuneComparison.run(m, settings, options, progress);
	}

	// -- Interpretation (issue 12) --

	/** The signal model of {@code m}, after the constraint of {@code constrained} unless it is null. */
	private static SignalModel signalModel(final Model m, final String stat,
		final String constrained)
	{
		final SignalModel s = SignalModel.of(m, stat);
		return constrained == null ? s : s.constrained(m.binsOf("constrained",
			constrained));
	}

	@Override
	public SignalFitResult signalFit(final Model m, final String stat,
		final String constrained, final SignalFitGrid grid)
	{
		return SignalFit.fit(signalModel(m, stat, constrained), grid);
	}

	@Override
	public FeldmanCousinsResult feldmanCousins(final Model m, final String stat,
		final String constrained, final SignalFitGrid grid,
		final FeldmanCousinsConfig config, final long firstToy,
		final ToyProgress progress)
	{
		return FeldmanCousins.run(signalModel(m, stat, constrained), grid, config,
			firstToy, progress);
	}

	@Override
	public HypothesisTestResult hypothesisTest(final Model m, final String stat,
		final String constrained, final double x0, final double x1,
		final ToyOptions options, final ToyProgress progress)
	{
		return HypothesisTest.result(HypothesisTest.counts(signalModel(m, stat,
			constrained), x0, x1, options.firstToy(), options.toys(), options.seed(),
			options.threads(), options.negative(), progress));
	}

	@Override
	public GoodnessOfFitResult goodnessOfFit(final Model m, final String stat,
		final String constrained, final double x)
	{
		return GoodnessOfFit.of(signalModel(m, stat, constrained), x);
	}
}
