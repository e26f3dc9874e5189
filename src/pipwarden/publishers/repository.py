"""Source repository URLs of a project: which project URL names it, in a comparable form."""

from __future__ import annotations

import re
import urllib.parse

#: Project-URL labels (normalized: lower case, letters and digits only) that name the repository.
REPOSITORY_LABELS = (
    "source",
    "sourcecode",
    "repository",
    "repo",
    "code",
    "github",
    "gitlab",
    "git",
    "sourcerepository",
    "sources",
)

#: Hosts whose URLs are ``host/OWNER/REPO`` source repositories.
FORGES = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "git.sr.ht")


def normalize_label(label: str) -> str:
    """A project-URL label reduced to lower-case letters and digits."""
    return re.sub(r"[^a-z0-9]", "", label.lower())


def normalize_repository(url: str) -> str | None:
    """A comparable form of a repository URL (``https://github.com/owner/repo``).

    None when `url` is not an http(s) URL.
    """
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https", "git", "ssh") or not parsed.hostname:
        return None
    host = parsed.hostname.lower()
    if host.startswith("www."):
        host = host[4:]
    segments = [s for s in parsed.path.split("/") if s]
    if host in FORGES:
        if host != "gitlab.com":
            segments = segments[:2]
        elif "-" in segments:
            segments = segments[: segments.index("-")]
        if segments:
            segments[-1] = segments[-1].removesuffix(".git")
        return f"https://{host}/" + "/".join(s.lower() for s in segments)
    path = "/".join(segments).removesuffix(".git")
    return f"https://{host}/{path}" if path else f"https://{host}"


def repository_url(project_urls: dict[str, str], home_page: str = "") -> str | None:
    """The project's source repository, normalized; None when it names none.

    An explicitly labelled link (Source, Repository, Code, GitHub, ...) wins;
    otherwise the first link on a known forge (GitHub, GitLab, ...).
    """
    labelled = {normalize_label(k): v for k, v in project_urls.items()}
    for label in REPOSITORY_LABELS:
        if label in labelled:
            repo = normalize_repository(labelled[label])
            if repo:
                return repo
    for url in (*project_urls.values(), home_page):
        repo = normalize_repository(url) if url else None
        if repo and urllib.parse.urlsplit(repo).hostname in FORGES and repo.count("/") >= 4:
            return repo
    return None
