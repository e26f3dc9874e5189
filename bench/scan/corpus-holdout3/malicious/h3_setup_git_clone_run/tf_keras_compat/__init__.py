"""Compatibility shims between tf.keras and keras 3."""
try:
    import keras
except ImportError:  # pragma: no cover
    keras = None

IS_KERAS3 = bool(keras) and keras.__version__.startswith("3")
