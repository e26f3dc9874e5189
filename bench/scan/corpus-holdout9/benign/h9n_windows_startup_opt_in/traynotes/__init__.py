"""Sticky notes in the system tray."""
