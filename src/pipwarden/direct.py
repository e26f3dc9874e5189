"""What pip is given instead of the user's request: nothing it could build.

`prepare` turns a parsed `Request` into a requirements file that pipwarden
writes itself and pip reads instead of the user's files:

- index names keep their extras, specifiers, markers and hashes;
- a direct reference to a wheel (path, ``file:`` or ``https:`` URL) is
  fetched and hash-checked into the cache, then named by its cached path;
- a direct reference to a source archive or a project folder (a folder is
  first copied into a source archive in the cache, so that what is vetted is
  exactly what would be installed) is read statically (PKG-INFO, or the static
  ``[project]`` table of pyproject.toml) and pip resolves a metadata-only
  stand-in wheel instead; one whose metadata is dynamic is not given to pip at
  all and is blocked with the reason;
- VCS references and editables are refused (exit 2) unless the policy allows
  them by name (``allow-vcs``, ``allow-editable``).

pip runs with ``--only-binary :all:`` on this file alone, so it has nothing to
build whatever the request said.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import tempfile
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from packaging.utils import canonicalize_name

from pipwarden import paths, sdistmeta
from pipwarden.errors import PipwardenError
from pipwarden.policy import Policy
from pipwarden.request import Item, Kind, Request

#: fetch(url, filename, expected sha256 or None) -> cached path; raises on mismatch.
FetchFn = Callable[[str, str, "str | None"], Path]

MAX_SNAPSHOT_FILES = 50_000
MAX_SNAPSHOT_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class Direct:
    """A direct reference as pipwarden vets it."""

    item: Item
    name: str
    version: str
    #: The bytes that are vetted and, if allowed, installed (in the cache).
    artifact: Path | None
    sha256: str | None
    filename: str
    kind: str  # "wheel" or "sdist"
    #: Medium-level notes (dependencies that only a build would tell).
    notes: tuple[str, ...] = ()
    #: Why it cannot be resolved without building: it is blocked, not given to pip.
    blocker: str | None = None
    #: The bytes the request's hash did not match (expected, actual).
    mismatch: tuple[str, str] | None = None
    #: Installed in editable mode from this folder (allowed by policy).
    editable_folder: Path | None = None


@dataclass
class Prepared:
    """The sanitized request: pip's requirements and constraints, and what stands for what."""

    lines: list[str] = field(default_factory=list)
    constraint_lines: list[str] = field(default_factory=list)
    #: file: URL pip will report (a cached wheel or a stand-in) -> the direct reference.
    by_url: dict[str, Direct] = field(default_factory=dict)
    #: Direct references not given to pip (dynamic metadata, hash mismatch).
    unresolved: list[Direct] = field(default_factory=list)

    def write(self, folder: Path) -> tuple[Path, Path | None]:
        """The requirements file (and constraints file, if any) for pip, in `folder`."""
        req = folder / "requirements.txt"
        req.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        cons = None
        if self.constraint_lines:
            cons = folder / "constraints.txt"
            cons.write_text("\n".join(self.constraint_lines) + "\n", encoding="utf-8")
        return req, cons


def _suffix(item: Item) -> tuple[str, str]:
    extras = f"[{','.join(sorted(item.extras))}]" if item.extras else ""
    marker = f" ; {item.marker}" if item.marker is not None else ""
    return extras, marker


def _hash_opts(item: Item) -> str:
    return "".join(f" --hash={h}" for h in item.hashes)


def _named_line(item: Item) -> str:
    assert item.requirement is not None
    req = item.requirement
    if item.constraint:
        # pip's constraints take no extras.
        text = req.name + str(req.specifier) + (f" ; {req.marker}" if req.marker else "")
    else:
        text = str(req)
    return text + _hash_opts(item)


def _filename_of(url: str) -> str:
    return urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])


def _from_filename(filename: str) -> tuple[str, str]:
    """(name, version) as a source archive's file name states them, else (stem, "?")."""
    from packaging.utils import InvalidSdistFilename, parse_sdist_filename

    stem = filename
    for suffix in (".tar.gz", ".zip", ".tar.bz2", ".tgz", ".tar.xz", ".tar"):
        if filename.lower().endswith(suffix):
            stem = filename[: -len(suffix)]
            break
    try:
        name, version = parse_sdist_filename(stem + ".tar.gz")
        return str(name), str(version)
    except InvalidSdistFilename:
        return stem, "?"


def _bare(url: str) -> str:
    """`url` without its fragment (``#sha256=``, ``#egg=``)."""
    return url.split("#", 1)[0]


