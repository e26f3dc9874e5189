"""Upgrade every pipx-managed application."""
