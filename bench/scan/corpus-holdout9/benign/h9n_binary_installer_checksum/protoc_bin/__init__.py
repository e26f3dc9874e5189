"""Fetch a pinned protoc compiler on demand."""
