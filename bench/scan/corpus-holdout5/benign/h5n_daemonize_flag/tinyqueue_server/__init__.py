"""A small TCP job queue server."""
