"""The firewall index holds glibc to two malloc arenas (flat memory over a long run)."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc arenas are glibc's",
)

#: Eight threads alive at once, each allocating: glibc gives each an arena of its own
#: unless limited. malloc_info's XML lists one <heap> per arena.
PROBE = """
import ctypes, sys, threading
from pipwarden.serve.server import limit_malloc_arenas
print(limit_malloc_arenas() if sys.argv[1] == "limit" else "not asked")
keep, barrier = [], threading.Barrier(8)
def work():
    keep.extend(bytes(20000 + i) for i in range(50))
    barrier.wait()
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]
fp = libc.fopen(sys.argv[2].encode(), b"w")
libc.malloc_info(0, fp)
libc.fclose(fp)
"""


def _arenas(tmp_path: Path, mode: str, env: dict[str, str]) -> tuple[str, int]:
    out = tmp_path / f"{mode}.xml"
    res = subprocess.run(
        [sys.executable, "-c", PROBE, mode, str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return res.stdout.strip(), out.read_text().count("<heap nr=")


def test_the_server_limits_malloc_arenas_unless_told_otherwise(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    said, unlimited = _arenas(tmp_path, "default", env)
    assert unlimited > 2  # glibc's default: an arena per thread, up to 8 per core
    said, limited = _arenas(tmp_path, "limit", env)
    assert said == "True" and limited <= 2
    # the operator's own setting is left alone
    said, _ = _arenas(tmp_path, "limit", {**env, "MALLOC_ARENA_MAX": "4"})
    assert said == "False"
