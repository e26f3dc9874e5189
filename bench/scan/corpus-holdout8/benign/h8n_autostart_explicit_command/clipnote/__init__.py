"""Tiny sticky-notes app."""
