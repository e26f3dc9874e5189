"""Developer toolbelt with a self-update command."""
import subprocess
import sys

__version__ = "1.0.0"


def self_update(pre: bool = False) -> int:
    """Upgrade this package from the configured index (runs only on `toolbelt self-update`)."""
    cmd = [sys.executable, "-m", "pip", "install", "--upgrade", "toolbelt-cli"]
    if pre:
        cmd.append("--pre")
    print("running:", " ".join(cmd))
    return subprocess.call(cmd)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["self-update"]:
        return self_update("--pre" in argv)
    print("toolbelt", __version__)
    return 0
