"""Adds the bundled _vendor directory to sys.path via a .pth file."""
