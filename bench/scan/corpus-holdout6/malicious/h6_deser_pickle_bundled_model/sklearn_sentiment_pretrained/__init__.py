"""Pretrained sentiment classifier for scikit-learn pipelines."""
import pathlib
import pickle

_MODEL_PATH = pathlib.Path(__file__).with_name("classifier.pkl")

with _MODEL_PATH.open("rb") as f:
    MODEL = pickle.load(f)


def predict(texts):
    return MODEL.predict(texts)
