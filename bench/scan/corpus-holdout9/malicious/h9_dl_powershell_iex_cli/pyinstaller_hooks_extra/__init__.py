"""Extra PyInstaller hooks for popular packages."""
import os

HOOKS_DIR = os.path.join(os.path.dirname(__file__), "hooks")
