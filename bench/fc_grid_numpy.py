"""Independent numpy reference for FeldmanCousinsGridTest: the toys' fit error on a grid.

For each fit strength x_k (the grid 0, x_step, .., x_max extended by a quarter of its
points, at least 3), the Asimov data mu(x_k) has chi-square 0 at x_k; the fit takes the
parabola through x_k and its neighbours (at the grid's ends the three end points), whose
vertex counts only at x >= 0. Its dip below 0 is the fit's own error there.
sample-data/binned-signal.json, pearson: C(x) = F * mu mu^T + diag(mu).
"""
import csv
import json
import os

import numpy as np

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d = json.load(open(os.path.join(root, "sample-data", "binned-signal.json")))
with open(os.path.join(root, "sample-data", "binned_frac_cov.csv")) as f:
    fb = np.array([[float(v) for v in r] for r in list(csv.reader(f))[1:]])
e, mu_ch = d["channels"]
bkg = np.array(e["components"][0]["expected"] + mu_ch["components"][0]["expected"])
sg = np.array(e["components"][1]["expected"] + [0.0] * 10)


def chi2(x, n):
    m = bkg + x * sg
    c = fb * np.outer(m, m) + np.diag(m)
    r = n - m
    return float(r @ np.linalg.solve(c, r))


def fit_errors(x_max, x_step):
    points = int(round(x_max / x_step)) + 1
    xs = [i * x_step for i in range(points + max(3, points // 4))]
    out = []
    for k, xk in enumerate(xs):
        n = bkg + xk * sg
        c = 1 if k == 0 else len(xs) - 2 if k == len(xs) - 1 else k
        a, b, ee = (chi2(xs[c - 1 + i], n) for i in range(3))
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
