"""Makes the sample universe files of sample-data/universes/ and prints, with
numpy, the covariances the Universe Covariance command must give for them
(UniverseCovarianceCommandTest holds these numbers).

Channels nue (3 bins, 200-800 MeV) and numu (3 bins); two multisim sources:
flux (200 universes, a 15% normalisation shared by all bins plus 5% per bin)
and xsec (100 universes, 10% on nue only)."""
import numpy as np

names = ["nue_0", "nue_1", "nue_2", "numu_0", "numu_1", "numu_2"]
cv = np.array([120.0, 80.0, 40.0, 5000.0, 3000.0, 1000.0])
rng = np.random.default_rng(11)
flux = cv * (1 + 0.15 * rng.standard_normal((200, 1))
             + 0.05 * rng.standard_normal((200, 6)))
xsec = cv * (1 + np.r_[0.1, 0.1, 0.1, 0, 0, 0] * rng.standard_normal((100, 1)))


def write(name, rows):
    with open(name, "w") as f:
        f.write(",".join(names) + "\n")
        for r in np.atleast_2d(rows):
            f.write(",".join(repr(float(v)) for v in r) + "\n")


write("central_value.csv", cv)
write("flux.csv", flux)
write("xsec.csv", xsec)

# read back what was written (the repr of each double), then numpy's covariance
flux = np.loadtxt("flux.csv", delimiter=",", skiprows=1)
xsec = np.loadtxt("xsec.csv", delimiter=",", skiprows=1)
m_flux = (flux - cv).T @ (flux - cv) / len(flux)
m_xsec = (xsec - cv).T @ (xsec - cv) / len(xsec)
total = m_flux + m_xsec
np.set_printoptions(precision=17)
print("flux_covariance[0][0], [0][3], [5][5]:", repr(float(m_flux[0, 0])),
      repr(float(m_flux[0, 3])), repr(float(m_flux[5, 5])))
print("xsec_covariance[1][2]:", repr(m_xsec[1, 2]), " [3][3]:", repr(float(m_xsec[3, 3])))
print("covariance[0][1]:", repr(float(total[0, 1])))
print("frac_cov[0][3]:", repr(float(total[0, 3] / (cv[0] * cv[3]))))
d = np.sqrt(np.diag(total))
print("correlation[0][3]:", repr(float(total[0, 3] / (d[0] * d[3]))))
# chi2 of a model using the total as its cov, observed = cv * 1.1 on nue
obs = cv.copy(); obs[:3] *= 1.1
c = total + np.diag(cv)
r = obs - cv
print("chi2 with cov=covariance.csv, nue observed 10% high:", repr(float(r @ np.linalg.solve(c, r))))