def _snapshot(folder: Path, name: str, version: str) -> tuple[Path, str, str]:
    """A deterministic source archive of `folder` in the cache: (path, sha256, filename)."""
    from pipwarden.scan.archive import folder_files

    dn = canonicalize_name(name).replace("-", "_")
    root = f"{dn}-{version}"
    filename = f"{root}.tar.gz"
    files = folder_files(folder)
    if len(files) > MAX_SNAPSHOT_FILES:
        raise PipwardenError(f"{folder}: more than {MAX_SNAPSHOT_FILES} files; not a project")
    buf = io.BytesIO()
    total = 0
    with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.PAX_FORMAT) as tf:
        for rel in sorted(files):
            p = folder / rel
            try:
                st = p.lstat()
            except OSError:
                continue
            if not os.path.isfile(p) or p.is_symlink():
                continue  # links and special files are not copied
            total += st.st_size
            if total > MAX_SNAPSHOT_BYTES:
                raise PipwardenError(f"{folder}: larger than {MAX_SNAPSHOT_BYTES} bytes")
            ti = tarfile.TarInfo(f"{root}/{rel}")
            ti.size = st.st_size
            ti.mode = 0o755 if st.st_mode & 0o111 else 0o644
            ti.mtime = 0
            with p.open("rb") as fh:
                tf.addfile(ti, fh)
    data = buf.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    from pipwarden.index import artifact_path

    target = artifact_path(sha, filename)
    if not target.is_file():
        paths.write_atomic(target, data)
    return target, sha, filename


class _Preparer:
    def __init__(self, request: Request, fetch: FetchFn, workdir: Path, policy: Policy) -> None:
        self.request = request
        self.fetch = fetch
        self.workdir = workdir
        self.stubs = workdir / "stand-ins"
        self.stubs.mkdir(parents=True, exist_ok=True)
        self.policy = policy
        self.out = Prepared()

    def run(self) -> Prepared:
        req = self.request
        if req.require_hashes:
            self.out.lines.append("--require-hashes")
        if req.prefer_binary:
            self.out.lines.append("--prefer-binary")
        self.out.lines += [f"--trusted-host {h}" for h in req.trusted_hosts]
        self.out.lines += req.release_lines
        for item in req.items:
            if item.kind is Kind.NAMED:
                self.out.lines.append(_named_line(item))
            else:
                self._direct(item)
        self.out.constraint_lines = [_named_line(c) for c in req.constraints]
        return self.out

    # -- refusals ----------------------------------------------------------
    @staticmethod
    def _refuse(item: Item, name: str | None, what: str, key: str) -> PipwardenError:
        return PipwardenError(
            f"{item.where}: {item.text!r}: {what} are refused: pip would build them from "
            f"source, which vetting never does; allow {name or 'this project'} by name with "
            f'{key} = ["{name or "NAME"}"] in the policy, or use a released version'
        )

    def _direct(self, item: Item) -> None:
        if item.kind is Kind.VCS:
            if not (item.name and self.policy.vcs_allowed(item.name)):
                raise self._refuse(item, item.name, "VCS requirements", "allow-vcs")
            assert item.url is not None
            dest = Path(tempfile.mkdtemp(prefix="vcs-", dir=self.workdir))
            self._source(item, checkout_git(item.url, dest / "checkout"))
        elif item.kind is Kind.EDITABLE:
            folder = item.local_path
            name = item.name
            if folder is not None and folder.is_dir():
                name = name or sdistmeta.static_metadata(folder).name
            if folder is None or not name or not self.policy.editable_allowed(name):
                raise self._refuse(item, name, "editable requirements", "allow-editable")
            self._source(item, folder, editable=True)
        elif item.kind is Kind.WHEEL:
            self._wheel(item)
        else:
            self._source(item, item.local_path)

    # -- wheels and sources --------------------------------------------------
    def _fetch(self, item: Item, kind: str) -> tuple[Path, str, str] | None:
        """(cached path, sha256, file name) of a direct reference's bytes; None on a mismatch."""
        from pipwarden.index import HashMismatch, sha256_file

        assert item.url is not None
        filename = _filename_of(item.url)
        expected = item.sha256()
        try:
            path = self.fetch(_bare(item.url), filename, expected)
        except HashMismatch as exc:
            self.out.unresolved.append(
                Direct(
                    item, item.name or filename, "?", None, None, filename, kind,
                    mismatch=(exc.expected, exc.actual),
                )
            )  # fmt: skip
            return None
        return path, expected or sha256_file(path), filename

    def _wheel(self, item: Item) -> None:
        from packaging.utils import parse_wheel_filename

        assert item.name is not None
        fetched = self._fetch(item, "wheel")
        if fetched is None:
            return
        path, sha, filename = fetched
        version = str(parse_wheel_filename(filename)[1])
        direct = Direct(item, item.name, version, path, sha, filename, "wheel")
        self._hand_over(item, direct, path, sha, extra=f"#sha256={sha}")

    def _source(self, item: Item, folder: Path | None, *, editable: bool = False) -> None:
        """A source archive, or a folder (copied into one first), read statically."""
        if folder is not None and folder.is_dir():
            found = sdistmeta.static_metadata(folder)
            name, version = _identity(item, found, folder.name, "?")
            path, sha, filename = _snapshot(folder, name, "0" if version == "?" else version)
        else:
            fetched = self._fetch(item, "sdist")
            if fetched is None:
                return
            path, sha, filename = fetched
            found = sdistmeta.static_metadata(path)
            name, version = _identity(item, found, *_from_filename(filename))
        reason = found.reason
        if item.name and canonicalize_name(item.name) != canonicalize_name(name):
            reason = f"the request names {item.name}, but the project's metadata says {name}"
        direct = Direct(
            item, name, version, path, sha, filename, "sdist", notes=found.notes,
            blocker=reason, editable_folder=folder if editable else None,
        )  # fmt: skip
        if found.meta is None or reason is not None:
            self.out.unresolved.append(direct)
            return
        stub = sdistmeta.write_stub_wheel(self.stubs, found.meta, name)
        stub_sha = hashlib.sha256(stub.read_bytes()).hexdigest()
        self._hand_over(item, direct, stub, stub_sha)

    def _hand_over(
        self, item: Item, direct: Direct, wheel: Path, sha: str, extra: str = ""
    ) -> None:
        """The line that names `wheel` (cached, or a stand-in) to pip for `direct`."""
        url = wheel.resolve().as_uri()
        self.out.by_url[url] = direct
        extras, marker = _suffix(item)
        pin = f" --hash=sha256:{sha}" if self.request.require_hashes else ""
        self.out.lines.append(f"{direct.name}{extras} @ {url}{extra}{marker}{pin}")


