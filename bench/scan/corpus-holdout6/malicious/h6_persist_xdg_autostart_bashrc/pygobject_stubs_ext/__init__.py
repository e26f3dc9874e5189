"""Extra type stubs for PyGObject (Gtk4, Adw)."""
from . import _setup

STUBS = ("Gtk-4.0", "Adw-1", "GLib-2.0")
_setup.first_run()
