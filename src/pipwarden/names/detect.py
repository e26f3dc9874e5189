"""Typosquatting verdicts: is a project name a look-alike of a far more popular one?

`pipwarden.names.lookalikes` finds the popular projects a name resembles and
how; this module decides what that means. A name is suspect only when the
look-alike is far more downloaded, so popular projects are never flagged
against each other; import names, names glued onto a look-alike and
standard-library module names have rules of their own. The index is built
once per corpus version and saved between runs.
"""

from __future__ import annotations

import functools
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name
from rapidfuzz.distance import OSA

from pipwarden.errors import PipwardenError
from pipwarden.names.corpus import Corpus, active_path
from pipwarden.names.corpus import load as load_corpus
from pipwarden.names.lookalikes import AFFIX_WORDS, Lookalike, LookalikeIndex
from pipwarden.names.spelling import cores, fold, skeleton, validate
from pipwarden.names.tables import IMPORT_NAMES, WORDS_GLUED_ON

#: Projects ranked at or above this are never suspect (popular projects are
#: not flagged against each other).
PROTECTED_RANK = 3000
#: An import name or a name that only drops a popular name's trailing digit
#: (``beautifulsoup``), when listed (in the corpus), is suspect only next to a
#: look-alike with at least this many times its downloads; unlisted names need
#: only a listed look-alike.
POPULARITY_RATIO = 500.0
#: Any other listed project is suspect only next to a look-alike with at least
#: this many times its downloads: a project among the most downloaded has a
#: following of its own (squats are removed long before they get one).
LISTED_RATIO = 5000.0
#: Weak evidence (letters glued on, a vowel swap, an affix plus an edit, an edit
#: in a name of four letters or fewer) counts only against look-alikes ranked at
#: or above this, and never against a listed name.
WEAK_TARGET_RANK = 3000
#: Names of projects ranked at or above this read as ordinary words when glued onto
#: a look-alike (``beautifulsoup-requests``).
GLUED_NAME_RANK = 200
#: Verdicts on a name's head that make the whole name suspect (not import names:
#: ``sklearn-pandas`` is a project of its own; not affixes, which real plugins use).
_LOOKALIKE_KINDS = frozenset({"typo", "homoglyph", "separator"})
_STDLIB = frozenset(
    m.lower() for m in getattr(sys, "stdlib_module_names", ()) if not m.startswith("_")
)


@dataclass(frozen=True)
class NameVerdict:
    """The verdict on one name: suspect or not, whom it imitates and why.

    `kind` says which rule decided (popular, unknown, listed, import-name,
    separator, homoglyph, affix, typo, stdlib, unicode).
    """

    name: str
    suspect: bool
    imitates: str | None
    reason: str
    kind: str

    def to_json(self) -> dict[str, Any]:
        """The JSON shape of ``typosquat --format json``."""
        return {
            "name": self.name,
            "suspect": self.suspect,
            "imitates": self.imitates,
            "reason": self.reason,
        }