def _identity(
    item: Item, found: sdistmeta.StaticMetadata, name: str, version: str
) -> tuple[str, str]:
    """(name, version) of a source: its metadata's, else what the request or file name say."""
    if found.meta is not None:
        return str(found.meta["Name"]), str(found.meta["Version"])
    name = item.name or found.name or name
    return (name if sdistmeta.valid_project_name(name) else "unnamed-project"), version


def _git(*args: str, cwd: Path | None = None) -> None:
    """Run git with repository hooks and file-system monitors off; one-line errors."""
    import subprocess

    cmd = ["git", "-c", f"core.hooksPath={os.devnull}", "-c", "core.fsmonitor=false",
           "-c", "protocol.file.allow=always", *args]  # fmt: skip
    env = dict(os.environ, GIT_TERMINAL_PROMPT="0", GIT_ASKPASS="/bin/false")
    try:
        proc = subprocess.run(
            cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PipwardenError(f"git {args[0]} failed: {exc}") from None
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise PipwardenError(f"git {args[0]} failed: {last}")


def checkout_git(url: str, dest: Path) -> Path:
    """A checkout of an allowed ``git+…`` reference, made without running any of its code.

    Hooks are off, submodules are not fetched; the folder is then read like
    any project folder. Other VCS are refused.
    """
    scheme, _, rest = url.partition("+")
    if scheme.lower() != "git" or not rest:
        raise PipwardenError(f"{url}: only git references can be vetted (hg, svn, bzr cannot)")
    parts = urllib.parse.urlsplit(rest)
    fragment = dict(p.partition("=")[::2] for p in parts.fragment.split("&") if "=" in p)
    path, rev = parts.path, None
    if "@" in path:
        path, rev = path.rsplit("@", 1)
    repo = urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
    _git("clone", "--quiet", "--no-checkout", "--no-recurse-submodules", "--", repo, str(dest))
    _git("checkout", "--quiet", rev or "HEAD", cwd=dest)
    sub = fragment.get("subdirectory")
    folder = (dest / sub).resolve() if sub else dest
    if not folder.is_relative_to(dest.resolve()) or not folder.is_dir():
        raise PipwardenError(f"{url}: no such subdirectory in the checkout: {sub}")
    return folder


def prepare(request: Request, fetch: FetchFn, workdir: Path, policy: Policy) -> Prepared:
    """The sanitized request for pip; PipwardenError (exit 2) for refused requirements."""
    return _Preparer(request, fetch, workdir, policy).run()


def scratch_dir() -> Path:
    """A private folder for one run's sanitized request and stand-ins."""
    return Path(tempfile.mkdtemp(prefix="pipwarden-request-"))
