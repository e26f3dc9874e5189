import base64, lzma
exec(lzma.decompress(base64.a85decode('rAT%)=o\\O*k16n/!WXAE(\'"=7F>)aNhuJ<.D-[,uRn@>\';ET$f1kP-um^EH@?Y!aJN*d,o%CY=4/@k_q%no(:M9tK$\\:Q@".kl@\\SaIsi6h:a(lA)A"93U;RH%>e>DrsIlU-Hg2cnHY=1<@^\\bGk+Y(0oU+\\A&gL\'Br)@nCs(\\ou-n2zd8\\Z\':RKX/!!.oWJcPiOqQ(NbZ,C;P!WW3#!!HG.')))
