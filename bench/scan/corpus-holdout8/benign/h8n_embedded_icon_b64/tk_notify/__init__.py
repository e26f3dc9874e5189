import base64
import os
import tempfile

ICON_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAAElFTkSuQmCC"


def icon_file():
    p = os.path.join(tempfile.gettempdir(), "tk_notify_icon.png")
    if not os.path.exists(p):
        with open(p, "wb") as f:
            f.write(base64.b64decode(ICON_PNG))
    return p


def notify(title, message):
    import tkinter as tk
    root = tk.Tk()
    root.title(title)
    root.iconphoto(False, tk.PhotoImage(file=icon_file()))
    tk.Label(root, text=message, padx=20, pady=20).pack()
    root.after(5000, root.destroy)
    root.mainloop()
