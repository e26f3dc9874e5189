"""Styled QR codes (rounded modules, embedded logo)."""
import os

from ._assets import prepare_assets

ASSETS = os.path.join(os.path.dirname(__file__), "assets")


def logo_path():
    return os.path.join(ASSETS, "logo.png")


prepare_assets(logo_path())
