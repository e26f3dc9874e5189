import tkinter as tk


def build_window(spec):
    root = tk.Tk()
    root.title(spec.get("title", "App"))
    for w in spec.get("widgets", []):
        getattr(tk, w["type"])(root, **w.get("options", {})).pack()
    return root
