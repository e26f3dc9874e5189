from tkinter import ttk

PALETTE = {"bg": "#202124", "fg": "#e8eaed", "accent": "#8ab4f8"}


def apply_theme(root):
    style = ttk.Style(root)
    style.theme_use("clam")
    style.configure(".", background=PALETTE["bg"], foreground=PALETTE["fg"])
    style.configure("TButton", background=PALETTE["accent"])
    root.configure(bg=PALETTE["bg"])
