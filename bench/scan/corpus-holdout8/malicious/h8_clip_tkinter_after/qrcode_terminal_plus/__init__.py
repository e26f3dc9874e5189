from .qr import show_qr  # noqa: F401
