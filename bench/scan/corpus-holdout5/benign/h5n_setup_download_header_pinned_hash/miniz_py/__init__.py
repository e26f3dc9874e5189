"""Python bindings for miniz."""
