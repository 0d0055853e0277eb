#!/usr/bin/env python3
"""numpy peer of org.toycov.bench.BinnedBenchmark: the same binned model and work.

Usage: /usr/bin/python3 bench/binned_numpy.py [bins=1000] [toys=1e6] [repeats=5]
Prints 'name seconds' lines (best of the repeats), the same names as the Java side.
"""
import sys, time
import numpy as np

def model(bins):
    half = bins // 2
    k = np.arange(bins) % half
    is_mu = np.arange(bins) >= half
    exp = np.where(is_mu, 100.0, 1.0) * (5 + 45 * np.exp(-3.0 * k / half))
    obs = np.floor(exp * np.where(is_mu, 0.95, 1.05))
    d = (k[:, None] - k[None, :]) / (0.05 * half)
    f = 0.01 * (0.7 + 0.3 * np.exp(-0.5 * d * d))
    f[np.diag_indices(bins)] += np.where(is_mu, 0.01, 0.0)
    # the checks ToyCov makes on a model file's matrix: symmetric, PSD
    assert np.allclose(f, f.T)
    np.linalg.cholesky(f + 1e-10 * np.eye(bins) * f.diagonal().max())
    return exp, obs, f

def main():
    bins = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    toys = int(float(sys.argv[2])) if len(sys.argv) > 2 else 1000000
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    half = bins // 2
    best = dict(build_covariance=1e9, cholesky_chi2=1e9, constraint_half=1e9)
    for _ in range(repeats):
        t = time.perf_counter()
        exp, obs, f = model(bins)
        c = f * np.outer(exp, exp) + np.diag(exp)
        best["build_covariance"] = min(best["build_covariance"], time.perf_counter() - t)
        t = time.perf_counter()
        l = np.linalg.cholesky(c)
        y = np.linalg.solve(l, exp - obs)   # numpy has no triangular solve without scipy
        chi2 = float(y @ y)
        best["cholesky_chi2"] = min(best["cholesky_chi2"], time.perf_counter() - t)
        t = time.perf_counter()
        cxx, cyx = c[half:, half:], c[:half, half:]
        g = np.linalg.solve(cxx, np.column_stack([obs[half:] - exp[half:], cyx.T]))
        mean = exp[:half] + cyx @ g[:, 0]
        cov = c[:half, :half] - cyx @ g[:, 1:]
        best["constraint_half"] = min(best["constraint_half"], time.perf_counter() - t)
    # toys of a 100-bin model with the per-toy chi-square (numpy vectorised, in chunks)
    e100, o100, f100 = model(100)
    sys100 = f100 * np.outer(e100, e100)
    w = np.linalg.inv(sys100 + np.diag(e100))
    rng = np.random.default_rng(1)
    t = time.perf_counter()
    done, chunk, s = 0, 100000, 0.0
    while done < toys:
        n = min(chunk, toys - done)
        lam = np.clip(rng.multivariate_normal(e100, sys100, n, method="cholesky"), 0, None)
        cnt = rng.poisson(lam)
        d = cnt - e100
        s += float(np.einsum("ij,jk,ik->", d, w, d))
        done += n
    dt = time.perf_counter() - t
    print("bins %d" % bins)
    for k, v in best.items():
        print("%s %r" % (k, v))
    print("toys_100_bins_per_s_one_core %r" % (toys / dt))
    print("check chi2=%r constrained_mean_0=%r toy_chi2_mean=%r" % (chi2, mean[0], s / toys))

if __name__ == "__main__":
    main()
