"""Independent numpy reference for SignalFitTest: two random models with components.

Same formulas as org.toycov.analysis.SignalModel, written from the definitions
(mu(x) = P(b + x s); C(x) = P(F o m m^T)P^T + C_abs + diag(stat); chi2 with
np.linalg.solve), minimum by golden section, Wilks ends by bisection.
Run: python3 bench/signal_fit_numpy.py  (prints the arrays and numbers the test pastes)
"""
import numpy as np

np.set_printoptions(precision=17, linewidth=200)


def make(seed, channels, comps, nb):
    rng = np.random.default_rng(seed)
    k = channels * comps * nb
    n = channels * nb
    collapse = np.array([c * nb + i for c in range(channels) for _ in range(comps) for i in range(nb)])
    b = np.round(rng.uniform(5, 60, k), 3)
    s = np.zeros(k)
    # signal: component 0 of channel 0 (its background is zero)
    s[:nb] = np.round(rng.uniform(2, 12, nb), 3)
    b[:nb] = 0
    g = rng.normal(size=(k, k + 2)) * 0.08
    f = np.round(g @ g.T / (k + 2), 6)
    h = rng.normal(size=(n, n)) * 1.5
    cabs = np.round(h @ h.T / n, 6)
    p = np.zeros((n, k))
    p[collapse, np.arange(k)] = 1
    obs = rng.poisson(p @ (b + 1.3 * s)).astype(float)
    obs[1] = 0  # a bin with no events, for cnp
    return b, s, collapse, n, f, cabs, obs, p


def chi2(x, b, s, f, cabs, obs, p, stat):
    m = b + x * s
    mu = p @ m
    c = p @ (f * np.outer(m, m)) @ p.T + cabs
    if stat == "pearson":
        v = mu.copy()
    else:
        v = np.where(obs == 0, mu / 2, 3 / (1 / np.where(obs == 0, 1, obs) + 2 / mu))
    c = c + np.diag(v)
    d = obs - mu
    return float(d @ np.linalg.solve(c, d))


def golden(fn, lo, hi, it=200):
    r = (np.sqrt(5) - 1) / 2
    a, bb = lo, hi
    c, d = bb - r * (bb - a), a + r * (bb - a)
    fc, fd = fn(c), fn(d)
    for _ in range(it):
        if fc < fd:
            bb, d, fd = d, c, fc
            c = bb - r * (bb - a)
            fc = fn(c)
        else:
            a, c, fc = c, d, fd
            d = a + r * (bb - a)
            fd = fn(d)
    return (a + bb) / 2


def bisect(fn, lo, hi, it=200):
    flo = fn(lo)
    for _ in range(it):
        mid = (lo + hi) / 2
        fm = fn(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


def java(name, a):
    if a.ndim == 1:
        return name + " = { " + ", ".join(repr(float(v)) if name != "collapse" else str(int(v)) for v in a) + " };"
    return name + " = { " + ", ".join("{ " + ", ".join(repr(float(v)) for v in row) + " }" for row in a) + " };"


for seed, channels, comps, nb, stat in [(11, 2, 2, 3, "pearson"), (12, 3, 2, 2, "cnp")]:
    b, s, collapse, n, f, cabs, obs, p = make(seed, channels, comps, nb)
    print("// seed", seed, stat, "channel bins", n)
    for name, a in [("b", b), ("s", s), ("collapse", collapse), ("f", f), ("cabs", cabs), ("obs", obs)]:
        print(java(name, a))
    fn = lambda x: chi2(x, b, s, f, cabs, obs, p, stat)
    xs = np.arange(0, 31) * 0.1
    c2 = np.array([fn(x) for x in xs])
    m = int(np.argmin(c2))
    lo = 0 if m == 0 else xs[m - 1]
    hi = xs[min(m + 1, len(xs) - 1)]
    xb = golden(fn, lo, hi)
    cmin = fn(xb)
    print("chi2 grid", float(c2[0]), float(c2[7]), float(c2[30]))
    print("x_best", float(xb), "chi2_min", float(cmin))
    for k in (1, 2, 3):
        g = lambda x: fn(x) - cmin - k * k
        lower = 0.0 if g(0) <= 0 else bisect(g, 0, xb)
        upper = bisect(g, xb, 3.0) if g(3.0) > 0 else float("nan")
        print("wilks", k, float(lower), float(upper))
