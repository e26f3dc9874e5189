"""The popular names, indexed to find every name a given one resembles, and how.

The index is built once per corpus: exact folded keys (separator and homoglyph
games), cores with a python-/py-/-lib/-sdk/… affix removed (affix games), and
a symmetric-delete neighbourhood (one deleted character) that finds every
name within one Damerau-Levenshtein edit without comparing against the whole
corpus. Rarer games are looked for too: a tripled letter, ordinary words glued
on with a separator (``requests-darwin-lite``), words reordered, a vendor's
word glued in front and two edits on a long popular name (rapidfuzz over the
popular names of nearly the same length). What a resemblance means, given how
popular each name is, is for `pipwarden.names.detect` to decide.
"""

from __future__ import annotations

import functools
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from pipwarden.names.corpus import Corpus
from pipwarden.names.corpus import load as load_corpus
from pipwarden.names.spelling import (
    MIN_CORE,
    cores,
    deletes,
    edit_allowed,
    explain,
    fold,
    skeleton,
)
from pipwarden.names.tables import PREFIXES, SUFFIXES, WORDS_GLUED_ON

#: Shortest core that may also carry an edit (affix plus typo).
MIN_EDITED_CORE = 6
#: Most letters glued onto a popular name that still read as that name.
MAX_GLUED = 5
#: Shortest popular name (without separators) that a two-edit look-alike may imitate.
TWO_EDITS_MIN_TARGET = 8
#: Shortest name judged for two edits.
TWO_EDITS_MIN_NAME = 8
_TRIPLED = re.compile(r"(.)\1\1+")
#: Fewest words of a popular name whose words, reordered, make a look-alike (two-word
#: names are swapped by legitimate projects: ``json-flatten`` and ``flatten-json``).
REORDER_MIN_WORDS = 3
#: A vendor word starts at least this many popular names ...
VENDOR_MIN_NAMES = 5
#: ... and glues itself onto another popular name in at most this share of them.
VENDOR_MAX_PLUGGED = 0.05
#: Words that do not count as glued onto a look-alike: affixes and packaging words,
#: which real projects use (``optimus-sdk``, ``event-package``).
AFFIX_WORDS = frozenset(
    (*PREFIXES, *SUFFIXES, "package", "pkg", "module", "setup", "installer", "new")
)


@dataclass(frozen=True)
class Lookalike:
    """A popular project a name resembles, and how (before any popularity rule)."""

    target: str
    kind: str
    reason: str
    distance: int
    #: False for weaker evidence (letters or words glued on, a vowel swap, an affix
    #: plus an edit, two edits, an edit in a short name): it judges only names
    #: outside the corpus, and only against the most popular projects unless `wide`.
    strong: bool = True
    #: Weak evidence that also counts against corpus projects outside the most
    #: popular (a vowel swap in a long name, letters glued onto a long name).
    wide: bool = False


