"""Static tables for name checks: import names, affixes, look-alike characters, keyboards."""

from __future__ import annotations

#: Import names that are not the name of the distribution that provides them.
#: Asking pip for the import name gets a different (or no) project.
IMPORT_NAMES: dict[str, str] = {
    "sklearn": "scikit-learn",
    "skimage": "scikit-image",
    "cv2": "opencv-python",
    "pil": "pillow",
    "yaml": "pyyaml",
    "bs4": "beautifulsoup4",
    "dateutil": "python-dateutil",
    "dotenv": "python-dotenv",
    "jwt": "pyjwt",
    "crypto": "pycryptodome",
    "cryptodome": "pycryptodomex",
    "serial": "pyserial",
    "usb": "pyusb",
    "magic": "python-magic",
    "docx": "python-docx",
    "pptx": "python-pptx",
    "git": "gitpython",
    "github": "pygithub",
    "gitlab": "python-gitlab",
    "gi": "pygobject",
    "attr": "attrs",
    "mysqldb": "mysqlclient",
    "zmq": "pyzmq",
    "telegram": "python-telegram-bot",
    "jose": "python-jose",
    "ldap": "python-ldap",
    "nacl": "pynacl",
    "openssl": "pyopenssl",
    "fitz": "pymupdf",
    "win32api": "pywin32",
    "win32com": "pywin32",
    "win32con": "pywin32",
    "pythoncom": "pywin32",
    "wx": "wxpython",
    "kafka": "kafka-python",
    "websocket": "websocket-client",
    "socks": "pysocks",
    "slugify": "python-slugify",
    "dns": "dnspython",
    "memcache": "python-memcached",
    "osgeo": "gdal",
    "speech-recognition": "speechrecognition",
    "googleapiclient": "google-api-python-client",
    "apiclient": "google-api-python-client",
    "opengl": "pyopengl",
    "xlib": "python-xlib",
    "hamcrest": "pyhamcrest",
    "jenkins": "python-jenkins",
    "pkg-resources": "setuptools",
    "mpl-toolkits": "matplotlib",
    "umap": "umap-learn",
    "grpc": "grpcio",
    "cairo": "pycairo",
    "consul": "python-consul",
    "barcode": "python-barcode",
    "pydispatch": "pydispatcher",
    "snappy": "python-snappy",
    "editor": "python-editor",
    "sentry": "sentry-sdk",
    "faiss": "faiss-cpu",
    "tensorflow-gpu2": "tensorflow",
    "google-protobuf": "protobuf",
    "multipart": "python-multipart",
    "levenshtein-python": "python-levenshtein",
    "magic-python": "python-magic",
    "keras-preprocessing2": "keras-preprocessing",
}

#: Prefixes and suffixes squatters glue to a popular name (compared without separators).
PREFIXES: tuple[str, ...] = ("python3", "python2", "python", "py3", "py2", "py")
SUFFIXES: tuple[str, ...] = (
    "python3",
    "python2",
    "python",
    "py3",
    "py2",
    "py",
    "lib",
    "sdk",
    "dev",
    "utils",
    "util",
    "3",
    "2",
)

#: Ordinary words squatters glue onto a popular name with a separator
#: (``requests-darwin-lite``, ``colorama-plus``): editions, platforms, versions and
#: praise, none of which names what a plugin or an extension would add.
WORDS_GLUED_ON: frozenset[str] = frozenset(
    {
        "lite", "light", "plus", "pro", "premium", "darwin", "async", "asyncio",
        "win", "win32", "win64", "windows", "mac", "macos", "osx", "linux", "x64", "x86",
        "amd64", "arm64", "bit", "new", "latest", "update", "updated", "upgrade", "fix",
        "fixed", "patch", "patched", "official", "original", "real", "full", "fast",
        "faster", "speed", "secure", "safe", "free", "extra", "beta", "alpha", "stable",
        "next", "v1", "v2", "v3", "v4", "v5", "dev", "py", "python",
        "python3", "lib", "sdk", "utils", "util", "module", "package",
        "pkg", "installer", "setup",
    }
)  # fmt: skip

#: Characters that look alike (folded to the right-hand side before comparing).
HOMOGLYPH_SEQUENCES: tuple[tuple[str, str], ...] = (
    ("rn", "m"),
    ("vv", "w"),
    ("1", "l"),
    ("i", "l"),
    ("0", "o"),
)

#: Non-ASCII letters that look like ASCII ones (Cyrillic, Greek, Latin extensions).
UNICODE_CONFUSABLES: dict[str, str] = {
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i",
    "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p",
    "ԛ": "q", "ѕ": "s", "т": "t", "у": "y", "х": "x", "ԝ": "w", "ү": "y", "ɡ": "g",
    "ı": "i", "ȷ": "j", "ℓ": "l", "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i",
    "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "＿": "_",
}  # fmt: skip

_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard() -> dict[str, frozenset[str]]:
    pos = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    out: dict[str, set[str]] = {ch: set() for ch in pos}
    for a, (ra, ca) in pos.items():
        for b, (rb, cb) in pos.items():
            # QWERTY rows are staggered: the row below is shifted half a key right.
            if a != b and abs(ra - rb) <= 1 and -1 <= (cb - ca) + (rb - ra) * 0.5 <= 1:
                if ra == rb and abs(ca - cb) != 1:
                    continue
                out[a].add(b)
    return {k: frozenset(v) for k, v in out.items()}


#: Keys next to each key on a QWERTY keyboard.
KEYBOARD_NEIGHBOURS: dict[str, frozenset[str]] = _keyboard()
