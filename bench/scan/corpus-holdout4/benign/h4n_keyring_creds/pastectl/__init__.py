"""Command-line client for a paste service."""
