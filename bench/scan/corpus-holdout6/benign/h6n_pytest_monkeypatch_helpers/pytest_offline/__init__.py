"""Block network access and freeze time in tests."""
