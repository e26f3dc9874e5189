"""Fast math."""
