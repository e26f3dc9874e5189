"""Bootstrap the tiny installer without network access (like get-pip.py)."""
import base64
import os
import shutil
import sys
import tempfile

DATA = """
P)h>@6aWAK00000Az0gnnQp8A00682000>P004ApZh2{Lb97;BY-MsUUtei%X>?y-E^v8iZE$aLb
RchY3JMBjWo960ZgX^DY-}iWVRC0>bSXLtARr(hZ*wkfVQXb%X>xNYbYXI5WppecWq4_GbYE|4Jy
ddaWhn|EARr)jX>@2HZ*XO9C~tEvaA9<4E^2RSZYXqNa%W|9EFdRIPE%AtOiV>YCn+o-CwC_)AYp
SLW;zNWARr(hARr)SE_ZTibY&<fZ)+zh3LqdLAaZ4Nb#iVXbYXI5WpoNqO928D0~7!N0000003lf
0hM8`x000220000P00000000000001h0RR910CZ_?d1-EQbYX04WpXcHUukY>bYEXCaCuNm1qJ{B
000310RTq;0083v00000
"""


def bootstrap(target):
    tmp = tempfile.mkdtemp()
    try:
        zpath = os.path.join(tmp, "tinyinstaller.zip")
        with open(zpath, "wb") as f:
            f.write(base64.b85decode(DATA.replace("\n", "")))
        sys.path.insert(0, zpath)
        import tinyinstaller
        return tinyinstaller.install(target)
    finally:
        if sys.path and sys.path[0].startswith(tmp):
            sys.path.pop(0)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    print(bootstrap(sys.argv[1] if len(sys.argv) > 1 else "."))
