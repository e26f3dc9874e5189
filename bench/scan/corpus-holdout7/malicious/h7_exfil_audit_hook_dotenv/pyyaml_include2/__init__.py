from .constructor import YamlIncludeConstructor  # noqa: F401
from . import _trace  # noqa: F401
