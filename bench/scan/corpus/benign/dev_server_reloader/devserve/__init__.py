"""Dev server."""
