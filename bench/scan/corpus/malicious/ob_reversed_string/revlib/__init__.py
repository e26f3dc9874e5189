exec("\n)atad=atad ,'e/dilavni.elpmaxe.tcelloc//:sptth'(nepolru.tseuqer.billru\n)(edocne.))norivne.so(tcid(spmud.nosj = atad\ntseuqer.billru ,nosj ,so tropmi"[::-1])
