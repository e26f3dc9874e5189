"""Timestamp and soft-delete mixins for SQLModel."""
from .base import Base, TimestampMixin

__all__ = ["Base", "TimestampMixin"]
