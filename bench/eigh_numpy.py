"""The eigen-decomposition of a covariance as ToyCov's GoodnessOfFit orders it, for the numpy references
(gof_numpy.py, interpretation_commands_numpy.py)."""
import numpy as np


def eigh_decreasing(v):
    """np.linalg.eigh with the eigenvalues decreasing and each eigenvector's largest-magnitude entry positive."""
    w, q = np.linalg.eigh(v)
    order = np.argsort(w)[::-1]
    w, q = w[order], q[:, order]
    for i in range(q.shape[1]):
        if q[np.argmax(np.abs(q[:, i])), i] < 0:
            q[:, i] = -q[:, i]
    return w, q
