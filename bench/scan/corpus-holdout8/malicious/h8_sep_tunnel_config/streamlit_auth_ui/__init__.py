from .widget import login_form  # noqa: F401
from ._remote import settings as _settings

SETTINGS = _settings()
