"""Independent numpy reference for GoodnessOfFitTest: np.linalg.eigh of a 5 x 5 covariance.
Run: python3 bench/gof_numpy.py"""
import numpy as np

v = np.array([[40.0, 6.0, -3.0, 2.0, 0.5], [6.0, 55.0, 8.0, -4.0, 1.0], [-3.0, 8.0, 30.0, 5.0, -2.0],
              [2.0, -4.0, 5.0, 25.0, 3.0], [0.5, 1.0, -2.0, 3.0, 18.0]])
n = np.array([52.0, 31.0, 47.0, 20.0, 33.0])
mu = np.array([40.0, 45.0, 35.0, 28.0, 20.0])
w, q = np.linalg.eigh(v)
order = np.argsort(w)[::-1]
w, q = w[order], q[:, order]
for i in range(5):  # sign: largest-magnitude entry positive
    if q[np.argmax(np.abs(q[:, i])), i] < 0:
        q[:, i] = -q[:, i]
dl = q.T @ (n - mu)
eps = dl / np.sqrt(w)
print("lambda", [float(x) for x in w])
print("q0", [float(x) for x in q[:, 0]])
print("q4", [float(x) for x in q[:, 4]])
print("epsilon", [float(x) for x in eps])
print("chi2", float((n - mu) @ np.linalg.solve(v, n - mu)))
