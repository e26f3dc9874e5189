"""Small built-in icons for Tkinter apps, embedded as base64 PNG."""
import base64

ICONS = {
    "dot": "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8AARAxg8j8AG/ID/fPnS7EAAAAASUVORK5CYII=",
}


def png_bytes(name: str) -> bytes:
    return base64.b64decode(ICONS[name])


def photo_image(name: str):
    import tkinter

    return tkinter.PhotoImage(data=ICONS[name])
