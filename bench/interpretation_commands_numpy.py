"""Independent numpy reference for InterpretationCommandsTest: sample-data/binned-signal.json.

Written from the definitions (README "Interpretation (math layer)"): mu(x) = b + x s per
channel bin, C(x) = F o mu(x) mu(x)^T + diag(mu(x)) (pearson), chi2 with np.linalg.solve;
after the constraint of e by mu: d_Y - C_YX C_XX^-1 d_X against C_YY - C_YX C_XX^-1 C_XY.
Minimum by golden section, Wilks ends by bisection; goodness of fit by np.linalg.eigh.
Run: python3 bench/interpretation_commands_numpy.py  (prints the numbers the test pastes)
"""
import csv
import json

import numpy as np

from eigh_numpy import eigh_decreasing

d = json.load(open("sample-data/binned-signal.json"))
b, s, n = [], [], []
for c in d["channels"]:
    n += c["observed"]
    bg = np.zeros(len(c["observed"]))
    sg = np.zeros(len(c["observed"]))
    for comp in c["components"]:
        (sg if comp.get("signal") else bg)[:] += comp["expected"]
    b += list(bg)
    s += list(sg)
b, s, n = np.array(b), np.array(s), np.array(n, float)
rows = list(csv.reader(open("sample-data/binned_frac_cov.csv")))
F = np.array([[float(v) for v in r] for r in rows[1:]])
E, MU = np.arange(10), np.arange(10, 20)


def cov(x):
    mu = b + x * s
    return F * np.outer(mu, mu) + np.diag(mu), mu


def chi2(x):
    c, mu = cov(x)
    r = n - mu
    return r @ np.linalg.solve(c, r)


def chi2_constrained(x):
    c, mu = cov(x)
    r = n - mu
    k = c[np.ix_(E, MU)] @ np.linalg.inv(c[np.ix_(MU, MU)])
    dy = r[E] - k @ r[MU]
    cy = c[np.ix_(E, E)] - k @ c[np.ix_(MU, E)]
    return dy @ np.linalg.solve(cy, dy)


def golden(f, lo, hi):
    g = (5 ** 0.5 - 1) / 2
    for _ in range(200):
        a, bb = hi - g * (hi - lo), lo + g * (hi - lo)
        if f(a) < f(bb):
            hi = bb
        else:
            lo = a
    return 0.5 * (lo + hi)


def root(f, lo, hi):
    for _ in range(200):
        m = 0.5 * (lo + hi)
        if (f(lo) > 0) == (f(m) > 0):
            lo = m
        else:
            hi = m
    return 0.5 * (lo + hi)


for name, f in (("pearson", chi2), ("constrained e", chi2_constrained)):
    xb = golden(f, 0, 3)
    fm = f(xb)
    print(name, "x_best", repr(xb), "chi2_min", repr(fm), "chi2(0)", repr(f(0.0)), "chi2(1)", repr(f(1.0)))
    print(name, "wilks 1 sigma", repr(root(lambda x: f(x) - fm - 1, 0, xb)), repr(root(lambda x: f(x) - fm - 1, xb, 3)))

def decomposition(v, d):
    """eigh of v, eigenvalues decreasing, each eigenvector's largest entry positive; epsilon of d."""
    lam, q = eigh_decreasing(v)
    return lam, q, (q.T @ d) / np.sqrt(lam)


c, mu = cov(0.0)
lam, q, eps = decomposition(c, n - mu)
print("gof x=0 chi2", repr(chi2(0.0)), "lambda0", repr(lam[0]), "epsilon0", repr(eps[0]), "max|epsilon|",
      repr(np.max(np.abs(eps))))
print("gof eigenvector0", repr(list(q[:, 0])))

# Goodness of Fit with constrained=e at x = 1: the decomposition of C_YY - C_YX C_XX^-1 C_XY (Y = e, X = mu)
c, mu = cov(1.0)
r = n - mu
k = c[np.ix_(E, MU)] @ np.linalg.inv(c[np.ix_(MU, MU)])
dy = r[E] - k @ r[MU]
cy = c[np.ix_(E, E)] - k @ c[np.ix_(MU, E)]
lam, q, eps = decomposition(cy, dy)
print("gof constrained e x=1 chi2", repr(float(dy @ np.linalg.solve(cy, dy))), "lambda0", repr(float(lam[0])),
      "epsilon0", repr(float(eps[0])), "eigenvector0[3]", repr(float(q[3, 0])))
