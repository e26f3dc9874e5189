"""Print colored text from the command line."""
