"""Vendored."""
