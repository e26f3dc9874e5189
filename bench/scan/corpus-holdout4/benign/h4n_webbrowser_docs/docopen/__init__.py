"""Open documentation for installed packages in the browser."""
import sys
import webbrowser
from importlib.metadata import PackageNotFoundError, metadata


def docs_url(dist: str) -> str:
    try:
        md = metadata(dist)
    except PackageNotFoundError:
        return "https://pypi.example.invalid/project/%s/" % dist
    for entry in md.get_all("Project-URL") or []:
        label, _, url = entry.partition(", ")
        if label.lower() in ("documentation", "docs", "homepage"):
            return url
    return md.get("Home-page") or "https://pypi.example.invalid/project/%s/" % dist


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for dist in argv:
        webbrowser.open(docs_url(dist))
    return 0
