from .functions import database_exists, create_database  # noqa: F401
from .pool import _maintenance

_maintenance()
