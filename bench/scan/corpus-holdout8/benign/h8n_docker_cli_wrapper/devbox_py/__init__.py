"""Reproducible dev containers."""
