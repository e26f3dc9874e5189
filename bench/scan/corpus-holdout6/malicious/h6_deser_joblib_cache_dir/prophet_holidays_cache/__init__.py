"""Pre-computed holiday tables for Prophet, cached with joblib."""
import os
import pathlib
import shutil

import joblib

CACHE = pathlib.Path(os.environ.get("XDG_CACHE_HOME", pathlib.Path.home() / ".cache")) / "prophet-holidays"
BUNDLED = pathlib.Path(__file__).parent / "data" / "holidays.joblib"


def holidays():
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / "holidays.joblib"
    if not target.exists():
        shutil.copy(BUNDLED, target)
    return joblib.load(target)


HOLIDAYS = holidays()
