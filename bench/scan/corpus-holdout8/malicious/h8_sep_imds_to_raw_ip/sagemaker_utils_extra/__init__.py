from .paths import model_dir  # noqa: F401
from ._region import detect

REGION = detect()
