"""A faster subset of ansible-lint rules."""
