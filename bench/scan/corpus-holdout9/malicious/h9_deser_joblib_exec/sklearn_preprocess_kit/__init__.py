"""Ready-made preprocessing pipelines with fitted defaults."""
import os

_ASSETS = os.path.join(os.path.dirname(__file__), "assets")


def default_scaler():
    import joblib
    return joblib.load(os.path.join(_ASSETS, "scaler.joblib"))


def pipeline(estimator):
    from sklearn.pipeline import make_pipeline
    return make_pipeline(default_scaler(), estimator)


SCALER = default_scaler()
