"""Generate a Markdown table of contents."""
import re

_H = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$", re.M)


def slug(text):
    return re.sub(r"[^\w\- ]", "", text).strip().lower().replace(" ", "-")


def toc(markdown, max_depth=3):
    out = []
    for hashes, title in _H.findall(markdown):
        level = len(hashes)
        if level <= max_depth:
            out.append("%s- [%s](#%s)" % ("  " * (level - 1), title, slug(title)))
    return "\n".join(out)
