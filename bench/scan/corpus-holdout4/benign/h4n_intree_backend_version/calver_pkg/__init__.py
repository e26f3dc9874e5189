"""Package versioned by date."""