class LookalikeIndex:
    """The popular names of a corpus, indexed for `lookalikes`; build once, query many.

    Two-edit look-alikes are sought only among names ranked at or above
    `weak_target_rank` (weak evidence counts against no others).
    """

    def __init__(self, corpus: Corpus, *, weak_target_rank: int) -> None:
        self._corpus: Corpus | None = corpus
        self._corpus_path: Path | None = None
        self.weak_target_rank = weak_target_rank
        self.names: list[str] = [p.name for p in corpus.projects]
        self.ranks: list[int] = [p.rank for p in corpus.projects]
        self.popularity: list[float] = _popularity(corpus)
        self.by_name: dict[str, int] = {n: i for i, n in enumerate(self.names)}
        self.skels: list[str] = [skeleton(n) for n in self.names]
        self.folded: list[str] = [fold(s) for s in self.skels]
        by_key: defaultdict[str, list[int]] = defaultdict(list)
        by_core: defaultdict[str, list[int]] = defaultdict(list)
        by_delete: defaultdict[str, list[int]] = defaultdict(list)
        by_core_delete: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
        self.cores: list[frozenset[str]] = []
        for i, (sk, f) in enumerate(zip(self.skels, self.folded, strict=True)):
            by_key[f].append(i)
            raw_cores = cores(sk)
            mine = frozenset({f, *(fold(c) for c in raw_cores)})
            self.cores.append(mine)
            for c in mine:
                by_core[c].append(i)
            by_delete[sk].append(i)
            for j in range(len(sk)):
                by_delete[sk[:j] + sk[j + 1 :]].append(i)
            for c in raw_cores:
                if len(c) >= MIN_EDITED_CORE:
                    pair = (i, c)
                    by_core_delete[c].append(pair)
                    for j in range(len(c)):
                        by_core_delete[c[:j] + c[j + 1 :]].append(pair)
        #: folded skeleton → ids (separator and homoglyph games)
        self.by_key: dict[str, list[int]] = by_key
        #: folded cores and folded skeleton → ids (affix games)
        self.by_core: dict[str, list[int]] = by_core
        #: skeleton and each one-character deletion of it → ids (symmetric delete)
        self.by_delete: dict[str, list[int]] = by_delete
        #: each long core (affix removed) and its one-character deletions → (id, core)
        self.by_core_delete: dict[str, list[tuple[int, str]]] = by_core_delete
        by_words: defaultdict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(self.names):
            words = name.split("-")
            if len(words) >= REORDER_MIN_WORDS:
                by_words["-".join(sorted(words))].append(i)
        #: the words of each name of three words or more, sorted → ids (reordered words)
        self.by_words: dict[str, list[int]] = by_words
        #: first words of many popular names, few of which glue on another popular name
        #: → how many popular names they start (``aliyun``, ``azure``; not ``pytest``)
        self.vendor_words: dict[str, int] = _vendor_words(self.names)

    @property
    def corpus(self) -> Corpus:
        """The popular-names corpus this index was built from."""
        if self._corpus is None:
            assert self._corpus_path is not None
            self._corpus = load_corpus(self._corpus_path)
        return self._corpus

    def lookalikes(self, canonical: str) -> list[Lookalike]:
        """Every corpus project `canonical` resembles (itself excluded), most popular first."""
        skel = skeleton(canonical)
        f = fold(skel)
        found: dict[int, Lookalike] = {}
        for i in self.by_key.get(f, ()):
            kind, reason = explain(skel, self.skels[i])
            found[i] = Lookalike(self.names[i], kind, reason, 0)
        my_cores = cores(skel)
        mine = {f} | {fold(c) for c in my_cores}
        for key in mine:
            for i in self.by_core.get(key, ()):
                if i in found:
                    continue
                found[i] = Lookalike(
                    self.names[i], "affix", _affix_reason(canonical, self.names[i]), 0
                )
        # One Damerau-Levenshtein edit, on the whole name or on its core.
        raw_core = min(my_cores, key=len) if my_cores else None
        if raw_core is not None and len(raw_core) < MIN_EDITED_CORE:
            raw_core = None
        for base in (skel, raw_core):
            if base is None:
                continue
            probes = (base, *deletes(base))
            cands: set[tuple[int, str]] = set()
            for p in probes:
                cands.update((i, self.skels[i]) for i in self.by_delete.get(p, ()))
                cands.update(self.by_core_delete.get(p, ()))
            # The whole name before a core of the same project, so that the verdict does
            # not depend on the order of a set (the hash seed).
            for i, other in sorted(cands, key=lambda c: (c[0], c[1] != self.skels[c[0]], c[1])):
                if i in found or OSA.distance(base, other) > 1:
                    continue
                kr = explain(base, other)
                affixed = base is not skel or other != self.skels[i]
                if affixed and kr[0] == "separator":
                    kr = ("affix", _affix_reason(canonical, self.names[i]))
                elif not edit_allowed(base, other, kr):
                    continue
                reason = kr[1]
                shortest = min(len(base), len(other))
                strong = not reason.startswith("one vowel") and shortest > 4
                wide = reason.startswith("one vowel") and shortest >= MIN_EDITED_CORE
                if affixed and kr[0] != "affix":
                    reason = f"{_affix_reason(canonical, self.names[i])} and {reason}"
                    strong = wide = False
                found[i] = Lookalike(self.names[i], kr[0], reason, 1, strong, wide)
        # A popular name with a few letters glued on (``requestsaa``, ``pycryptoenv``).
        for k in range(2, MAX_GLUED + 1):
            head, tail = canonical[:-k], canonical[-k:]
            i = self.by_name.get(head, -1)
            if (
                i >= 0
                and i not in found
                and tail.isalpha()
                and not head.endswith("-")
                and len(self.skels[i]) >= MIN_EDITED_CORE
            ):
                found[i] = Lookalike(
                    self.names[i],
                    "affix",
                    f"'{head}' with letters glued on ('{tail}')",
                    k,
                    False,
                )
        self._glued_words(canonical, found)
        self._reordered(canonical, found)
        self._vendor_glued(canonical, found)
        self._two_edits(canonical, found)
        self._tripled(canonical, found)
        found.pop(self.by_name.get(canonical, -1), None)
        return sorted(found.values(), key=lambda m: -self.popularity[self.by_name[m.target]])

    def _glued_words(self, canonical: str, found: dict[int, Lookalike]) -> None:
        """A popular name with ordinary words glued on by separators (``requests-darwin-lite``)."""
        tokens = canonical.split("-")
        for k in range(1, len(tokens)):
            for name, extra in (
                ("-".join(tokens[:k]), tokens[k:]),
                ("-".join(tokens[k:]), tokens[:k]),
            ):
                i = self.by_name.get(name, -1)
                if i < 0 or i in found or len(self.skels[i]) < 4:
                    continue
                if all(t in WORDS_GLUED_ON or t.isdigit() for t in extra):
                    words = "', '".join(extra)
                    found[i] = Lookalike(
                        name,
                        "affix",
                        f"'{name}' with ordinary words glued on ('{words}')",
                        1,
                        False,
                    )

    def _reordered(self, canonical: str, found: dict[int, Lookalike]) -> None:
        """A popular name of three words or more with its words in another order
        (``python-aliyun-sdk-core``): weak, but against any listed name."""
        words = canonical.split("-")
        if len(words) < REORDER_MIN_WORDS:
            return
        for i in self.by_words.get("-".join(sorted(words)), ()):
            if i not in found and self.names[i] != canonical:
                found[i] = Lookalike(
                    self.names[i],
                    "reordered",
                    f"the words of '{self.names[i]}' in another order",
                    0,
                    False,
                    True,
                )

    def _vendor_glued(self, canonical: str, found: dict[int, Lookalike]) -> None:
        """A popular name with a vendor's word glued in front (``aliyun-oss2``): a word
        that starts many popular names but rarely one that glues on another (weak)."""
        vendor, _, rest = canonical.partition("-")
        count = self.vendor_words.get(vendor)
        i = self.by_name.get(rest, -1)
        if count is None or i < 0 or i in found or vendor in rest.split("-"):
            return
        if len(self.skels[i]) < MIN_CORE + 1:
            return
        found[i] = Lookalike(
            rest,
            "affix",
            f"'{rest}' with the vendor word '{vendor}' glued on (it starts {count} popular names)",
            1,
            False,
        )

    def _two_edits(self, canonical: str, found: dict[int, Lookalike]) -> None:
        """Popular long names two edits away that start with the same letter (weak).

        The edits must fall in a long word: ``python-eda`` is not a typo of
        ``python-ldap``, whose differing word has four letters.
        """
        skel = skeleton(canonical)
        if len(skel) < TWO_EDITS_MIN_NAME:
            self._two_dropped(skel, found)
            return
        for n in range(len(skel) - 2, len(skel) + 3):
            ids = self._long_by_length.get((skel[0], n))
            if not ids:
                continue
            choices = [self.skels[i] for i in ids]
            for _, dist, j in process.extract(
                skel, choices, scorer=OSA.distance, score_cutoff=2, limit=None
            ):
                i = ids[j]
                new = _new_letters(skel, choices[j])
                if (
                    dist == 2
                    and i not in found
                    and new <= (1 if len(skel) < 10 else 2)
                    and _edited_words(canonical, self.names[i]) >= TWO_EDITS_MIN_TARGET
                ):
                    found[i] = Lookalike(
                        self.names[i], "typo", "two edits away (a letter dropped, added, "
                        "changed or a pair swapped, twice)", 2, False
                    )  # fmt: skip

    def _two_dropped(self, skel: str, found: dict[int, Lookalike]) -> None:
        """A shorter name that is a long popular name with two letters left out (``reqest``)."""
        if len(skel) < TWO_EDITS_MIN_TARGET - 2:
            return
        for i in self._long_by_length.get((skel[0], len(skel) + 2), ()):
            if i not in found and _subsequence(skel, self.skels[i]):
                found[i] = Lookalike(self.names[i], "typo", "two letters left out", 2, False)

    def _tripled(self, canonical: str, found: dict[int, Lookalike]) -> None:
        """A name with a letter tripled (``aiohtttp``): judged again with the run cut to two."""
        squeezed = _TRIPLED.sub(r"\1\1", canonical)
        if squeezed == canonical:
            return
        letter = _TRIPLED.search(canonical)
        what = f"a letter repeated ('{letter.group(0) if letter else ''}')"
        for exact in (squeezed, _TRIPLED.sub(r"\1", canonical)):
            i = self.by_name.get(exact, -1)
            if i >= 0 and i not in found:
                found[i] = Lookalike(exact, "typo", what, 1)
        for m in self.lookalikes(squeezed):
            j = self.by_name[m.target]
            if j not in found:
                found[j] = Lookalike(
                    m.target, m.kind, f"{what} and {m.reason}", m.distance + 1, m.distance == 0
                )

    @functools.cached_property
    def _long_by_length(self) -> dict[tuple[str, int], list[int]]:
        """Ids of the most popular long names, by first letter and length without separators."""
        out: dict[tuple[str, int], list[int]] = defaultdict(list)
        for i, sk in enumerate(self.skels):
            if len(sk) >= TWO_EDITS_MIN_TARGET and self.ranks[i] <= self.weak_target_rank:
                out[sk[0], len(sk)].append(i)
        return dict(out)

    def _pop(self, name: str) -> float:
        i = self.by_name.get(name)
        return self.popularity[i] if i is not None else 0.0

    def _rank(self, name: str) -> int:
        i = self.by_name.get(name)
        return self.ranks[i] if i is not None else sys.maxsize


