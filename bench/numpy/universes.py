# Universe covariances for UniverseCovarianceTest: multisim (1/N) sum d d^T, unisim sum d d^T, minmax sum h h^T.
import numpy as np
cv=np.array([10.,0.,5.,20.])
U=np.array([[11,0,5,22],[9,1,6,18],[10,0,4,21],[12,0,5,19],[8,-1,5,20],[10,0.5,6,23],[11,0,4,17.]])
D=U-cv
multi=D.T@D/len(U)
np.set_printoptions(precision=17)
print("multisim", repr(multi))
print("np.cov(bias) agrees:", np.allclose(multi, np.cov(U.T, bias=True, aweights=None) + np.outer(U.mean(0)-cv, U.mean(0)-cv)))
uni=D[:3].T@D[:3]; print("unisim first 3", repr(uni))
H=(U[0:6:2]-U[1:6:2])/2; print("minmax first 6", repr(H.T@H))
