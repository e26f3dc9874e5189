import hashlib
import json
import os
import shutil
import tempfile
import urllib.request
import zipfile

MANIFEST = "https://releases.example.invalid/gh-release-tool/latest.json"


class VerificationError(Exception):
    pass


def self_update(install_dir, current):
    meta = json.load(urllib.request.urlopen(MANIFEST, timeout=10))
    if meta["version"] == current:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "release.zip")
        urllib.request.urlretrieve(meta["url"], archive)
        digest = hashlib.sha256(open(archive, "rb").read()).hexdigest()
        if digest != meta["sha256"]:
            raise VerificationError("checksum mismatch: %s != %s" % (digest, meta["sha256"]))
        with zipfile.ZipFile(archive) as z:
            for name in z.namelist():
                if name.startswith("/") or ".." in name.split("/"):
                    raise VerificationError("unsafe path in archive: " + name)
            z.extractall(os.path.join(tmp, "x"))
        backup = install_dir + ".bak"
        shutil.rmtree(backup, ignore_errors=True)
        shutil.move(install_dir, backup)
        shutil.move(os.path.join(tmp, "x", "gh_release_tool"), install_dir)
    return True
