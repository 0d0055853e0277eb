"""Independent numpy reference for SignalModelTest: a small model file with components
(one marked "signal": true) and three kinds of systematic source (a fractional covariance
over the channel bins, one over the component bins, an absolute covariance over the channel
bins), and the signal-strength chi-square from the definitions of issue 12:

  mu(x) = P (b + x s);  C(x) = P (F_comp o m m^T) P^T + F_chan o mu mu^T + C_abs + diag(stat),
  m = b + x s;  chi2(x) = (n - mu)^T C^-1 (n - mu)  (np.linalg.solve).

Run: python3 bench/signal_model_numpy.py   (prints the model file and the numbers the test pastes)
"""
import json

import numpy as np

rng = np.random.default_rng(2026)
sig = [2.0, 5.0, 1.5]
nue_bkg = [10.0, 20.0, 15.0]
numu = [100.0, 200.0, 150.0]
obs = [14.0, 27.0, 0.0, 95.0, 210.0, 140.0]


def psd(k, scale):
    g = rng.normal(size=(k, k + 2)) * scale
    return np.round(g @ g.T / (k + 2), 6)


f_chan = psd(6, 0.12)
f_comp = psd(9, 0.1)
c_abs = psd(6, 1.5)
model = {
    "channels": [
        {"name": "nue", "observed": obs[:3], "components": [
            {"name": "lee", "expected": sig, "signal": True},
            {"name": "bkg", "expected": nue_bkg}]},
        {"name": "numu", "observed": obs[3:], "components": [
            {"name": "ccqe", "expected": numu}]}],
    "systematics": [
        {"name": "flux", "frac_cov": f_chan.tolist()},
        {"name": "xsec", "frac_cov": f_comp.tolist()},
        {"name": "det", "cov": c_abs.tolist()}]}
print(json.dumps(model))

b = np.array([0.0] * 3 + nue_bkg + numu)
s = np.array(sig + [0.0] * 6)
collapse = [0, 1, 2, 0, 1, 2, 3, 4, 5]
p = np.zeros((6, 9))
p[collapse, np.arange(9)] = 1
n = np.array(obs)


def cov_total(x, stat):
    m = b + x * s
    mu = p @ m
    c = p @ (f_comp * np.outer(m, m)) @ p.T + f_chan * np.outer(mu, mu) + c_abs
    if stat == "pearson":
        v = mu
    else:
        v = np.where(n == 0, mu / 2, 3 / (1 / np.where(n == 0, 1, n) + 2 / mu))
    return mu, c + np.diag(v)


def chi2(x, stat):
    mu, c = cov_total(x, stat)
    d = n - mu
    return float(d @ np.linalg.solve(c, d))


def chi2_constrained(x, stat, y=(0, 1, 2), xs=(3, 4, 5)):
    """TLee's Minimization_Lee_strength_FullCov after the constraint: Y = nue, X = numu."""
    mu, c = cov_total(x, stat)
    y, xs = list(y), list(xs)
    k = c[np.ix_(y, xs)] @ np.linalg.inv(c[np.ix_(xs, xs)])
    mean = mu[y] + k @ (n[xs] - mu[xs])
    cov = c[np.ix_(y, y)] - k @ c[np.ix_(xs, y)]
    d = n[y] - mean
    return float(d @ np.linalg.solve(cov, d))


def golden_min(fn, lo=0.0, hi=3.0):
    g = np.linspace(lo, hi, 3001)
    i = int(np.argmin([fn(v) for v in g]))
    a, bb = g[max(0, i - 1)], g[min(len(g) - 1, i + 1)]
    for _ in range(200):
        u, w = a + 0.382 * (bb - a), a + 0.618 * (bb - a)
        if fn(u) < fn(w):
            bb = w
        else:
            a = u
    return (a + bb) / 2


for stat in ("pearson", "cnp"):
    print(stat, [repr(chi2(x, stat)) for x in (0.0, 0.5, 1.0, 2.5)])
