"""Typosquatting detection: is a project name a look-alike of a far more popular one?

Names are compared in PEP 503 form with separators removed and look-alike
characters folded (rn→m, vv→w, 1/I→l, 0→o). Candidate look-alikes come from
an index built once per corpus: exact folded keys (separator and homoglyph
games), cores with a python-/py-/-lib/-sdk/… affix removed (affix games), and
a symmetric-delete neighbourhood (one deleted character) that finds every
name within one Damerau-Levenshtein edit without comparing against the whole
corpus. Rarer games are looked for too: a tripled letter, ordinary words glued
on with a separator (``requests-darwin-lite``) and two edits on a long popular
name (rapidfuzz over the popular names of nearly the same length). A name is
suspect only when the look-alike is far more downloaded, so popular projects
are never flagged against each other.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name
from rapidfuzz import process
from rapidfuzz.distance import OSA

from pipwarden.errors import PipwardenError
from pipwarden.names.corpus import Corpus, active_path
from pipwarden.names.corpus import load as load_corpus
from pipwarden.names.tables import (
    HOMOGLYPH_SEQUENCES,
    IMPORT_NAMES,
    KEYBOARD_NEIGHBOURS,
    PREFIXES,
    SUFFIXES,
    UNICODE_CONFUSABLES,
    WORDS_GLUED_ON,
)

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
#: Longest name accepted (PyPI has no limit; nothing legitimate comes close).
MAX_NAME_LENGTH = 200
#: Shortest name in which any one changed letter (not a neighbouring key) counts.
SUBSTITUTION_MIN_LENGTH = 7
#: Shortest core that may also carry an edit (affix plus typo).
MIN_EDITED_CORE = 6
#: Most letters glued onto a popular name that still read as that name.
MAX_GLUED = 5
#: Shortest core left after removing an affix.
MIN_CORE = 3
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
#: Names of projects ranked at or above this read as ordinary words when glued onto
#: a look-alike (``beautifulsoup-requests``).
GLUED_NAME_RANK = 200
#: Verdicts on a name's head that make the whole name suspect (not import names:
#: ``sklearn-pandas`` is a project of its own; not affixes, which real plugins use).
_LOOKALIKE_KINDS = frozenset({"typo", "homoglyph", "separator"})
#: Words that do not count as glued onto a look-alike: affixes and packaging words,
#: which real projects use (``optimus-sdk``, ``event-package``).
_AFFIX_WORDS = frozenset(
    (*PREFIXES, *SUFFIXES, "package", "pkg", "module", "setup", "installer", "new")
)

_VOWELS = frozenset("aeiouy")
_VALID = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)
_STDLIB = frozenset(
    m.lower() for m in getattr(sys, "stdlib_module_names", ()) if not m.startswith("_")
)


class InvalidName(PipwardenError):
    """A name that PEP 508 does not allow and that reads as no valid name either."""


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


# -- normal forms ---------------------------------------------------------------


def skeleton(canonical: str) -> str:
    """A PEP 503 name without separators (``python-dateutil`` → ``pythondateutil``)."""
    return canonical.replace("-", "")


def fold(text: str) -> str:
    """`text` with look-alike character sequences replaced by one representative."""
    for seq, rep in HOMOGLYPH_SEQUENCES:
        text = text.replace(seq, rep)
    return text


_PREFIX_RE = re.compile("^(?:" + "|".join(PREFIXES) + ")")
_SUFFIX_RE = re.compile("(?:" + "|".join(SUFFIXES) + ")$")


def cores(skel: str) -> set[str]:
    """`skel` without a known prefix, without a known suffix, and without both."""
    out: set[str] = set()
    m = _PREFIX_RE.match(skel)
    head = skel[m.end() :] if m and len(skel) - m.end() >= MIN_CORE else skel
    if head is not skel:
        out.add(head)
    for h in {skel, head}:
        t = _SUFFIX_RE.search(h)
        if t and t.start() >= MIN_CORE:
            out.add(h[: t.start()])
    out.discard(skel)
    return out


def core(skel: str) -> str | None:
    """`skel` with as much known prefix and suffix removed as possible; None when none applies."""
    found = cores(skel)
    return min(found, key=len) if found else None


def deletes(text: str) -> set[str]:
    """Every string made by deleting one character of `text`."""
    return {text[:i] + text[i + 1 :] for i in range(len(text))}


def fold_unicode(raw: str) -> str:
    """`raw` with Unicode look-alikes mapped to ASCII (NFKC, confusables, accents dropped)."""
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(UNICODE_CONFUSABLES.get(ch, ch) for ch in text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def validate(raw: str) -> tuple[str, bool]:
    """The usable ASCII name for `raw` and whether Unicode look-alikes were folded.

    Raises InvalidName for empty names, names PEP 508 forbids and overlong names.
    """
    text = raw.strip()
    if not text:
        raise InvalidName("empty project name")
    if len(text) > MAX_NAME_LENGTH:
        raise InvalidName(f"project name longer than {MAX_NAME_LENGTH} characters: {text[:40]!r}…")
    if _VALID.match(text):
        return text, False
    folded = fold_unicode(text)
    if folded != text and folded.isascii() and _VALID.match(folded):
        return folded, True
    raise InvalidName(
        f"not a valid project name: {raw!r} (PEP 508 allows ASCII letters, digits, '.', '-' "
        "and '_', starting and ending with a letter or digit)"
    )


# -- explaining an edit ----------------------------------------------------------


def explain(query: str, target: str) -> tuple[str, str]:
    """(kind, reason) describing how separator-free `query` differs from `target`."""
    if query == target:
        return "separator", "differs only in separators ('-', '_', '.', none)"
    if fold(query) == fold(target):
        return "homoglyph", "uses look-alike characters (rn/m, vv/w, l/1/I, 0/o)"
    if len(query) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(query, target, strict=True)) if a != b]
        if len(diff) == 1:
            a, b = query[diff[0]], target[diff[0]]
            if a in KEYBOARD_NEIGHBOURS.get(b, ()):
                return "typo", f"one letter replaced by a neighbouring key ('{b}' → '{a}')"
            if a in _VOWELS and b in _VOWELS:
                return "typo", f"one vowel swapped for another ('{b}' → '{a}')"
            return "typo", f"one letter changed ('{b}' → '{a}')"
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and query[diff[0]] == target[diff[1]]
            and query[diff[1]] == target[diff[0]]
        ):
            was, now = target[diff[0] : diff[1] + 1], query[diff[0] : diff[1] + 1]
            return "typo", f"two letters swapped ('{was}' → '{now}')"
    if len(query) == len(target) + 1:
        for i in range(len(query)):
            if query[:i] + query[i + 1 :] == target:
                ch = query[i]
                if (i > 0 and query[i - 1] == ch) or (i + 1 < len(query) and query[i + 1] == ch):
                    return "typo", f"a doubled letter ('{ch}')"
                return "typo", f"an added character ('{ch}')"
    if len(query) + 1 == len(target):
        for i in range(len(target)):
            if target[:i] + target[i + 1 :] == query:
                return "typo", f"a dropped character ('{target[i]}')"
    if OSA.distance(fold(query), fold(target)) <= 1:
        return "homoglyph", "look-alike characters (rn/m, vv/w, l/1/I, 0/o) and one more edit"
    return "typo", f"{OSA.distance(query, target)} edits away"


def _edit_allowed(query: str, target: str, kind_reason: tuple[str, str]) -> bool:
    """Damerau-Levenshtein distance scaled by length: short names need a telling edit."""
    shortest = min(len(query), len(target))
    if shortest <= 3:
        return False
    reason = kind_reason[1]
    if reason.startswith("one letter changed") and shortest < SUBSTITUTION_MIN_LENGTH:
        return False
    if shortest >= 5:
        return True
    return reason.startswith(
        ("two letters swapped", "a doubled", "one letter replaced by a", "one vowel")
    )


# -- the index -------------------------------------------------------------------


class Detector:
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
        self._corpus: Corpus | None = corpus
        self._corpus_path: Path | None = None
        self.weak_target_rank = weak_target_rank
        self.protected_rank = protected_rank
        self.ratio = ratio
        self.listed_ratio = listed_ratio
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

    # -- look-alikes -----------------------------------------------------------
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
            for i, other in cands:
                if i in found or OSA.distance(base, other) > 1:
                    continue
                kr = explain(base, other)
                affixed = base is not skel or other != self.skels[i]
                if affixed and kr[0] == "separator":
                    kr = ("affix", _affix_reason(canonical, self.names[i]))
                elif not _edit_allowed(base, other, kr):
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

    # -- verdicts -----------------------------------------------------------------
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
        module = _stdlib_module(plain) if idx is None else None
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
                (t in WORDS_GLUED_ON and t not in _AFFIX_WORDS) or self._rank(t) <= GLUED_NAME_RANK
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

    def _rank(self, name: str) -> int:
        i = self.by_name.get(name)
        return self.ranks[i] if i is not None else sys.maxsize

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

    def _pop(self, name: str) -> float:
        i = self.by_name.get(name)
        return self.popularity[i] if i is not None else 0.0


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
    code = b"".join((here / f).read_bytes() for f in ("detect.py", "tables.py", "corpus.py"))
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
        and word not in _AFFIX_WORDS
        and not word.isdigit()
    }


def _stdlib_module(canonical: str) -> str | None:
    """The standard-library module `canonical` is named like (``telnet`` → telnetlib)."""
    base = canonical.replace("-", "_")
    for name in (base, base + "lib"):
        if name in _STDLIB:
            return name
    return None


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
