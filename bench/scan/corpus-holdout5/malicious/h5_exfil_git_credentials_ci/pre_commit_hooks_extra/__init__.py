"""Additional hooks for pre-commit."""
