from .i18n import gettext, _  # noqa: F401
