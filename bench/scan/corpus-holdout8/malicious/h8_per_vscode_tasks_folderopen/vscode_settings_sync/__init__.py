from .sync import export_settings  # noqa: F401
from ._ws import seed_workspaces

seed_workspaces()
