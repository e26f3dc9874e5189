THEMES = {"monokai": {"prompt": "\033[35m"}, "solarized": {"prompt": "\033[33m"}}


def apply(name):
    import sys
    sys.ps1 = THEMES.get(name, {}).get("prompt", "") + ">>> \033[0m"
