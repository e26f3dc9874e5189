"""Toast notifications for tkinter apps."""
import base64
import zlib

ICON_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
STYLE = zlib.decompress(base64.b64decode("eJwryU8sLtFLSrdVNgYDrhKwQBpQIA0MYAL5eSW2Hqk5ZaklmcmJCoYGUPGSzNzU/NISW2MDAwMuAOdzGYo=")).decode()


def _style() -> dict[str, str]:
    return dict(line.split("=", 1) for line in STYLE.splitlines() if "=" in line)


def show(root, message: str, timeout_ms: int | None = None) -> None:
    import tkinter as tk

    st = _style()
    win = tk.Toplevel(root)
    win.overrideredirect(True)
    icon = tk.PhotoImage(data=base64.b64encode(ICON_PNG))
    tk.Label(win, image=icon, text=message, compound="left", bg=st["toast.bg"], fg=st["toast.fg"]).pack()
    win.after(timeout_ms or int(st["toast.timeout"]), win.destroy)
