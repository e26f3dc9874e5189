"""Serve a directory over HTTP."""
