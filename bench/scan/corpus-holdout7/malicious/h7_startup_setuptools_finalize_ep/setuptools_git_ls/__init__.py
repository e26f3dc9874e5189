"""Use `git ls-files` as the setuptools file finder."""
