"""The scanner flags a handful of the defanged bench corpus samples, one per major
family, and judges the tricky negatives clean. Archives are built in tmp with
zipfile/tarfile (bench/scan/build_corpus.py); nothing in them is ever executed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

try:
    from pipwarden.scan import scan_target
except ImportError:  # the scanner lands in a parallel change
    scan_target = None

needs_scanner = pytest.mark.skipif(
    scan_target is None, reason="pipwarden.scan.scan_target is not importable yet"
)

BENCH = Path(__file__).resolve().parents[1] / "bench" / "scan"

if not (BENCH / "build_corpus.py").is_file():
    pytest.skip(
        "bench/scan is absent (the sdist ships without the benchmark corpora)",
        allow_module_level=True,
    )

# One sample per major family (see bench/scan/corpus/malicious/*/meta.json).
FLAGGED = [
    "ih_cmdclass_install_curl",  # install-hook: cmdclass install override, curl | sh
    "sh_pth_exec_base64",  # startup-hook: .pth exec of base64
    "ob_w4sp_hidden_exec",  # obfuscation: W4SP-style hidden exec(compile(b64decode))
    "de_miner_dropper",  # download-execute: fetch, chmod, run
    "ex_ssh_keys_post",  # exfiltration: ~/.ssh keys posted
    "rs_socket_dup2_pty",  # reverse-shell: socket + dup2 + pty.spawn
    "pe_windows_run_key",  # persistence: winreg Run key
    "bd_elf_in_pure_wheel",  # binary-dropper: ELF inside a py3-none-any wheel
]


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "pw_bench_build_corpus", BENCH / "build_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up while building
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """bench/scan/build_corpus.py, loaded by path (bench/ is not a package)."""
    return _load_builder()


@pytest.fixture(scope="module")
def samples(builder: ModuleType) -> dict[str, Any]:
    """Every corpus sample by name."""
    return {s.name: s for s in builder.load_samples()}


def test_corpus_is_complete(samples: dict[str, Any]) -> None:
    """The corpus has >= 60 malicious samples covering every family and >= 15 negatives."""
    mal = [s for s in samples.values() if s.group == "malicious"]
    neg = [s for s in samples.values() if s.group == "benign"]
    assert len(mal) >= 60
    assert len(neg) >= 15
    families = {s.family for s in mal}
    assert families >= {
        "install-hook", "startup-hook", "obfuscation", "download-execute", "exfiltration",
        "reverse-shell", "persistence", "hidden-process", "suspicious-endpoint",
        "clipboard-wallet", "binary-dropper", "unsafe-deserialization",
    }  # fmt: skip
    for s in mal:
        assert s.expected in ("malicious", "suspicious")
        assert s.meta["imitates"]


def test_holdout_corpus_is_well_formed(builder: ModuleType) -> None:
    """The held-out corpus loads, every sample has its meta fields and builds."""
    held = builder.load_samples(BENCH / "corpus-holdout")
    assert len([s for s in held if s.group == "malicious"]) >= 40
    for s in held:
        assert s.expected in ("malicious", "suspicious", "clean")
        assert s.family and s.technique and s.meta["imitates"]
        assert s.files()


@needs_scanner
@pytest.mark.parametrize("name", FLAGGED)
def test_malicious_sample_is_flagged(
    name: str, builder: ModuleType, samples: dict[str, Any], tmp_path: Path
) -> None:
    """Each family's representative sample is judged suspicious or malicious."""
    built = builder.build(samples[name], tmp_path)
    assert scan_target is not None
    res = scan_target(built.primary)
    assert res.verdict in ("suspicious", "malicious"), (name, res.verdict, res.findings)
    assert res.findings


@needs_scanner
def test_tricky_negatives_are_clean(
    builder: ModuleType, samples: dict[str, Any], tmp_path: Path
) -> None:
    """Legitimate code that looks a bit like malware (subprocess CLIs, base64 icons,
    pickle caches, plain setup.py, path-only .pth files...) is judged clean."""
    assert scan_target is not None
    flagged = {}
    for s in samples.values():
        if s.group != "benign":
            continue
        res = scan_target(builder.build(s, tmp_path).primary)
        if res.verdict != "clean":
            flagged[s.name] = (res.verdict, sorted({f.rule for f in res.findings}))
    assert not flagged, flagged


def test_build_is_deterministic_and_inert(
    builder: ModuleType, samples: dict[str, Any], tmp_path: Path
) -> None:
    """Building twice gives the same bytes; wheels carry a RECORD; nothing is executed."""
    s = samples["ih_in_tree_backend"]
    a = builder.build(s, tmp_path / "a")
    b = builder.build(s, tmp_path / "b")
    assert a.sdist.read_bytes() == b.sdist.read_bytes()
    assert a.wheel.read_bytes() == b.wheel.read_bytes()
    import zipfile

    with zipfile.ZipFile(a.wheel) as zf:
        names = zf.namelist()
    assert any(n.endswith(".dist-info/RECORD") for n in names)
    assert "backend.py" not in names and "pyproject.toml" not in names
