"""Ships a couple of small vendored modules on sys.path via a .pth path entry."""
