"""Core of the datakit toolbox."""
import importlib.util
import subprocess
import sys

EXTRAS = {"plot": ["matplotlib>=3.7"], "parquet": ["pyarrow>=14"]}


def ensure_extra(name: str, assume_yes: bool = False) -> None:
    """Install an optional extra on request (never called at import)."""
    reqs = EXTRAS[name]
    missing = [r for r in reqs if importlib.util.find_spec(r.split(">")[0].split("=")[0]) is None]
    if not missing:
        return
    if not assume_yes:
        answer = input(f"Install {', '.join(missing)} with pip? [y/N] ")
        if answer.strip().lower() != "y":
            raise ImportError(f"extra '{name}' requires: {', '.join(missing)}")
    subprocess.check_call([sys.executable, "-m", "pip", "install", *missing])
