__version__ = "2024.5.1"
