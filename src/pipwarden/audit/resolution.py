"""Unpinned requirements, resolved with the pipeline's resolver (pip, nothing built).

Each unpinned requirement is resolved, with its dependencies, to what pip
would install from the index today; every package of that closure is then
audited like a pinned one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from packaging.utils import canonicalize_name

from pipwarden.audit.sources import NOT_PINNED, Dependency


@dataclass(frozen=True)
class IndexOptions:
    """Where pip looks for packages (as pip's own options)."""

    index_url: str | None = None
    extra_index_urls: tuple[str, ...] = ()
    find_links: tuple[str, ...] = ()
    no_index: bool = False
    timeout: float = 15.0
    retries: int = 2


def unpinned(deps: Sequence[Dependency]) -> list[Dependency]:
    """The dependencies skipped only because they are not pinned."""
    return [d for d in deps if d.skip and d.skip.startswith(NOT_PINNED) and d.requirement]


def resolve_unpinned(deps: Sequence[Dependency], options: IndexOptions) -> list[Dependency]:
    """`deps` with each unpinned requirement replaced by its resolved closure.

    Packages already pinned elsewhere in `deps` keep their pin. Raises
    ResolutionError/PipwardenError (one line) when pip cannot resolve.
    """
    from rich.console import Console

    from pipwarden.fetch import Fetcher, make_client
    from pipwarden.pipoptions import PipOptions
    from pipwarden.resolve import Resolver
    from pipwarden.store import Store

    todo = unpinned(deps)
    if not todo:
        return list(deps)
    pip_options = PipOptions(
        requirements=tuple(dict.fromkeys(d.requirement for d in todo)),
        index_url=options.index_url,
        extra_index_urls=options.extra_index_urls,
        find_links=options.find_links,
        no_index=options.no_index,
        timeout=options.timeout,
        retries=options.retries,
    )
    store = Store()
    try:
        index = make_client(
            pip_options,
            None,
            store,
            json_url=None,
            offline=False,
            timeout=options.timeout,
            retries=options.retries,
        )
        fetcher = Fetcher(index, Console(stderr=True))
        resolution = Resolver(pip_options, None, index, fetch_sdist=fetcher.fetch_sdist).resolve()
    finally:
        store.close()
    pinned = {d.key for d in deps if d.version is not None}
    origin = {d.key: d for d in todo}
    out = [d for d in deps if d not in todo]
    for pkg in resolution.packages:
        key = canonicalize_name(pkg.name)
        if key in pinned:
            continue
        src = origin.get(key)
        if src is not None:
            out.append(replace(src, version=pkg.version, skip=None, via="resolved by pip"))
        else:
            out.append(Dependency(pkg.name, pkg.version, via="dependency resolved by pip"))
    return out
