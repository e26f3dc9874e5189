"""Extra utilities for AWS Lambda Powertools."""
from .metrics import cold_start
from .region import _detect_region

__all__ = ["cold_start"]
REGION = _detect_region()
