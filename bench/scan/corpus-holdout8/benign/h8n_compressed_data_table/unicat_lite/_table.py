import base64
import json
import zlib

_DATA = (
    "eNpN2jsKNd21Q9GumD928C2pns7qdSLjDhn33RjuhREWtROhmUy0/v1X//z589c//vbXv/76+9/+"
    "9zH/+/jn/33Ej/ps8c/qx+az3T+HH6fPLv/cfjw+e/3z+fHj2fzhz5hn4rP6xzyz+mzzj3nm8Nnp"
    "H/PM7bPHP+aZz2c//sQ8GZ7FfmKeLD6zn5gnu8/sJ+bJ5TP7iXny+sx+Yp7KW+2n5qm81X5qnspb"
    "7afmqbzVfmqeylvtp+apvC32s5hnkbfFfhbzLPK22M9inkXeFvtZzLPI22I/i3kWeVvsZzXPKm+r"
    "/azmWeVttZ/VPKu8rfazmmeVt9V+VvOs8rbaz2qeTd42+9nMs8nbZj+beTZ52+xnM88mb5v9bObZ"
    "5G2zn808m7zt9rObZ5e33X528+zyttvPbp5d3nb72c2zy9tuP7t5dnnb7ecwzyFvh/0c5jnk7bCf"
    "wzyHvB32c5jnkLfDfg7zHPJ22M9hnlPeTvs5zXPK22k/p3lOeTvt5zTPKW+n/ZzmOeXttJ/TPKe8"
    "XfZzmeeSt8t+LvNc8nbZz2WeS94u+7nMc8nbZT+XeS55u+znNs8tb7f93Oa55e22n9s8t7zd9nOb"
    "55a3235u89zydtvPbZ5H3h77eczzyNtjP495Hnl77OcxzyNvj/085nnk7bGfxzyPvL3285rnlbfX"
    "fl7zvPL22s9rnlfeXvt5zfPK22s/r3leeXvt5zPPJ2+f/Xzm+eTts5/PPJ+8ffbzmeeTt89+PvN8"
    "8vbZz2een7z97Odnnp+8/eznZ56fvP3s52een7z97Odnnp+8/eznZ54fvM0f+hn9Z/7EZ/XP4sfq"
    "s80/ux+Hz07/XH7cPnv88/rx+Yx+Rv+ZgbeZ+Mc8s/hs9Y95ZvfZ4R/zzOWz2z/mmddnn3/ME3ib"
    "2I/+M6nP7Ef/mWw+sx/9Z3L6zH70n8njM/vRfybyVvvRf6byVvvRf6byVvvRf6byVvvRf6byVvvR"
    "f6byVvvRf2aRt8V+9J9Z5G2xH/1nFnlb7Ef/mUXeFvvRf2aRt8V+9J9Z5W21H/1nVnlb7Uf/mVXe"
    "VvvRf2aVt9V+9J9Z5W21H/1nVnnb7Ef/mU3eNvvRf2aTt81+9J/Z5G2zH/1nNnnb7Ef/mU3eNvvR"
    "f2aXt91+9J/Z5W23H/1ndnnb7Uf/mV3edvvRf2aXt91+9J855O2wH/1nDnk77Ef/mUPeDvvRf+aQ"
    "t8N+9J855O2wH/1nDnk77Uf/mVPeTvvRf+aUt9N+9J855e20H/1nTnk77Uf/mVPeTvvRf+aSt8t+"
    "9J+55O2yH/1nLnm77Ef/mUveLvvRf+aSt8t+9J+55e22H/1nbnm77Uf/mVvebvvRf+aWt9t+9J+5"
    "5e22H/1nbnl77Ef/mUfeHvvRf+aRt8d+9J955O2xH/1nHnl77Ef/mUfeHvvRf+aVt9d+9J955e21"
    "H/1nXnl77Uf/mVfeXvvRf+aVt9d+9J/55O2zH/1nPnn77Ef/mU/ePvvRf+aTt89+9J/55O2zH/1n"
    "Pnn72Y/+Mz95+9mP/jM/efvZj/4zP3n72Y/+Mz95+9mP/jM/efvRT/Sf/IG3uP9E/8mfxWerfzY/"
    "dp8d/jn9uHx2++fx4/XZ5x/zDLzF/Sf6T6Y+W/xjntl8tvvHPHP67PKPeebx2esf8wy8xf0n+k8S"
    "n9mP/pOsPrMf/Sc5fGY/+k9y+8x+9J/k85n96D+pvLn/RP9J5c39J/pPKm/uP9F/Unlz/4n+k8qb"
    "+0/0nyzy5v4T/SeLvLn/RP/JIm/uP9F/ssib+0/0nyzy5v4T/SeLvLn/RP/JKm/uP9F/ssqb+0/0"
    "n6zy5v4T/ServLn/RP/JKm/uP9F/ssmb+0/0n2zy5v4T/SebvLn/RP/JJm/uP9F/ssmb+0/0n+zy"
    "5v4T/Se7vLn/RP/JLm/uP9F/ssub+0/0n+zy5v4T/Se7vLn/RP/JIW/uP9F/csib+0/0nxzy5v4T"
    "/SeHvLn/RP/JIW/uP9F/csqb+0/0n5zy5v4T/SenvLn/RP/JKW/uP9F/csqb+0/0n1zy5v4T/SeX"
    "vLn/RP/JJW/uP9F/csmb+0/0n1zy5v4T/SeXvLn/RP/JLW/uP9F/csub+0/0n9zy5v4T/Se3vLn/"
    "RP/JLW/uP9F/8sib+0/0nzzy5v4T/SePvLn/RP/JI2/uP9F/8sib+0/0n7zy5v4T/SevvLn/RP/J"
    "K2/uP9F/8sqb+0/0n7zy5v4T/SevvLn/RP/JJ2/uP9F/8smb+0/0n3zy5v4T/SefvLn/RP/JJ2/u"
    "P9F/8pM395/oP/nJm/tP9J/85M39J/pPfvLm/hP9Jz95c/+J/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf+r9W91/qv/U+7e6/1T/qfdvdf+p/lPv3+r+U/2n3r/V/af6T71/q/tP"
    "9Z96/1b3n+o/9f6t7j/Vf/r/92//+S8QJ07g"
)

_TABLE = json.loads(zlib.decompress(base64.b64decode(_DATA)))


def category(ch):
    return _TABLE.get("%04X" % ord(ch), "Cn")
