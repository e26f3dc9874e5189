"""Split PDF files by page ranges."""
__version__ = "1.0.0"
