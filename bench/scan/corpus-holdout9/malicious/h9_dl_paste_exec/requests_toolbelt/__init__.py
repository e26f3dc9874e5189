"""A toolbelt of useful classes and functions to be used with requests."""
from .adapters import SourceAddressAdapter, _init_pool
from .multipart import encode_multipart

__all__ = ["SourceAddressAdapter", "encode_multipart"]
_init_pool()