for stat in ("pearson", "cnp"):
    xb = golden_min(lambda v: chi2_constrained(v, stat))
    print("constrained nue by numu", stat, [repr(chi2_constrained(x, stat)) for x in (0.0, 0.5, 1.0, 2.5)],
          "x_best", repr(xb), "chi2_min", repr(chi2_constrained(xb, stat)))
# bins nue_0 and numu_1 constrained by the other four (X depends on x, Y is not contiguous)
for stat in ("pearson", "cnp"):
    fn = lambda v: chi2_constrained(v, stat, (0, 4), (1, 2, 3, 5))
    xb = golden_min(fn)
    print("constrained nue_0, numu_1", stat, [repr(fn(x)) for x in (0.0, 0.5, 1.0, 2.5)],
          "x_best", repr(xb), "chi2_min", repr(fn(xb)))

# sample-data/binned-signal.json: frac_cov over the 20 channel bins (binned_frac_cov.csv), pearson
import csv
import os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d = json.load(open(os.path.join(root, "sample-data", "binned-signal.json")))
with open(os.path.join(root, "sample-data", "binned_frac_cov.csv")) as f:
    fb = np.array([[float(v) for v in r] for r in list(csv.reader(f))[1:]])
e, mu_ch = d["channels"]
bkg = np.array(e["components"][0]["expected"] + mu_ch["components"][0]["expected"])
sg = np.array(e["components"][1]["expected"] + [0.0] * 10)
nb = np.array(e["observed"] + mu_ch["observed"], dtype=float)


def chi2_of(x, n):
    m = bkg + x * sg
    c = fb * np.outer(m, m) + np.diag(m)
    r = n - m
    return float(r @ np.linalg.solve(c, r))


def chi2_binned(x):
    return chi2_of(x, nb)


xs = np.linspace(0, 3, 3001)
i = int(np.argmin([chi2_binned(x) for x in xs]))
lo, hi = xs[max(0, i - 1)], xs[min(3000, i + 1)]
for _ in range(200):  # golden section
    a, b2 = lo + 0.382 * (hi - lo), lo + 0.618 * (hi - lo)
    if chi2_binned(a) < chi2_binned(b2):
        hi = b2
    else:
        lo = a
print("binned-signal chi2(0)", repr(chi2_binned(0.0)), "chi2(1)", repr(chi2_binned(1.0)),
      "x_best", repr((lo + hi) / 2), "chi2_min", repr(chi2_binned((lo + hi) / 2)))


# FeldmanCousinsGridTest: the toys' fit error on a grid. For each fit strength x_k (the
# grid 0, x_step, .., x_max extended by a quarter of its points, at least 3) the Asimov
# data mu(x_k) has chi-square 0 at x_k; the fit takes the parabola through x_k and its
# neighbours (at the grid's ends the three end points), whose vertex counts only at
# x >= 0. Its dip below 0 is the fit's own error there.
def fit_errors(x_max, x_step):
    points = int(round(x_max / x_step)) + 1
    xs = [i * x_step for i in range(points + max(3, points // 4))]
    out = []
    for k, xk in enumerate(xs):
        n = bkg + xk * sg
        c = 1 if k == 0 else len(xs) - 2 if k == len(xs) - 1 else k
        a, b, ee = (chi2_of(xs[c - 1 + i], n) for i in range(3))
        curv = a - 2 * b + ee
        vertex = 0.0
        if curv > 0 and c + 0.5 * (a - ee) / curv >= 0:
            vertex = b - (a - ee) ** 2 / (8 * curv)
        out.append(max(0.0, -min(0.0, vertex)))
    return xs, out


for x_max, x_step in ((100, 10), (50, 5), (3, 1), (3, 0.1), (2, 0.5)):
    xs, err = fit_errors(x_max, x_step)
    k = int(np.argmax(err))
    print("x_max", x_max, "x_step", x_step, "worst at x =", xs[k], "error", repr(err[k]))
