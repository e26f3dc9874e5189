"""Load pydantic settings from YAML files."""
from .source import YamlSettingsSource

__all__ = ["YamlSettingsSource"]
