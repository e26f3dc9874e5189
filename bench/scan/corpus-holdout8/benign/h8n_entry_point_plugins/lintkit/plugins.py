from importlib.metadata import entry_points

GROUP = "lintkit.rules"


def load_plugins(allow=None):
    rules = {}
    for ep in entry_points(group=GROUP):
        if allow is not None and ep.name not in allow:
            continue
        try:
            rules[ep.name] = ep.load()
        except Exception as exc:  # a broken plugin must not break linting
            rules[ep.name] = exc
    return rules
