"""Modern command-line HTTP client."""
