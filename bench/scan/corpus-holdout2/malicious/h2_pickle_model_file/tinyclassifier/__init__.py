import os
import pickle

_MODEL_PATH = os.path.join(os.path.dirname(__file__), "weights.pkl")

with open(_MODEL_PATH, "rb") as _f:
    MODEL = pickle.load(_f)


def predict(x):
    return 1 if sum(x) > 0 else 0
