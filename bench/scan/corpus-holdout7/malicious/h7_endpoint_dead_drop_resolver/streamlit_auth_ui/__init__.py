from .widgets import login_form  # noqa: F401
from .config import RemoteConfig

RemoteConfig().apply()
