CSI = "\033["


def code_to_chars(code):
    return CSI + str(code) + "m"


class _Codes:
    def __init__(self, **codes):
        for name, code in codes.items():
            setattr(self, name, code_to_chars(code))


Fore = _Codes(BLACK=30, RED=31, GREEN=32, YELLOW=33, BLUE=34, MAGENTA=35, CYAN=36, WHITE=37, RESET=39)
Back = _Codes(BLACK=40, RED=41, GREEN=42, YELLOW=43, BLUE=44, MAGENTA=45, CYAN=46, WHITE=47, RESET=49)
Style = _Codes(BRIGHT=1, DIM=2, NORMAL=22, RESET_ALL=0)
