import numpy as np
d='sample-data/miniboone-2018/'  # run from the repository root
bg=np.loadtxt(d+'miniboone_nuebgr_lowe.txt'); nue=np.loadtxt(d+'miniboone_nuedata_lowe.txt')
mu=np.loadtxt(d+'miniboone_numu.txt'); mud=np.loadtxt(d+'miniboone_numudata.txt')
F=np.loadtxt(d+'miniboone_full_fractcovmatrix_nu_lowe.txt')
print(F.shape)
sig=np.zeros(11)
N=np.concatenate([sig,bg,mu])
M=F*np.outer(N,N)
P=np.zeros((19,30))
for i in range(11): P[i,i]=1; P[i,11+i]=1
for i in range(8): P[11+i,22+i]=1
Cs=P@M@P.T
pred=P@N; obs=np.concatenate([nue,mud])
C=Cs+np.diag(pred)
s=slice(0,9)
print("excess %.4f"%(obs[s].sum()-pred[s].sum()))
print("sys %.4f stat %.4f"%(np.sqrt(Cs[s,s].sum()), np.sqrt(pred[s].sum())))
Y=np.arange(11); X=np.arange(11,19)
CXX=C[np.ix_(X,X)]; CYX=C[np.ix_(Y,X)]
mup=pred[Y]+CYX@np.linalg.solve(CXX,obs[X]-pred[X])
CYYp=C[np.ix_(Y,Y)]-CYX@np.linalg.solve(CXX,CYX.T)
print("bkg %.4f excess %.4f +- %.4f"%(mup[:9].sum(), obs[:9].sum()-mup[:9].sum(), np.sqrt(CYYp[:9,:9].sum())))
d=obs-pred
print("chi2 %.4f"%(d@np.linalg.solve(C,d)))
np.set_printoptions(precision=10, linewidth=200)
print(repr(mup)); 
sysp=Cs[np.ix_(Y,Y)]-CYX@np.linalg.solve(CXX,CYX.T)
print("sys-only constrained sum9 %.6f"%np.sqrt(sysp[:9,:9].sum()))
print("constrained chi2 %.10f"%((obs[Y]-mup)@np.linalg.solve(CYYp,obs[Y]-mup)))
# the constraint with CNP in the constraining bins (TLee's form) and in the constrained chi2
cnp=lambda n,N: np.where(n>0, 3/(1/np.maximum(n,1e-300)+2/N), N/2)
C2=Cs.copy(); C2[np.ix_(X,X)]+=np.diag(cnp(obs[X],pred[X])); C2[np.ix_(Y,Y)]+=np.diag(pred[Y])
CXX=C2[np.ix_(X,X)]; CYX=C2[np.ix_(Y,X)]
mu2=pred[Y]+CYX@np.linalg.solve(CXX,obs[X]-pred[X])
sys2=Cs[np.ix_(Y,Y)]-CYX@np.linalg.solve(CXX,CYX.T)
V=sys2+np.diag(cnp(obs[Y],mu2))
print("cnp: bkg %.10f chi2 %.10f"%(mu2[:9].sum(), (obs[Y]-mu2)@np.linalg.solve(V,obs[Y]-mu2)))
