"""Monorepo helper tools."""
