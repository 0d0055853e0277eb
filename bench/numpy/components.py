# Components + cov test model for ComponentsTest (ToyCov): printed numbers are pasted into the test.
import numpy as np
A=np.array([[1,0,1],[1,1,0],[0,1,1],[2,0,0],[1,1,1],[0,2,1],[1,0,2],[0,1,0],[1,1,0]],float)
F=0.01*A@A.T                      # 9x9 fractional over component bins
B=np.array([[1,0],[2,1],[0,3],[1,1],[2,0],[0,2]],float)
Cabs=B@B.T+np.diag([1,2,3,4,5,6.]) # 6x6 absolute over channel bins
s=np.array([0,2,5.]); b=np.array([10,0,20.]); m=np.array([100,200.]); z=np.array([0.])
N=np.concatenate([s,b,m,z])
P=np.zeros((6,9))
for i in range(3): P[i,i]=1; P[i,3+i]=1
P[3,6]=1;P[4,7]=1;P[5,8]=1
M=F*np.outer(N,N)
Csys=P@M@P.T+Cabs
pred=P@N; obs=np.array([12,1,30,90,215,1.])
d=pred-obs
def chi(v): C=Csys+np.diag(v); return d@np.linalg.solve(C,d)
pear=pred.copy()
ney=obs.copy()
cnp=np.array([ (3/(1/o+2/e)) if (o>0 and e>0) else (e/2 if o==0 else 0) for o,e in zip(obs,pred)])
print("pred",pred)
print("Csys diag", repr(np.diag(Csys)))
print("Csys[0][4] %.17g Csys[2][1] %.17g"%(Csys[0,4],Csys[2,1]))
print("chi2 pearson %.15g neyman %.15g cnp %.15g"%(chi(pear),chi(ney),chi(cnp)))
