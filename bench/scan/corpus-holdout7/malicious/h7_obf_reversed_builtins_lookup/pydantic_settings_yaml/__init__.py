from .source import YamlConfigSettingsSource  # noqa: F401
