"""pytest plugin: isolated environment variables per test."""
