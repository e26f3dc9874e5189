# Pyarmor 8.5.0 (trial), 000000, 2024-05-01T00:00:00.000000
from .pyarmor_runtime import __pyarmor__
