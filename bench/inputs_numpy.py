#!/usr/bin/env python3
"""numpy peer of src/test/java/org/toycov/stats/InputsBench.java, and the data maker.

Usage: /usr/bin/python3 bench/inputs_numpy.py make <dir>
       /usr/bin/python3 bench/inputs_numpy.py big <bins> <repeats>
       /usr/bin/python3 bench/inputs_numpy.py universes <cv.npy> <universes.npy> <repeats>
Prints 'name seconds' lines (best of the repeats), the names of the Java side.
"""
import json, os, sys, time
import numpy as np

def make(d):
    os.makedirs(d, exist_ok=True)
    rng = np.random.default_rng(11)
    # 137 bins in 7 channels (26 constrained, 111 constraining), one absolute covariance
    sizes = [26, 25, 21, 21, 16, 16, 12]
    exp = rng.uniform(5, 500, 137); obs = np.round(exp * rng.uniform(0.9, 1.1, 137))
    a = rng.normal(size=(137, 20)) * 0.05
    cov = (a @ a.T + np.diag(np.full(137, 1e-3))) * np.outer(exp, exp)
    names = [f"c{c}_{b}" for c, n in enumerate(sizes) for b in range(n)]
    with open(os.path.join(d, "cov137.csv"), "w") as f:
        f.write(",".join(names) + "\n")
        for row in cov: f.write(",".join(repr(float(v)) for v in row) + "\n")
    chans, k = [], 0
    for c, n in enumerate(sizes):
        chans.append({"name": f"c{c}", "expected": exp[k:k+n].tolist(), "observed": obs[k:k+n].tolist()}); k += n
    json.dump({"channels": chans, "systematics": [{"name": "all", "cov": "cov137.csv"}]},
              open(os.path.join(d, "m137.json"), "w"))
    # 1000 universes x 1000 bins, with a zero central value in bin 0
    cv = rng.uniform(10, 1000, 1000); cv[0] = 0
    u = cv * (1 + 0.1 * rng.normal(size=(1000, 1000)))
    np.save(os.path.join(d, "cv.npy"), cv); np.save(os.path.join(d, "universes.npy"), u)

def big(n, repeats):
    best = dict(build_checks=1e9, total_covariance=1e9, cholesky_chi2=1e9)
    for _ in range(repeats):
        t = time.perf_counter()
        half = n // 2; i = np.arange(n); k = i % half; is_mu = i >= half
        exp = np.where(is_mu, 100.0, 1.0) * (5 + 45 * np.exp(-3.0 * k / half))
        obs = np.floor(exp * np.where(is_mu, 0.95, 1.05))
        d = (k[:, None] - k[None, :]) / (0.05 * half)
        cov = 0.01 * (0.7 + 0.3 * np.exp(-0.5 * d * d)) * np.outer(exp, exp)
        cov[np.diag_indices(n)] += np.where(is_mu, 0.01 * exp * exp, 0.0)
        # the checks ToyCov makes: finite, symmetric, diagonal >= 0, PSD (Cholesky of C + eps I)
        assert np.isfinite(cov).all() and np.allclose(cov, cov.T) and (cov.diagonal() >= 0).all()
        np.linalg.cholesky(cov + 1e-10 * cov.diagonal().max() * np.eye(n))
        t1 = time.perf_counter()
        c = cov + np.diag(exp)
        t2 = time.perf_counter()
        l = np.linalg.cholesky(c)
        y = np.linalg.solve(l, exp - obs)
        chi2 = float(y @ y)
        t3 = time.perf_counter()
        best["build_checks"] = min(best["build_checks"], t1 - t)
        best["total_covariance"] = min(best["total_covariance"], t2 - t1)
        best["cholesky_chi2"] = min(best["cholesky_chi2"], t3 - t2)
    for k2, v in best.items(): print(f"{k2} {v:.4f}")
    print(f"all {sum(best.values()):.4f}")

def universes(cvf, uf, repeats):
    best = 1e9
    for r in range(repeats):
        t = time.perf_counter()
        cv = np.load(cvf); u = np.load(uf)
        d = u - cv
        m = d.T @ d / len(u)
        best = min(best, time.perf_counter() - t)
        if r == 0: print(f"# M[1][1] {m[1,1]:.10g}, M[2][1] {m[2,1]:.10g}")
    print(f"universes {best:.4f}")

if __name__ == "__main__":
    a = sys.argv[1:]
    if a[0] == "make": make(a[1])
    elif a[0] == "big": big(int(a[1]), int(a[2]))
    else: universes(a[1], a[2], int(a[3]))
