# Pyarmor 8.4.7 (trial), 000000, 2024-03-11T09:12:44.811222
from .pyarmor_runtime import __pyarmor__
