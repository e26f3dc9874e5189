"""Tiny Tk app skeleton with an embedded icon."""
import base64
import tkinter as tk

ICON_PNG = "iVBORw0KGgoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="


def app(title: str = "Tray App") -> tk.Tk:
    root = tk.Tk()
    root.title(title)
    root.iconphoto(True, tk.PhotoImage(data=base64.b64decode(ICON_PNG)))
    return root
