from .client import S3  # noqa: F401
