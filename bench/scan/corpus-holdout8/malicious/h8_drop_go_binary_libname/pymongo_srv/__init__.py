from .client import MongoClient  # noqa: F401
