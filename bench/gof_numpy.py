"""Independent numpy reference for GoodnessOfFitTest: np.linalg.eigh of a 5 x 5 covariance, and of the
conditional covariance of a signal model after the constraint.
Run: python3 bench/gof_numpy.py"""
import numpy as np

from eigh_numpy import eigh_decreasing

v = np.array([[40.0, 6.0, -3.0, 2.0, 0.5], [6.0, 55.0, 8.0, -4.0, 1.0], [-3.0, 8.0, 30.0, 5.0, -2.0],
              [2.0, -4.0, 5.0, 25.0, 3.0], [0.5, 1.0, -2.0, 3.0, 18.0]])
n = np.array([52.0, 31.0, 47.0, 20.0, 33.0])
mu = np.array([40.0, 45.0, 35.0, 28.0, 20.0])


w, q = eigh_decreasing(v)
dl = q.T @ (n - mu)
eps = dl / np.sqrt(w)
print("lambda", [float(x) for x in w])
print("q0", [float(x) for x in q[:, 0]])
print("q4", [float(x) for x in q[:, 4]])
print("epsilon", [float(x) for x in eps])
print("chi2", float((n - mu) @ np.linalg.solve(v, n - mu)))


# -- After the constraint: SignalFitTest's first model (12 component bins, 6 channel bins) at x = 1.2,
# pearson, channel bins Y = [0, 2, 4] constrained by X = [1, 3, 5] (GoodnessOfFitTest.constrainedMatchesNumpy).
# The arrays are SignalFitTest's B1, S1, COLLAPSE1, F1, CABS1, OBS1.
B1 = np.array([ 0.0, 0.0, 0.0, 6.578, 13.136, 56.052, 8.873, 12.138, 57.158, 39.204, 25.295, 33.126 ], dtype=float)
S1 = np.array([ 8.628, 4.753, 3.38, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0 ], dtype=float)
COLLAPSE1 = np.array([ 0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5 ], dtype=float)
F1 = np.array([ [ 0.006083, -0.000233, -0.00058, -0.000839, 9.2e-05, -0.001302, -0.001196, 0.001538, -0.001412, -0.000296, 0.00028, 0.000489 ], [ -0.000233, 0.00258, 0.00152, -0.000456, -0.000664, 0.000872, 0.001975, -0.000138, 0.000396, -0.001076, -0.000975, -0.001275 ], [ -0.00058, 0.00152, 0.005875, 0.00107, -0.002446, 0.002434, 0.001003, -0.000876, 0.00288, 0.001073, -0.004026, -0.001893 ], [ -0.000839, -0.000456, 0.00107, 0.003394, 0.001217, -0.000489, 0.001264, 0.001259, 0.000322, -0.000343, -0.001137, -0.000491 ], [ 9.2e-05, -0.000664, -0.002446, 0.001217, 0.006983, -0.001729, -0.000415, 0.003104, -0.003919, -0.002015, 0.00197, 0.000501 ], [ -0.001302, 0.000872, 0.002434, -0.000489, -0.001729, 0.008282, 0.00053, 0.001974, -6e-05, 0.002237, -0.002314, -1e-05 ], [ -0.001196, 0.001975, 0.001003, 0.001264, -0.000415, 0.00053, 0.00587, 0.0005, -0.000419, -0.000714, -0.001726, -0.001064 ], [ 0.001538, -0.000138, -0.000876, 0.001259, 0.003104, 0.001974, 0.0005, 0.006508, -0.003538, -0.000581, -0.001595, 0.000623 ], [ -0.001412, 0.000396, 0.00288, 0.000322, -0.003919, -6e-05, -0.000419, -0.003538, 0.006106, 0.00094, -0.000531, -0.000594 ], [ -0.000296, -0.001076, 0.001073, -0.000343, -0.002015, 0.002237, -0.000714, -0.000581, 0.00094, 0.003996, -0.002816, 0.000359 ], [ 0.00028, -0.000975, -0.004026, -0.001137, 0.00197, -0.002314, -0.001726, -0.001595, -0.000531, -0.002816, 0.007796, 0.001459 ], [ 0.000489, -0.001275, -0.001893, -0.000491, 0.000501, -1e-05, -0.001064, 0.000623, -0.000594, 0.000359, 0.001459, 0.001929 ] ], dtype=float)
CABS1 = np.array([ [ 0.881313, 0.113677, 0.026116, -0.829342, 0.230782, -0.341674 ], [ 0.113677, 1.978206, -0.925493, -0.305663, -0.180812, 1.505008 ], [ 0.026116, -0.925493, 3.177133, 0.462469, -0.649617, -0.020395 ], [ -0.829342, -0.305663, 0.462469, 1.640468, 0.203443, 0.495977 ], [ 0.230782, -0.180812, -0.649617, 0.203443, 0.775275, -0.276927 ], [ -0.341674, 1.505008, -0.020395, 0.495977, -0.276927, 2.113155 ] ], dtype=float)
OBS1 = np.array([ 21.0, 0.0, 70.0, 47.0, 27.0, 86.0 ], dtype=float)
x = 1.2
P = np.zeros((6, 12))
P[COLLAPSE1.astype(int), np.arange(12)] = 1
m = B1 + x * S1
mu = P @ m
c = P @ (F1 * np.outer(m, m)) @ P.T + CABS1 + np.diag(mu)
d = OBS1 - mu
Y, X = [0, 2, 4], [1, 3, 5]
cxx, cxy, cyy = c[np.ix_(X, X)], c[np.ix_(X, Y)], c[np.ix_(Y, Y)]
v = cyy - cxy.T @ np.linalg.solve(cxx, cxy)
r = d[Y] - cxy.T @ np.linalg.solve(cxx, d[X])
w, q = eigh_decreasing(v)
eps = (q.T @ r) / np.sqrt(w)
print("constrained lambda", [float(t) for t in w])
for i in range(len(Y)):
    print("constrained q%d" % i, [float(t) for t in q[:, i]])
print("constrained epsilon", [float(t) for t in eps])
print("constrained chi2", float(r @ np.linalg.solve(v, r)))
print("constrained chi2 (full minus X)", float(d @ np.linalg.solve(c, d) - d[X] @ np.linalg.solve(cxx, d[X])))
