from .toast import ToastNotifier  # noqa: F401
