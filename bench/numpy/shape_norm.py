# Shape / normalisation / mixed split (SBNfit SplitCovarianceMatrix) for ShapeNormDecompositionTest.
import numpy as np
N=np.array([10.,20.,40.])
M=np.array([[4.,2.,1.],[2.,9.,3.],[1.,3.,16.]])
NT=N.sum(); P=M.sum(1); f=M.sum()/NT**2
norm=np.outer(N,N)*f
mixed=(np.outer(P,N)+np.outer(N,P))/NT-2*norm
shape=M-(np.outer(P,N)+np.outer(N,P))/NT+norm
np.set_printoptions(precision=17)
print("f", repr(f)); print("shape", repr(shape)); print("mixed", repr(mixed))
