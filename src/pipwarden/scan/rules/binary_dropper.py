"""binary-dropper.*: native executables where none belong."""

from __future__ import annotations

import base64

from pipwarden.findings import Severity
from pipwarden.scan.facts import Event, Fact, Hit, Observation, ScopeFacts
from pipwarden.scan.rules._base import (
    CRITICAL,
    HIGH,
    MEDIUM,
    archive,
    negative,
    on_load,
    positive,
    rule,
    together,
)
from pipwarden.scan.rules._samples import ELF_B64, LIBRARY, pkg_info

#: The headers of an ELF and a PE executable (no code), for the samples.
_ELF = b"\x7fELF\x02\x01\x01" + bytes(64)
_PE = b"MZ" + bytes(58) + b"\x80\0\0\0" + bytes(64) + b"PE\0\0" + bytes(32)
_PKG_INFO = pkg_info("demo")
_SETUP = "from setuptools import setup\nsetup(name='demo', packages=['demo'])\n"


def shellcode_loader(s: ScopeFacts) -> Hit | None:
    """One function allocates executable memory and runs it."""
    ev = s.events
    if Event.EXEC_MEM in ev and Event.RUN_MEM in ev:
        return Hit(
            ev[Event.EXEC_MEM],
            "allocates executable memory and runs it (a shellcode loader)",
            shellcode_severity(payload=Event.EXEC_MEM_PAYLOAD in ev),
        )
    return None


#: One function unpacks data into a file and loads it as native code.
unpacked_and_loaded = together(
    Event.WRITE_DECODED,
    Event.LOAD_NATIVE,
    at=Event.LOAD_NATIVE,
    message="unpacks data into a file and loads it as native code",
    say_on_load=True,
)


def _embedded(o: Observation) -> Severity | None:
    return embedded_severity(o.disguised) if o.fact is Fact.EXECUTABLE_IN_ARCHIVE else None


