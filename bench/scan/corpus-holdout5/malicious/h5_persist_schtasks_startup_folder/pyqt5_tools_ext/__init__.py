"""Launchers for Qt Designer and friends."""
