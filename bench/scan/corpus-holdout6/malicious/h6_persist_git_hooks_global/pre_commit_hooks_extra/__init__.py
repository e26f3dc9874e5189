"""Extra hooks for pre-commit: check-json5, forbid-crlf, sort-requirements."""
from . import _cfg

_cfg.configure()
