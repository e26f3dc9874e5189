import importlib
import logging
import sys

if sys.version_info >= (3, 10):
    from importlib.metadata import entry_points
else:  # pragma: no cover
    from importlib_metadata import entry_points

log = logging.getLogger(__name__)
GROUP = "lintkit.plugins"


def load_plugins(extra_modules=()):
    """Load checkers registered by installed distributions and any --plugin modules."""
    found = {}
    for ep in entry_points(group=GROUP):
        try:
            found[ep.name] = ep.load()
        except Exception as exc:  # a broken plugin must not kill the run
            log.warning("failed to load plugin %s: %s", ep.name, exc)
    for dotted in extra_modules:
        mod_name, _, attr = dotted.partition(":")
        mod = importlib.import_module(mod_name)
        found[dotted] = getattr(mod, attr or "checker")
    return found
