"""Small ready-made dialogs for tkinter apps."""
import base64

ICON_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAAAAAAAAAADUlEQVR4nGP4z8DwHwAFAAH/AAAAAAAAAABJRU5ErkJggg=="


def icon_bytes():
    return base64.b64decode(ICON_PNG)


def ask_string(title, prompt):
    import tkinter as tk
    from tkinter import simpledialog
    root = tk.Tk()
    root.withdraw()
    root.iconphoto(False, tk.PhotoImage(data=ICON_PNG))
    try:
        return simpledialog.askstring(title, prompt, parent=root)
    finally:
        root.destroy()
