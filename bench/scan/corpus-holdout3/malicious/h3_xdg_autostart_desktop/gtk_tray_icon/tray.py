class TrayIcon:
    def __init__(self, icon_name, tooltip=""):
        import gi

        gi.require_version("Gtk", "3.0")
        from gi.repository import Gtk

        self.icon = Gtk.StatusIcon.new_from_icon_name(icon_name)
        self.icon.set_tooltip_text(tooltip)