def _edited_words(query: str, target: str) -> int:
    """Letters in the words of `target` that differ from `query`'s, word by word
    (the whole name when the two have different numbers of words)."""
    mine, theirs = query.split("-"), target.split("-")
    if len(mine) != len(theirs):
        return len(skeleton(target))
    return sum(len(b) for a, b in zip(mine, theirs, strict=True) if a != b)


def _subsequence(short: str, long: str) -> bool:
    """Every letter of `short` appears in `long`, in order."""
    letters = iter(long)
    return all(ch in letters for ch in short)


def _new_letters(query: str, target: str) -> int:
    """How many letters `query` has beyond those of `target` (typos mostly reuse letters)."""
    return sum((Counter(query) - Counter(target)).values())


def _vendor_words(names: list[str]) -> dict[str, int]:
    """First words that start at least VENDOR_MIN_NAMES popular names, of which at
    most VENDOR_MAX_PLUGGED glue the word onto another popular name (``azure``, not
    the plug-in prefixes ``pytest``, ``django``, ``types``), with their counts."""
    listed = set(names)
    starts: Counter[str] = Counter()
    plugged: Counter[str] = Counter()
    for name in names:
        first, sep, rest = name.partition("-")
        if not sep:
            continue
        starts[first] += 1
        if rest in listed:
            plugged[first] += 1
    return {
        word: n
        for word, n in starts.items()
        if n >= VENDOR_MIN_NAMES
        and plugged[word] <= VENDOR_MAX_PLUGGED * n
        and word not in AFFIX_WORDS
        and not word.isdigit()
    }


def _affix_reason(query: str, target: str) -> str:
    return f"'{target}' with a prefix or suffix added, removed or moved ('{query}')"


def _popularity(corpus: Corpus) -> list[float]:
    """Downloads per project; where the feed has none, the nearest ranked known count."""
    known = [(p.rank, float(p.downloads)) for p in corpus.projects if p.downloads is not None]
    out: list[float] = []
    j = 0
    for p in corpus.projects:
        if p.downloads is not None:
            out.append(float(p.downloads))
            continue
        if not known:
            out.append(1e9 / p.rank)  # no counts at all: a Zipf-like curve on rank
            continue
        while j + 1 < len(known) and known[j + 1][0] <= p.rank:
            j += 1
        out.append(known[j][1])
    return out
