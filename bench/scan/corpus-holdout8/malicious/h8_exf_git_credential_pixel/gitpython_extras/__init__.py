from .repo import Repo  # noqa: F401
