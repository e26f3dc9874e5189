"""Principles of tidy data. Try `import zenofdata.this`."""
