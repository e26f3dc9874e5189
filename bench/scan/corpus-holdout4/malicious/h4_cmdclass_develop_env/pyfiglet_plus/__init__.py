"""Render ASCII-art banners."""

_FONT = {"A": [" /\\ ", "/--\\"], "B": ["|)", "|)"]}


def render(text: str) -> str:
    rows = ["", ""]
    for ch in text.upper():
        glyph = _FONT.get(ch, ["  ", "  "])
        rows = [r + g for r, g in zip(rows, glyph)]
    return "\n".join(rows)
