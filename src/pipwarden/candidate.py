"""What a check looks at: one resolved package and the context of the run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packaging.utils import canonicalize_name

if TYPE_CHECKING:
    from pipwarden.environment import Target
    from pipwarden.index import IndexClient
    from pipwarden.policy import Policy
    from pipwarden.store import Store


@dataclass
class Candidate:
    """One package of the closure: the artifact pip chose and what we know of it.

    `path` is the verified artifact in the cache (None when it could not be
    fetched). `metadata` is the core metadata pip reported (JSON form of
    PEP 566). `requested` is true for what the user asked for by name.
    """

    name: str
    version: str
    filename: str
    url: str
    sha256: str | None
    kind: str  # "wheel" or "sdist"
    requested: bool = False
    path: Path | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    yanked: bool | str = False
    #: True when pip could not take a wheel and policy let an sdist in (T1).
    sdist_fallback: bool = False
    #: Where the artifact came from (the simple index URL), when known.
    index_url: str | None = None
    #: Named directly by the request (a file, URL, folder or VCS reference).
    direct: bool = False
    #: An editable allowed by policy: installed with ``-e`` from this folder.
    editable_folder: Path | None = None
    #: The requirement strings that pulled this package in (for messages).
    required_by: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The PEP 503 normalized project name."""
        return canonicalize_name(self.name)


@dataclass
class VetContext:
    """Everything a check may consult besides the candidate itself."""

    policy: Policy
    store: Store
    index: IndexClient
    target: Target | None = None
    offline: bool = False
    #: All candidates of the run, for checks that reason about the closure.
    closure: list[Candidate] = field(default_factory=list)
    #: Scratch space shared between a check's `prepare` and `run`.
    scratch: dict[str, Any] = field(default_factory=dict)
