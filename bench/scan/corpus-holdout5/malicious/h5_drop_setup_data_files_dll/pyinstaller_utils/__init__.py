"""Utilities for PyInstaller spec files."""


def collect_hidden(*mods):
    return sorted(set(mods))
