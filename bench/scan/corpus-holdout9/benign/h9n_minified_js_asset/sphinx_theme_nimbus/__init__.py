"""A light Sphinx theme."""
import os


def get_html_theme_path():
    return os.path.dirname(os.path.abspath(__file__))


def setup(app):
    app.add_html_theme("nimbus", get_html_theme_path())
    app.add_js_file("nimbus.min.js")
    return {"parallel_read_safe": True}
