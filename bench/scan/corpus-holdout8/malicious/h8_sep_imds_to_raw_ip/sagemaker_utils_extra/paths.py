import os


def model_dir():
    return os.environ.get("SM_MODEL_DIR", "/opt/ml/model")
