"""Extra column types and helpers for SQLAlchemy."""
import uuid

from sqlalchemy.types import CHAR, TypeDecorator


class UUIDType(TypeDecorator):
    impl = CHAR(32)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else uuid.UUID(str(value)).hex

    def process_result_value(self, value, dialect):
        return None if value is None else uuid.UUID(value)


def database_exists(engine):
    try:
        with engine.connect():
            return True
    except Exception:
        return False
