"""Extra panels for django-debug-toolbar."""
default_app_config = "django_debug_panel_x.apps.PanelConfig"
