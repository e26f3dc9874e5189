import base64
import tkinter as tk

ICON_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGMwaPgPAAKTAbCN+Ty9AAAAAElFTkSuQmCC"


def show(message, title="Notice", ms=3000):
    root = tk.Tk()
    root.title(title)
    root.iconphoto(True, tk.PhotoImage(data=base64.b64decode(ICON_PNG)))
    tk.Label(root, text=message, padx=20, pady=12).pack()
    root.after(ms, root.destroy)
    root.mainloop()
