#!/usr/bin/env python3
"""Writes binned.json and binned_frac_cov.csv: the seed's two channels as 10-bin
spectra (ToyCov's binned sample model). Standard library only; rerun to regenerate.

Fractional covariance over the 20 bins (e_0..e_9, mu_0..mu_9), in the form SBNfit
and the Wire-Cell LEE code exchange, F_ij = Cov_ij / (N_i N_j):
  cross section: 10%, 70% a common normalization and 30% a smooth shape component
                 (a Gaussian kernel over the energy bins, 2 bins wide), fully shared
                 by the electron and muon spectra (the seed's xsec_corr = 1);
  muon reconstruction: 10%, uncorrelated bin to bin, muon bins only.
Both parts are positive semi-definite (a rank-one term, a Gaussian kernel, a diagonal).
"""
import json, math, os

here = os.path.dirname(os.path.abspath(__file__))
shape = [4, 9, 14, 16, 15, 13, 10, 8, 6, 5]          # sums to 100, the seed's e_exp
e_exp = [float(s) for s in shape]
mu_exp = [100.0 * s for s in shape]                 # sums to 10000, the seed's mu_exp
e_obs = [5, 8, 13, 17, 14, 12, 11, 7, 6, 4]          # a fixed "observation"
mu_obs = [370, 820, 1240, 1450, 1370, 1160, 910, 730, 540, 450]  # about 9% low overall
edges = [round(0.15 * i, 2) for i in range(11)]      # reconstructed energy, GeV

B = len(shape)
energy = list(range(B)) * 2
is_mu = [False] * B + [True] * B
F = [[0.0] * (2 * B) for _ in range(2 * B)]
for i in range(2 * B):
    for j in range(2 * B):
        k = math.exp(-((energy[i] - energy[j]) ** 2) / (2 * 2.0 ** 2))
        F[i][j] = 0.1 ** 2 * (0.7 + 0.3 * k)
        if i == j and is_mu[i]:
            F[i][j] += 0.1 ** 2

with open(os.path.join(here, "binned_frac_cov.csv"), "w") as f:
    f.write(",".join(["e_%d" % b for b in range(B)] + ["mu_%d" % b for b in range(B)]) + "\n")
    for row in F:
        f.write(",".join(repr(v) for v in row) + "\n")

model = {
    "description": "The seed's electron and muon channels as 10-bin spectra in reconstructed "
                   "energy (0-1.5 GeV); a 10% cross-section error shared by both spectra "
                   "(normalization plus shape) and a 10% bin-to-bin muon reconstruction error, "
                   "as a fractional covariance matrix in binned_frac_cov.csv. Made by make_binned.py.",
    "channels": [
        {"name": "e", "bin_edges": edges, "expected": e_exp, "observed": e_obs},
        {"name": "mu", "bin_edges": edges, "expected": mu_exp, "observed": mu_obs},
    ],
    "systematics": [
        {"name": "xsec_reco", "frac_cov": "binned_frac_cov.csv"},
    ],
}
with open(os.path.join(here, "binned.json"), "w") as f:
    json.dump(model, f, indent=2)
    f.write("\n")
