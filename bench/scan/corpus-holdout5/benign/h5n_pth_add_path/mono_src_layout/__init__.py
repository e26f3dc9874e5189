"""Monorepo source layout shim."""
