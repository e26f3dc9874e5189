"""pipwarden: vet packages from PyPI before they are installed."""

__version__ = "0.1.0"
