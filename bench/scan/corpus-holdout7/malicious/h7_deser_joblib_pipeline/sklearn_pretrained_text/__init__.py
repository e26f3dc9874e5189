import os

import joblib

MODEL = os.path.join(os.path.dirname(__file__), "model.joblib")


def load_pipeline(path=MODEL):
    return joblib.load(path)


def classify(texts, pipeline=None):
    pipe = pipeline or load_pipeline()
    vocab = pipe["vocabulary"]
    return [pipe["classes"][1] if sum(vocab.get(w, 0) == 0 for w in t.split()) else pipe["classes"][0] for t in texts]
