"""How project names are spelled and misspelled, with no corpus involved.

Names are compared in PEP 503 form with separators removed (the skeleton) and
look-alike characters folded (rn→m, vv→w, 1/I→l, 0→o); a core is a skeleton
with a python-/py-/-lib/-sdk/… affix removed. What a user typed is validated
(Unicode look-alikes folded to ASCII), and `explain` puts into words how one
spelling differs from another (a dropped letter, a neighbouring key, a swap).
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import OSA

from pipwarden.errors import PipwardenError
from pipwarden.names.tables import (
    HOMOGLYPH_SEQUENCES,
    KEYBOARD_NEIGHBOURS,
    PREFIXES,
    SUFFIXES,
    UNICODE_CONFUSABLES,
)

#: Longest name accepted (PyPI has no limit; nothing legitimate comes close).
MAX_NAME_LENGTH = 200
#: Shortest name in which any one changed letter (not a neighbouring key) counts.
SUBSTITUTION_MIN_LENGTH = 7
#: Shortest core left after removing an affix.
MIN_CORE = 3

_VOWELS = frozenset("aeiouy")
_VALID = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)


class InvalidName(PipwardenError):
    """A name that PEP 508 does not allow and that reads as no valid name either."""


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


def edit_allowed(query: str, target: str, kind_reason: tuple[str, str]) -> bool:
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
