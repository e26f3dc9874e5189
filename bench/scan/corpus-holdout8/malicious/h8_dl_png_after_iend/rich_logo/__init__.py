from .render import Logo, branded  # noqa: F401
