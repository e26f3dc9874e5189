"""Adds the monorepo library folders to sys.path through a .pth file."""
