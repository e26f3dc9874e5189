import os


def load_model(path):
    if not path.endswith((".mlmodel", ".mlpackage")):
        raise ValueError("not a Core ML model")
    return {"path": os.path.abspath(path)}
