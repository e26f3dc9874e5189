"""Example package versioned from git tags."""
