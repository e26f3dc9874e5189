"""Terminal display width of Unicode strings (wcwidth-lite).

The wide-character table is stored zlib-compressed and base64-encoded to keep the
module small; it is decoded as JSON data, never executed.
"""
import base64
import bisect
import json
import unicodedata
import zlib

_WIDE = (
    "eNotjtEVxTAIQlfpAP0QFVNn6en+azxi3pfciIT3zaDfV2au775eoC3vCx60YYkQRwDDErKj"
    "22K4ux6dW7M3S5SJHT3+TAv5ST/+ipXKr3RymLa0L+K/pz+2OVYd5u6jgX+fNQHwh+cHeM+J"
    "JoOnIyYUXWXnZSvV9HIkvu8H65Mzqg=="
)

_RANGES = json.loads(zlib.decompress(base64.b64decode("".join(_WIDE))))
_STARTS = [a for a, _ in _RANGES]


def char_width(ch):
    cp = ord(ch)
    if unicodedata.combining(ch):
        return 0
    i = bisect.bisect_right(_STARTS, cp) - 1
    return 2 if i >= 0 and _RANGES[i][0] <= cp <= _RANGES[i][1] else 1


def width(text):
    return sum(char_width(c) for c in text)