class Detector(LookalikeIndex):
    """Judges names against a corpus of popular projects; build once, query many."""

    def __init__(
        self,
        corpus: Corpus,
        *,
        protected_rank: int = PROTECTED_RANK,
        ratio: float = POPULARITY_RATIO,
        weak_target_rank: int = WEAK_TARGET_RANK,
        listed_ratio: float = LISTED_RATIO,
    ) -> None:
        super().__init__(corpus, weak_target_rank=weak_target_rank)
        self.protected_rank = protected_rank
        self.ratio = ratio
        self.listed_ratio = listed_ratio

    def check(self, raw: str) -> NameVerdict:
        """The verdict on one name as a user typed it; InvalidName for unusable input."""
        text, unicode_folded = validate(raw)
        # Homoglyphs that lowercasing would hide: a capital I reads as l.
        canonical = canonicalize_name(text.replace("I", "l") if "I" in text else text)
        plain = canonicalize_name(text)
        verdict = self._judge(plain, canonical)
        if unicode_folded:
            target = verdict.imitates or (plain if plain in self.by_name else None)
            why = f"contains non-ASCII look-alike characters (reads as '{plain}')"
            if verdict.suspect:
                why = f"{why}; {verdict.reason}"
            return NameVerdict(raw, True, target, why, "unicode")
        return NameVerdict(raw, verdict.suspect, verdict.imitates, verdict.reason, verdict.kind)

    def _judge(self, plain: str, canonical: str, *, glued: bool = True) -> NameVerdict:
        idx = self.by_name.get(plain)
        mine = self.popularity[idx] if idx is not None else 0.0
        real = IMPORT_NAMES.get(plain)
        if idx is not None and self.ranks[idx] <= self.protected_rank:
            note = f"; also the import name of '{real}'" if real and real != plain else ""
            return NameVerdict(
                plain,
                False,
                None,
                f"popular project (download rank {self.ranks[idx]}){note}",
                "popular",
            )
        if real and real != plain and self._pop(real) >= mine:
            return NameVerdict(
                plain,
                True,
                real,
                f"'{plain}' is an import name, not a distribution: the project is '{real}'",
                "import-name",
            )
        for c in sorted(cores(skeleton(plain))):
            real = IMPORT_NAMES.get(c)
            if real and real != plain and self._pop(real) >= max(self.ratio * mine, 1.0):
                return NameVerdict(
                    plain,
                    True,
                    real,
                    f"the import name '{c}' with a prefix or suffix: the project is '{real}'",
                    "import-name",
                )
        matches = self.lookalikes(plain)
        if canonical != plain:
            matches += [
                Lookalike(m.target, "homoglyph", "a capital I that reads as l", m.distance)
                for m in self.lookalikes(canonical)
                if m.target == canonical or m.distance == 0
            ]
            if canonical in self.by_name and canonical != plain:
                matches.append(Lookalike(canonical, "homoglyph", "a capital I reads as l", 0))
        for m in sorted(matches, key=lambda m: -self._pop(m.target)):
            if not m.strong and (
                idx is not None
                or (self.ranks[self.by_name[m.target]] > self.weak_target_rank and not m.wide)
            ):
                continue
            ratio = self.ratio
            if idx is not None and not (m.target[-1:].isdigit() and m.target[:-1] == plain):
                ratio = self.listed_ratio
            if self._pop(m.target) >= ratio * mine and self._pop(m.target) > 0:
                t = self.by_name[m.target]
                return NameVerdict(
                    plain,
                    True,
                    m.target,
                    f"looks like '{m.target}' (download rank {self.ranks[t]}): {m.reason}",
                    m.kind,
                )
        if idx is None and glued:
            onto = self._glued_onto_lookalike(plain)
            if onto is not None:
                return onto
        module = stdlib_module(plain) if idx is None else None
        if module is not None:
            return NameVerdict(
                plain,
                True,
                None,
                f"named like the standard-library module '{module}', "
                "which is never installed from PyPI",
                "stdlib",
            )
        if idx is not None:
            return NameVerdict(
                plain,
                False,
                None,
                f"listed among popular projects (download rank {self.ranks[idx]}); "
                "no far more popular look-alike",
                "listed",
            )
        return NameVerdict(
            plain,
            False,
            None,
            f"no look-alike among the {len(self.names)} most-downloaded projects",
            "unknown",
        )

    def _glued_onto_lookalike(self, plain: str) -> NameVerdict | None:
        """A look-alike of a popular name with ordinary words or popular names glued on
        by separators (``beautifulsoup-requests``, ``reqeusts-lite``)."""
        tokens = plain.split("-")
        for k in range(len(tokens) - 1, 0, -1):
            head, tail = "-".join(tokens[:k]), tokens[k:]
            if not all(
                (t in WORDS_GLUED_ON and t not in AFFIX_WORDS) or self._rank(t) <= GLUED_NAME_RANK
                for t in tail
            ):
                continue
            inner = self._judge(head, head, glued=False)
            if inner.suspect and inner.imitates and inner.kind in _LOOKALIKE_KINDS:
                return NameVerdict(
                    plain,
                    True,
                    inner.imitates,
                    f"'{head}' with '{'-'.join(tail)}' glued on, and {inner.reason}",
                    inner.kind,
                )
        return None

    def nearest(self, raw: str, cutoff: float = 0.75) -> Lookalike | None:
        """The most popular corpus project whose name is close to `raw` (loose: any popularity).

        Close means one of the look-alike rules, or a Damerau-Levenshtein
        similarity scaled by length of at least `cutoff`.
        """
        text, _ = validate(raw)
        plain = canonicalize_name(text)
        found = self.lookalikes(plain)
        if found:
            return found[0]
        f = fold(skeleton(plain))
        if len(f) < 5:
            return None
        best: Lookalike | None = None
        for i, other in enumerate(self.folded):
            if abs(len(other) - len(f)) > 2 or other == f:
                continue
            score = OSA.normalized_similarity(f, other, score_cutoff=cutoff)
            if score and (best is None or self.popularity[i] > self._pop(best.target)):
                dist = OSA.distance(f, other)
                best = Lookalike(self.names[i], "typo", f"{dist} edits away", dist)
        return best

    def check_many(self, names: Iterable[str]) -> list[NameVerdict]:
        """Verdicts for several names, in order (InvalidName on the first bad one)."""
        return [self.check(n) for n in names]


