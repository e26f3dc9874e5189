"""Small helpers around the kubernetes Python client."""
from .helpers import pods_by_label  # noqa: F401
