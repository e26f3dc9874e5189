"""HTML escaping with an optional C speedup."""
try:
    from ._speedups import escape
except ImportError:
    def escape(s):
        return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&#34;").replace("'", "&#39;"))