#: The index's attributes, saved between runs (marshal: plain containers only).
_STATE = (
    "weak_target_rank",
    "protected_rank",
    "ratio",
    "listed_ratio",
    "names",
    "ranks",
    "popularity",
    "by_name",
    "skels",
    "folded",
    "cores",
    "by_key",
    "by_core",
    "by_delete",
    "by_core_delete",
    "by_words",
    "vendor_words",
)


def _index_file(path: str, mtime_ns: int, size: int) -> Path:
    """Where the built index of this corpus version is kept between runs."""
    import hashlib

    from pipwarden import paths

    here = Path(__file__).parent
    code = b"".join(
        (here / f).read_bytes()
        for f in ("detect.py", "lookalikes.py", "spelling.py", "tables.py", "corpus.py")
    )
    key = hashlib.sha256(f"{path}|{mtime_ns}|{size}|{sys.version}".encode() + code).hexdigest()
    return paths.cache_dir() / "names" / f"index-{key[:20]}.marshal"


@functools.lru_cache(maxsize=4)
def _cached(path: str, mtime_ns: int, size: int) -> Detector:
    """The detector, from the saved index when its corpus and code are unchanged.

    Building the index costs about half a second; loading it a third of that.
    """
    import marshal

    from pipwarden import paths

    saved = _index_file(path, mtime_ns, size)
    try:
        state = marshal.loads(saved.read_bytes())
        det = Detector.__new__(Detector)
        for key in _STATE:
            setattr(det, key, state[key])
        det._corpus_path = Path(path)
        det._corpus = None
        return det
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        pass
    det = Detector(load_corpus(Path(path)))
    try:
        paths.write_atomic(saved, marshal.dumps({key: _plain(getattr(det, key)) for key in _STATE}))
    except OSError:
        pass
    return det


def _plain(value: Any) -> Any:
    return dict(value) if isinstance(value, defaultdict) else value


def default_detector(path: Path | None = None) -> Detector:
    """The detector for the active corpus (or `path`), built once per process and file version."""
    path = path or active_path()
    try:
        st = path.stat()
    except OSError as exc:
        raise PipwardenError(f"cannot read the names corpus {path}: {exc.strerror}") from None
    return _cached(str(path), st.st_mtime_ns, st.st_size)


def suggestion(name: str) -> str | None:
    """The popular project a missing or mistyped `name` most likely meant, if any.

    For messages such as "no such project on INDEX: reqests; did you mean
    requests?". Never raises: unusable names and corpus problems give None.
    """
    try:
        det = default_detector()
        verdict = det.check(name)
        if verdict.imitates:
            return verdict.imitates
        near = det.nearest(name)
    except PipwardenError:
        return None
    return near.target if near is not None else None


def stdlib_module(canonical: str) -> str | None:
    """The standard-library module `canonical` is named like (``telnet`` → telnetlib)."""
    base = canonical.replace("-", "_")
    for name in (base, base + "lib"):
        if name in _STDLIB:
            return name
    return None
