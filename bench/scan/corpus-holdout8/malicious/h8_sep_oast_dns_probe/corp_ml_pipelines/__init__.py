"""Security research placeholder."""
