CSI = "\033["


def code_to_chars(code):
    return CSI + str(code) + "m"


class _Codes:
    def __init__(self, table):
        for name, code in table.items():
            setattr(self, name, code_to_chars(code))


Fore = _Codes({"RED": 31, "GREEN": 32, "YELLOW": 33, "BLUE": 34, "RESET": 39})
Back = _Codes({"RED": 41, "GREEN": 42, "YELLOW": 43, "BLUE": 44, "RESET": 49})
Style = _Codes({"BRIGHT": 1, "DIM": 2, "NORMAL": 22, "RESET_ALL": 0})
