"""Connect to VMware vSphere from the command line."""
from .utils import check_version

__version__ = "1.0.0"

check_version()
