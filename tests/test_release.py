"""pipwarden is released the way its own policy tells others to release.

The release workflow builds once from hash-pinned build requirements, tests the
built wheel, and publishes with trusted publishing and attestations; the build
is reproducible under SOURCE_DATE_EPOCH and the version has one source.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

import pipwarden
from pipwarden.disclosure import posture

REPO = Path(__file__).resolve().parents[1]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def _workflow() -> dict[str, Any]:
    if not WORKFLOW.is_file():
        pytest.skip("not a checkout of the repository (no .github/)")
    doc: dict[str, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return doc


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def _uses(job: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for step in job["steps"] if "uses" in step]


def test_release_publishes_with_trusted_publishing_and_attestations() -> None:
    doc = _workflow()
    assert doc["permissions"] == {"contents": "read"}
    publish = doc["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    (step,) = [s for s in _uses(publish) if "gh-action-pypi-publish" in s["uses"]]
    inputs = step.get("with", {})
    assert "password" not in inputs and "user" not in inputs  # OIDC, no token
    assert inputs.get("attestations") is True
    # Nothing but the publishing job can mint an OIDC token.
    for name, job in doc["jobs"].items():
        if name != "publish":
            assert "id-token" not in job.get("permissions", {}), name


def test_release_builds_once_and_tests_the_built_wheel() -> None:
    jobs = _workflow()["jobs"]
    builds = [name for name, job in jobs.items() if "python -m build" in _runs(job)]
    assert builds == ["build"]
    build = _runs(jobs["build"])
    assert "--require-hashes" in build and ".github/build-requirements.txt" in build
    assert "SOURCE_DATE_EPOCH" in build and "twine check" in build
    assert jobs["test"]["needs"] == "build" and jobs["publish"]["needs"] == "test"
    test = _runs(jobs["test"])
    assert "-r .github/test-requirements.txt" in test and "--require-hashes" in test
    assert re.search(r"pip install --no-deps --no-index --only-binary :all: dist/\S+\.whl", test)
    assert "pytest" in test and "pipwarden scan dist/" in test and "verdict" in test
    assert "--format cyclonedx" in test
    # The published files are the ones that were built and tested: downloaded, not rebuilt.
    for name in ("test", "publish", "attach"):
        assert "python -m build" not in _runs(jobs[name])
        assert any("download-artifact" in s["uses"] for s in _uses(jobs[name]))


@pytest.mark.parametrize("name", ["build-requirements.txt", "test-requirements.txt"])
def test_release_requirements_are_hash_pinned(name: str) -> None:
    path = REPO / ".github" / name
    if not path.is_file():
        pytest.skip("not a checkout of the repository (no .github/)")
    text = path.read_text(encoding="utf-8")
    assert posture.unhashed_requirements(text) == []
    pinned = {m.group(1).lower() for m in re.finditer(r"(?m)^([A-Za-z0-9][\w.-]*)==", text)}
    wanted = {"build", "hatchling", "twine"} if name.startswith("build") else {"pytest", "httpx"}
    assert wanted <= pinned


def test_the_version_has_one_source() -> None:
    init = (Path(pipwarden.__file__)).read_text(encoding="utf-8")
    assert len(re.findall(r"(?m)^__version__ = ", init)) == 1
    assert importlib.metadata.version("pipwarden") == pipwarden.__version__
    pyproject = REPO / "pyproject.toml"
    if pyproject.is_file():
        text = pyproject.read_text(encoding="utf-8")
        assert 'dynamic = ["version"]' in text
        assert not re.search(r"(?m)^version\s*=", text)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_wheel_and_sdist_are_reproducible(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wheels = pytest.importorskip("hatchling.builders.wheel")
    sdists = pytest.importorskip("hatchling.builders.sdist")
    if not (REPO / "pyproject.toml").is_file():
        pytest.skip("not a source tree")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    built: list[list[Path]] = []
    for run in ("a", "b"):
        out = tmp_path / run
        paths = [
            Path(next(iter(wheels.WheelBuilder(str(REPO)).build(directory=str(out))))),
            Path(next(iter(sdists.SdistBuilder(str(REPO)).build(directory=str(out))))),
        ]
        built.append(paths)
    for first, second in zip(*built, strict=True):
        assert first.name == second.name
        assert _digest(first) == _digest(second), first.name
    wheel = built[0][0]
    assert wheel.name == f"pipwarden-{pipwarden.__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        meta = zf.read(f"pipwarden-{pipwarden.__version__}.dist-info/METADATA").decode()
        stamps = {info.date_time for info in zf.infolist()}
    assert f"\nVersion: {pipwarden.__version__}\n" in meta
    assert stamps == {(2023, 11, 14, 22, 13, 20)}  # SOURCE_DATE_EPOCH, not the clock
    # What is published does not look like malware, to pipwarden itself: its rule texts
    # and the defanged samples of its test suite are not payloads.
    from pipwarden.findings import Severity
    from pipwarden.scan import scan_target

    for artifact in built[0]:
        result = scan_target(artifact)
        assert result.verdict == "clean", artifact.name
        assert not [f for f in result.findings if f.severity >= Severity.HIGH], artifact.name
