"""Feldman-Cousins and hypothesis-test benchmark models, and the numpy peer of ToyCov's
Feldman-Cousins construction (org.toycov.analysis.FeldmanCousins), same definitions:

  mu(x) = P(b + x s), C_sys(x) = P(F o m m^T)P^T (m = b + x s), pearson stat;
  toys at x_true: lam = mu + sqrt(C_sys) z (negative -> 0), n ~ Poisson(lam);
  delta chi2 = chi2(x_true) - min over the fit grid (grid extended by max(3, G/4) points,
  parabola through the lowest point and its neighbours); critical value = np.quantile.

Vectorised over toys: per fit strength, chi2 = ((d @ C^-1) * d).sum(1).

Usage: python3 bench/fc_numpy.py write OUTDIR      (writes fc_model_20.json, fc_model_137.json)
       python3 bench/fc_numpy.py run MODEL.json TOYS [SEED]   (times the numpy construction)
"""
import csv
import json
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def model_20():
    """sample-data/binned-signal.json: e (background + a low-energy signal component) and mu,
    10 bins each; the 20 x 20 fractional covariance binned_frac_cov.csv is over the channel
    bins, so over the component bins it is F[P a][P b] (the signal shares the e bins' errors)."""
    with open(os.path.join(ROOT, "sample-data", "binned-signal.json")) as f:
        d = json.load(f)
    with open(os.path.join(ROOT, "sample-data", "binned_frac_cov.csv")) as f:
        rows = list(csv.reader(f))[1:]
    fch = np.array([[float(v) for v in r] for r in rows])
    b, s, collapse, obs = [], [], [], []
    for c, ch in enumerate(d["channels"]):
        for comp in ch["components"]:
            e = comp["expected"]
            b.extend([0.0] * len(e) if comp.get("signal") else e)
            s.extend(e if comp.get("signal") else [0.0] * len(e))
            collapse.extend(range(10 * c, 10 * c + len(e)))
        obs.extend(ch["observed"])
    collapse = np.array(collapse)
    f = fch[np.ix_(collapse, collapse)]
    return dict(background=b, signal=s, collapse=collapse.tolist(), channel_bins=20,
                frac_cov=f.tolist(), observed=[float(v) for v in obs])


def model_137():
    """A synthetic 137-bin, 7-channel model (26, 26, 26, 26, 11, 11, 11 bins) in the shape of
    MicroBooNE's: a signal component in the first two channels; a fractional covariance
    over the 189 component bins: a 15% cross-section error correlated across channels
    (correlation falling with energy distance) plus 5% bin-to-bin detector errors."""
    nb = [26, 26, 26, 26, 11, 11, 11]
    b, s, collapse, energy, chan = [], [], [], [], []
    start = 0
    for c, n in enumerate(nb):
        e = (np.arange(n) + 0.5) / n
        bk = 50 + 400 * np.exp(-((e - 0.35) / 0.25) ** 2) * (1 + 0.3 * c)
        comps = [bk]
        if c < 2:
            comps.append(40 * np.exp(-e / 0.2))
        for k, comp in enumerate(comps):
            b.extend(comp if k == 0 else np.zeros(n))
            s.extend(np.zeros(n) if k == 0 else comp)
            collapse.extend(range(start, start + n))
            energy.extend(e)
            chan.extend([c] * n)
        start += n
    b, s, energy, chan = map(np.array, (b, s, energy, chan))
    k = len(b)
    fx = 0.15 * np.sqrt(np.outer(np.ones(k), np.ones(k)))
    rho = np.exp(-np.abs(energy[:, None] - energy[None, :]) / 0.3) * np.where(chan[:, None] == chan[None, :], 1, 0.7)
    f = fx * fx * rho
    det = np.where((chan[:, None] == chan[None, :]) & (np.abs(energy[:, None] - energy[None, :]) < 1e-12), 0.05 ** 2, 0)
    f = f + det
    p = np.zeros((137, k))
    p[collapse, np.arange(k)] = 1
    rng = np.random.default_rng(137)
    obs = rng.poisson(p @ (b + 0.5 * s)).astype(float)
    return dict(background=b.tolist(), signal=s.tolist(), collapse=list(map(int, collapse)), channel_bins=137,
                frac_cov=f.tolist(), observed=obs.tolist())


def fc(m, toys, seed, x_max=2.0, step=0.1, cl=(0.683, 0.9, 0.955)):
    b, s = np.array(m["background"]), np.array(m["signal"])
    coll = np.array(m["collapse"])
    n = m["channel_bins"]
    f = np.array(m["frac_cov"])
    p = np.zeros((n, len(b)))
    p[coll, np.arange(len(b))] = 1
    g = int(round(x_max / step)) + 1
    fit = g + max(3, g // 4)
    xs = np.arange(fit) * step
    rng = np.random.default_rng(seed)

    def csys(x):
        mm = b + x * s
        return p @ (f * np.outer(mm, mm)) @ p.T

    mus = np.array([p @ (b + x * s) for x in xs])
    cinv = np.array([np.linalg.inv(csys(x) + np.diag(mus[k])) for k, x in enumerate(xs)])
    crit = np.zeros((g, len(cl)))
    for gi in range(g):
        w, q = np.linalg.eigh(csys(xs[gi]))
        root = q * np.sqrt(np.clip(w, 0, None))
        lam = mus[gi] + rng.standard_normal((toys, n)) @ root.T
        cnt = rng.poisson(np.clip(lam, 0, None)).astype(float)
        chi2 = np.empty((toys, fit))
        for k in range(fit):
            d = cnt - mus[k]
            chi2[:, k] = ((d @ cinv[k]) * d).sum(1)
        mi = np.argmin(chi2, 1)
        c = np.clip(mi, 1, fit - 2)
        r = np.arange(toys)
        a, bb, e = chi2[r, c - 1], chi2[r, c], chi2[r, c + 1]
        curv = a - 2 * bb + e
        best = chi2[r, mi]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = 0.5 * (a - e) / curv
            vert = bb - (a - e) ** 2 / (8 * curv)
        ok = (curv > 0) & (c + t >= 0)
        mn = np.where(ok, np.minimum(best, vert), best)
        delta = np.maximum(chi2[:, gi] - mn, 0)
        crit[gi] = np.quantile(delta, cl)
    return xs[:g], crit


if __name__ == "__main__":
    if sys.argv[1] == "write":
        os.makedirs(sys.argv[2], exist_ok=True)
        for name, m in (("fc_model_20.json", model_20()), ("fc_model_137.json", model_137())):
            with open(os.path.join(sys.argv[2], name), "w") as f:
                json.dump(m, f)
    else:
        m = json.load(open(sys.argv[2]))
        toys = int(float(sys.argv[3]))
        seed = int(sys.argv[4]) if len(sys.argv) > 4 else 1
        t0, c0 = time.perf_counter(), time.process_time()
        xs, crit = fc(m, toys, seed)
        t, cpu = time.perf_counter() - t0, time.process_time() - c0
        for gi in (0, len(xs) // 2, len(xs) - 1):
            print("numpy x=%.2f critical_delta_chi2 (0.683, 0.9, 0.955) = %s" % (xs[gi], np.round(crit[gi], 3)))
        print("numpy_seconds = %.3f" % t)
        print("numpy_cpu_seconds = %.3f" % cpu)
