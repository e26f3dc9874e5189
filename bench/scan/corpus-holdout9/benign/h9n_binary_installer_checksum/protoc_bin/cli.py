import hashlib
import os
import platform
import stat
import sys
import urllib.request

BASE = "https://releases.example.invalid/protobuf/v25.1"
PINNED = {
    ("Linux", "x86_64"): ("protoc-25.1-linux-x86_64", "0" * 64),
    ("Darwin", "arm64"): ("protoc-25.1-osx-aarch_64", "1" * 64),
    ("Windows", "AMD64"): ("protoc-25.1-win64.exe", "2" * 64),
}
CACHE = os.path.join(os.path.expanduser("~"), ".cache", "protoc-bin")


def install():
    name, digest = PINNED[(platform.system(), platform.machine())]
    data = urllib.request.urlopen(f"{BASE}/{name}", timeout=60).read()
    if hashlib.sha256(data).hexdigest() != digest:
        raise SystemExit("checksum mismatch, refusing to install")
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, name)
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["install"]:
        print(install())
        return 0
    print("usage: protoc-bin install", file=sys.stderr)
    return 2
