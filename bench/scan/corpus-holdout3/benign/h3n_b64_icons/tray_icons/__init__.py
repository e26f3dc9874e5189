"""Status icons for tray applications, embedded so no data files are needed."""
import base64

ICONS = {
    "ok": (
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGUlEQVR4nGPQO1P4nxLMMGrAqAGj"
        "BgwXAwCRimofAgKEfQAAAABJRU5ErkJggg=="
    ),
    "warn": (
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGP4eIT/PyWYYdSAUQNG"
        "DRguBgAAtbTDH9LJi2AAAAAASUVORK5CYII="
    ),
    "error": (
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGUlEQVR4nGN47mPznxLMMGrAqAGj"
        "BgwXAwCiEW4fW9+RsgAAAABJRU5ErkJggg=="
    ),
    "idle": (
        "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGklEQVR4nGOYunTZf0oww6gBowaM"
        "GjBcDAAAs/zfH+8spR4AAAAASUVORK5CYII="
    ),
}


def icon_bytes(name):
    """PNG bytes of the named icon."""
    return base64.b64decode(ICONS[name])


def icon_data_uri(name):
    return "data:image/png;base64," + ICONS[name]
