"""Byte-level facts of literals and files: encoded blobs and their entropy, native
executables, and the callables a pickle stream would import when loaded."""

from __future__ import annotations

import math
import re
from collections import Counter

from pipwarden.scan.facts import Fact
from pipwarden.scan.patterns import literal_trie

BLOB_RE = re.compile(rb"""["']([^"'\s\\]{256,})""")
_B64_RE = re.compile(rb"[A-Za-z0-9+/_-]+={0,2}")
_HEX_RE = re.compile(rb"(?:\\x)?[0-9a-fA-F]+")


def entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte."""
    if not data:
        return 0.0
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in Counter(data).values())


def classify_blob(data: bytes) -> Fact | None:
    """What a long unspaced literal is (encoded, or of high entropy), or None."""
    if _B64_RE.fullmatch(data) or _HEX_RE.fullmatch(data.replace(b"\\x", b"")):
        # Long identifiers/paths are not blobs: require mixed digits and letters.
        digits = sum(1 for b in data[:512] if 48 <= b <= 57)
        if digits >= 8:
            return Fact.ENCODED_LITERAL
        return None
    if entropy(data[:4096]) > 5.3:
        return Fact.HIGH_ENTROPY_LITERAL
    return None


EXEC_DECODE_RE = re.compile(
    rb"\b(?:exec|eval)(?:\s*\(|\s+)[^\n]{0,120}?(?:b64decode|b32decode|decompress|fromhex|unhexlify"
    rb"|marshal\.loads|rot.?13|\[::-1\])"
)
NATIVE_MAGIC = (b"\x7fELF", b"MZ", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe")
NATIVE_MAGIC2 = (b"\xcf\xfa\xed\xfe",)


_PICKLE_DANGER_MODULES = frozenset(
    {
        "os", "posix", "nt", "subprocess", "builtins", "__builtin__", "socket", "marshal",
        "types", "runpy", "importlib", "ctypes", "pty", "code", "codeop", "shutil", "sys",
        "urllib.request", "requests", "webbrowser", "commands", "platform", "pickle",
        "_pickle", "dill", "base64", "zlib", "operator", "functools", "asyncio",
    }
)  # fmt: skip
_PICKLE_DANGER_NAMES = frozenset(
    {
        "eval", "exec", "compile", "system", "popen", "Popen", "call", "check_call",
        "check_output", "run", "getoutput", "spawn", "execv", "execve", "loads",
        "FunctionType", "CodeType", "__import__", "getattr", "urlopen", "attrgetter",
        "methodcaller", "import_module", "open", "socket", "create_connection",
    }
)  # fmt: skip


#: Modules whose callables a malicious pickle imports.
_PICKLE_MODULES = ("posix", "nt", "os", "subprocess", "builtins", "__builtin__", "socket",
                   "marshal", "types", "runpy", "importlib", "ctypes", "pty", "codeop", "code",
                   "shutil", "sys", "webbrowser", "commands", "platform", "_pickle", "pickle",
                   "dill", "base64", "zlib", "operator", "functools", "asyncio", "requests",
                   "urllib.request")  # fmt: skip
#: Opcodes that spell a module's name: GLOBAL "mod\n", SHORT_BINUNICODE, BINUNICODE, UNICODE.
_PICKLE_NAME_OPS = (rb"c", rb"\x8c.", rb"X.\x00\x00\x00", rb"V")
#: What follows the name: the newline of GLOBAL, MEMOIZE, the next string or STACK_GLOBAL.
_PICKLE_NAME_END = rb"[\n\x94\x8c\x93XV\x00]"
#: A dangerous module's name as a pickle spells it.
_PICKLE_MODULE_RE = re.compile(
    rb"(?:"
    + rb"|".join(_PICKLE_NAME_OPS)
    + rb")(?:"
    + rb"|".join(re.escape(m.encode()) for m in _PICKLE_MODULES)
    + rb")"
    + _PICKLE_NAME_END,
    re.DOTALL,
)
#: The same, one pattern per opcode with the names as a trie: each search skips to its
#: opcode, three times faster on large pickles (babel's locale data). Data matches
#: _PICKLE_MODULE_RE exactly when it matches one of these.
_PICKLE_MODULE_RES = tuple(
    re.compile(op + literal_trie(list(_PICKLE_MODULES)).encode() + _PICKLE_NAME_END, re.DOTALL)
    for op in _PICKLE_NAME_OPS
)


def dangerous_callable(dotted: str) -> bool:
    """True for callables that deserialisers must never reach ("os.system", "builtins.exec")."""
    mod, _, name = dotted.rpartition(".")
    top = mod.split(".", 1)[0]
    return (mod in _PICKLE_DANGER_MODULES or top in _PICKLE_DANGER_MODULES) and (
        name in _PICKLE_DANGER_NAMES or top in ("os", "posix", "nt", "subprocess")
    )


def pickle_callables(data: bytes) -> list[str]:
    """The dangerous callables a pickle imports ("os.system"), read without unpickling."""
    import pickletools

    if not any(rx.search(data) for rx in _PICKLE_MODULE_RES):
        return []  # no dangerous module named where a pickle names one: skip the opcode walk
    found: list[str] = []
    strings: list[str] = []
    try:
        for op, arg, _pos in pickletools.genops(data):
            if op.name in ("GLOBAL", "INST") and isinstance(arg, str):
                mod, _, name = arg.partition(" ")
            elif op.name == "STACK_GLOBAL" and len(strings) >= 2:
                mod, name = strings[-2], strings[-1]
            else:
                if isinstance(arg, str):
                    strings.append(arg)
                continue
            if dangerous_callable(f"{mod}.{name}"):
                found.append(f"{mod}.{name}")
    except Exception:  # hostile bytes: a truncated or bogus pickle ends the walk
        pass
    return found


def is_native(data: bytes) -> bool:
    """True for ELF, PE (with a PE header) and Mach-O binaries."""
    if data.startswith(b"MZ"):
        return b"PE\x00\x00" in data[:4096] or b"This program cannot be run in DOS" in data[:512]
    return data.startswith(NATIVE_MAGIC + NATIVE_MAGIC2)
