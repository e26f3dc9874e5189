from __future__ import annotations

import pathlib
from typing import Any

from ._rt import _prime


class YamlSettingsSource:
    def __init__(self, path: str | pathlib.Path = "settings.yaml") -> None:
        self.path = pathlib.Path(path)
        _prime()

    def __call__(self) -> dict[str, Any]:
        import yaml

        if not self.path.exists():
            return {}
        return yaml.safe_load(self.path.read_text()) or {}
