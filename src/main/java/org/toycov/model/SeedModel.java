package org.toycov.model;

import java.util.Arrays;

/**
 * The seed notebook's two-channel model, built from its ten keys. Channel 0 is
 * the electron channel {@code e} and channel 1 the muon channel {@code mu}, the
 * order of the seed's matrices.
 */
public final class SeedModel {

	public static final String E = "e";
	public static final String MU = "mu";

	private SeedModel() {}

	/**
	 * The seed's {@code mcov_total} / {@code chi2} inputs (cell 3). Pass
	 * {@code Double.NaN} for both observations to build a model without them.
	 */
	public static Model of(final double mu_exp, final double e_exp,
		final double mu_xsec_frac_err, final double e_xsec_frac_err,
		final double xsec_corr, final double mu_reco_frac_err,
		final double e_reco_frac_err, final double reco_corr, final double mu_obs,
		final double e_obs)
	{
		final String[] names = { E, MU };
		final double[] exp = { e_exp, mu_exp };
		final double[] obs = Double.isNaN(mu_obs) && Double.isNaN(e_obs) ? null
			: new double[] { e_obs, mu_obs };
		return new Model(names, exp, Arrays.asList(//
			twoChannel("xsec", e_xsec_frac_err, mu_xsec_frac_err, xsec_corr), //
			twoChannel("reco", e_reco_frac_err, mu_reco_frac_err, reco_corr)), obs);
	}

	private static Systematic twoChannel(final String name, final double eFrac,
		final double muFrac, final double rho)
	{
		return new Systematic(name, new double[] { eFrac, muFrac },
			new double[][] { { 1, rho }, { rho, 1 } });
	}
}