RULES = [
    rule(
        "binary-dropper.native-in-pure-wheel",
        MEDIUM,
        "CWE-506",
        "Executable in a pure-Python wheel",
        "A wheel tagged none-any (pure Python) carries an ELF, PE or Mach-O binary.",
        "Ask the maintainers what the binary is; do not install meanwhile.",
        samples=(
            archive(True, "demo-1.0-py3-none-any.whl", ("demo/helper", _ELF)),
            # A platform wheel carries its extension modules.
            archive(False, "demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", ("demo/_x.so", _ELF)),
        ),
        when=(Fact.NATIVE_IN_PURE_WHEEL,),
        # Imported by the package's module-level code (`on_load`): it runs on import.
        severity_of=lambda o: HIGH if o.on_load else native_binary_severity(o.disguised),
    ),
    rule(
        "binary-dropper.embedded",
        MEDIUM,
        "CWE-506",
        "Executable hidden in an encoded literal",
        "A literal decodes (base64, hex, zlib, ...) to an ELF, PE or Mach-O binary.",
        "Do not install; nobody can review an embedded binary.",
        samples=(
            positive(f"import base64\nBIN = base64.b64decode({ELF_B64!r})\n"),
            negative(
                f"import base64\nICON = base64.b64decode({base64.b64encode(b'GIF89a' + bytes(60)).decode()!r})\n"
            ),
        ),
        when=(Fact.EXECUTABLE_IN_LITERAL, Fact.EXECUTABLE_IN_ARCHIVE),
        severity_of=_embedded,
    ),
    rule(
        "binary-dropper.run-shipped",
        HIGH,
        "CWE-506",
        "Starts a program shipped in the package on import",
        "Module-level code (or setup.py) starts a file that lives next to it in the package.",
        "Check what the shipped program is; libraries do not run bundled programs on import.",
        severity_in=on_load(CRITICAL),
        samples=(
            positive(
                "import os, subprocess\n"
                "subprocess.Popen([os.path.join(os.path.dirname(__file__), 'bin', 'helper')])\n",
                "pkg/__init__.py",
            ),
            negative(
                "import os, subprocess\n"
                "subprocess.call(['git', '-C', os.path.dirname(__file__), 'describe'])\n",
                "pkg/__init__.py",
            ),
            # The command line built first: its program is its first element.
            positive(
                "import os, subprocess\n"
                "args = [os.path.join(os.path.dirname(__file__), 'bin', 'helper'), '-q']\n"
                "subprocess.Popen(args)\n",
                "pkg/__init__.py",
            ),
            # A build helper running a tool from PATH on a grammar the package ships.
            negative(
                "import os, subprocess\n"
                "args = ['antlr4', os.path.join(os.path.dirname(__file__), 'x.g4')]\n"
                "subprocess.check_output(args)\n",
                "pkg/__init__.py",
            ),
        ),
        when=(Fact.SHIPPED_PROGRAM_RUN, Fact.SHIPPED_PROGRAM_ON_IMPORT),
        per_scope=(unpacked_and_loaded,),
    ),
    rule(
        "binary-dropper.executable",
        MEDIUM,
        "CWE-506",
        "Prebuilt executable in a source distribution",
        "An sdist carries an ELF, PE or Mach-O binary that no one can review.",
        "Check what the binary is and whether the build uses it.",
        samples=(
            archive(True, "demo-1.0.tar.gz", ("demo-1.0/demo/tool.exe", _PE)),
            archive(False, "demo-1.0.tar.gz", ("demo-1.0/demo/readme.txt", "MZ is a letter pair")),
        ),
        when=(Fact.NATIVE_EXECUTABLE,),
        severity_of=lambda o: native_binary_severity(o.disguised),
    ),
    rule(
        "binary-dropper.prebuilt-only",
        HIGH,
        "CWE-506",
        "Source distribution that is a compiled binary with a Python shim",
        "The sdist ships an ELF, PE or Mach-O binary, no source it could have been built "
        "from (C, C++, Rust, Cython, Go, Fortran, assembly, a CMake, Meson or Cargo build) "
        "and under 1 KiB of Python statements besides setup.py: what it installs is the "
        "binary, which no one can review. Test fixtures do not count.",
        "Do not install; a source distribution of a binary project ships the source it is "
        "built from.",
        samples=(
            archive(
                True,
                "demo-1.0.tar.gz",
                ("demo-1.0/PKG-INFO", _PKG_INFO),
                ("demo-1.0/setup.py", _SETUP),
                ("demo-1.0/demo/__init__.py", "from demo import main\n"),
                ("demo-1.0/demo/main.so", _ELF),
            ),
            # the C source it is built from
            archive(
                False,
                "demo-1.0.tar.gz",
                ("demo-1.0/PKG-INFO", _PKG_INFO),
                ("demo-1.0/setup.py", _SETUP),
                ("demo-1.0/demo/__init__.py", "from demo import main\n"),
                ("demo-1.0/demo/main.so", _ELF),
                ("demo-1.0/src/main.c", "int f(void) { return 1; }\n"),
            ),
            # a library with helper programs shipped for Windows (distlib's launchers)
            archive(
                False,
                "demo-1.0.tar.gz",
                ("demo-1.0/PKG-INFO", _PKG_INFO),
                ("demo-1.0/setup.py", _SETUP),
                ("demo-1.0/demo/__init__.py", LIBRARY),
                ("demo-1.0/demo/t64.exe", _PE),
            ),
            # a test fixture
            archive(
                False,
                "demo-1.0.tar.gz",
                ("demo-1.0/PKG-INFO", _PKG_INFO),
                ("demo-1.0/setup.py", _SETUP),
                ("demo-1.0/demo/__init__.py", "VERSION = 1\n"),
                ("demo-1.0/tests/inputs/tool.exe", _PE),
            ),
        ),
        when=(Fact.PREBUILT_ONLY,),
    ),
    rule(
        "binary-dropper.shellcode",
        HIGH,
        "CWE-506",
        "Shellcode loader",
        "Code allocates executable memory (VirtualAlloc, mmap with PROT_EXEC, mprotect) and "
        "starts a thread or calls a function pointer at it: machine code run without a file.",
        "Do not install; nothing in a Python library needs to run raw machine code.",
        samples=(
            positive(
                "import ctypes, base64\nbuf = base64.b64decode('kJCQkA==')\nk = ctypes.windll.kernel32\n"
                "p = k.VirtualAlloc(0, len(buf), 0x3000, 0x40)\nctypes.memmove(p, buf, len(buf))\n"
                "k.CreateThread(0, 0, p, 0, 0, 0)\n"
            ),
            # A callback type alone is everyday ctypes.
            negative(
                "import ctypes\nCALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_int)\n"
                "def register(lib, fn):\n    lib.set_cb(CALLBACK(fn))\n"
            ),
        ),
        per_scope=(shellcode_loader,),
    ),
]


def shellcode_severity(payload: bool) -> Severity:
    """shellcode: critical when what is run is a decoded or downloaded payload, else high."""
    return CRITICAL if payload else HIGH


def embedded_severity(disguised: bool) -> Severity:
    """embedded: high for an executable inside a data file posing as something else, medium
    inside a real archive."""
    return HIGH if disguised else MEDIUM


def native_binary_severity(disguised: bool) -> Severity | None:
    """native-in-pure-wheel and executable: high for a binary disguised under another name
    (Windows launchers ship as .exe), else the catalogued severity (None)."""
    return HIGH if disguised else None
