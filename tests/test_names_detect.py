"""Typosquat detection on the shipped corpus and on small synthetic ones."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from pipwarden.names.corpus import Corpus, Project
from pipwarden.names.detect import Detector, default_detector
from pipwarden.names.spelling import InvalidName, skeleton, validate


@pytest.fixture(scope="module")
def det() -> Detector:
    return default_detector()


def small(*rows: tuple[str, int]) -> Detector:
    """A detector over `rows` of (name, downloads), ranked by downloads."""
    ordered = sorted(rows, key=lambda r: -r[1])
    projects = tuple(Project(n, i + 1, d) for i, (n, d) in enumerate(ordered))
    return Detector(Corpus(projects, "test", None), protected_rank=1)


@pytest.mark.parametrize(
    ("name", "target", "words"),
    [
        ("reqeusts", "requests", "swapped"),
        ("colourama", "colorama", "added"),
        ("requestss", "requests", "doubled"),
        ("reqests", "requests", "dropped"),
        ("requesys", "requests", "neighbouring key"),
        ("selemium", "selenium", "neighbouring key"),
        ("urlib3", "urllib3", "dropped"),
        ("setup-tools", "setuptools", "separators"),
        ("python_dateutil2", "python-dateutil", "prefix or suffix"),
        ("python3-dateutil", "python-dateutil", "prefix or suffix"),
        ("pythonkafka", "kafka-python", "prefix or suffix"),
        ("requests-python", "requests", "prefix or suffix"),
        ("py-numpy", "numpy", "prefix or suffix"),
        ("jeIlyfish", "jellyfish", "look-alike"),
        ("c0lorama", "colorama", "look-alike"),
        ("rnatplotlib", "matplotlib", "look-alike"),
        ("vvheel", "wheel", "look-alike"),
        ("beautifulsoup", "beautifulsoup4", "dropped"),
        ("sklearn", "scikit-learn", "import name"),
        ("cv2", "opencv-python", "import name"),
        ("PIL", "pillow", "import name"),
        ("yaml", "pyyaml", "import name"),
        ("skimage", "scikit-image", "import name"),
        ("python-mysqldb", "mysqlclient", "import name"),
        ("requestsaa", "requests", "glued on"),
        ("pycryptoenv", "pycrypto", "glued on"),
        ("djanga", "django", "vowel"),
        ("openvc", "opencv-python", "swapped"),
        # Reported squats the index could not see before (issue 13).
        ("aiohtttp", "aiohttp", "letter ('t')"),
        ("aiohtttps", "aiohttp", "repeated ('ttt') and an added character"),
        ("requests-darwin-lite", "requests", "ordinary words glued on ('darwin', 'lite')"),
        ("colorama-plus", "colorama", "ordinary words glued on"),
        ("async-httpx", "httpx", "ordinary words glued on ('async')"),
        ("botoceor", "botocore", "two edits"),
        ("BeautifulSoop", "beautifulsoup4", "two edits"),
        ("importlibs-resource", "importlib-resources", "two edits"),
        ("PyTarch", "pytorch", "vowel"),  # pytorch ranks below 3,000
        ("reqest", "requests", "two letters left out"),
        ("beautifulsoup-requests", "beautifulsoup4", "'requests' glued on"),
    ],
)
def test_lookalikes_are_suspect_with_target_and_reason(
    det: Detector, name: str, target: str, words: str
) -> None:
    v = det.check(name)
    assert v.suspect, v
    assert v.imitates == target
    assert words in v.reason
    assert v.to_json() == {"name": name, "suspect": True, "imitates": target, "reason": v.reason}


@pytest.mark.parametrize(
    "name", ["requests", "numpy", "boto3", "urllib3", "Django", "scikit_learn", "PyYAML"]
)
def test_popular_projects_are_not_suspect(det: Detector, name: str) -> None:
    v = det.check(name)
    assert not v.suspect
    assert v.imitates is None
    assert "popular project" in v.reason


def test_popular_projects_never_flag_each_other(det: Detector) -> None:
    top = [p.name for p in det.corpus.projects if p.rank <= det.protected_rank]
    assert len(top) > 2500
    assert [n for n in top if det.check(n).suspect] == []


@pytest.mark.parametrize("name", ["pandasai", "dockerfile", "cronitor"])
def test_weak_evidence_never_flags_listed_projects(det: Detector, name: str) -> None:
    assert name in det.by_name
    assert not det.check(name).suspect


def test_popular_import_name_project_is_noted_not_flagged(det: Detector) -> None:
    v = det.check("bs4")  # a popular project that is also beautifulsoup4's import name
    assert not v.suspect
    assert "beautifulsoup4" in v.reason


def test_unicode_lookalikes_get_a_verdict(det: Detector) -> None:
    cyrillic = det.check("r\u0435quests")  # Cyrillic e
    assert cyrillic.suspect and cyrillic.imitates == "requests"
    assert "non-ASCII" in cyrillic.reason
    fullwidth = det.check("ｎｕｍｐｙ")
    assert fullwidth.suspect and fullwidth.imitates == "numpy"


def test_stdlib_names_are_suspect(det: Detector) -> None:
    v = det.check("sunau")
    assert v.suspect and v.imitates is None
    assert "standard-library" in v.reason


def test_unknown_name_without_lookalike(det: Detector) -> None:
    v = det.check("zqxjv-unrelated-tool")
    assert not v.suspect and v.imitates is None
    assert "no look-alike" in v.reason


def test_far_more_popular_rule() -> None:
    d = small(*[(f"filler{i:03d}xyz", 10 + i) for i in range(5)], ("alphabet", 10_000_000))
    d2 = small(("alphabet", 10_000_000), ("alphabett", 1_000), ("zeta", 1), ("omega", 2))
    # unlisted names only need a listed look-alike
    assert d.check("alphabett").imitates == "alphabet"
    # a listed project 10,000x less downloaded is suspect...
    assert d2.check("alphabett").suspect
    # ...2,000x is not enough for a listed project (it has a following of its own)...
    d4 = small(("alphabet", 10_000_000), ("alphabett", 5_000), ("zeta", 1), ("omega", 2))
    assert not d4.check("alphabett").suspect
    # ...unless it only drops the popular name's trailing digit (beautifulsoup, pyasn)
    d5 = small(("alphabet4", 10_000_000), ("alphabet", 5_000), ("zeta", 1), ("omega", 2))
    assert d5.check("alphabet").imitates == "alphabet4"
    # ...but not when the look-alike is only 10x more popular
    d3 = small(("alphabet", 50_000), ("alphabett", 5_000), ("zeta", 1), ("omega", 2))
    v = d3.check("alphabett")
    assert not v.suspect and "listed among popular" in v.reason


def test_short_names_need_a_telling_edit() -> None:
    d = small(("rich", 10**9), ("tqdm", 10**9), ("six", 10**9), ("aaa", 1), ("bbb", 1))
    assert not d.check("rick").suspect  # arbitrary change in a 4-letter name
    assert d.check("tqmd").imitates == "tqdm"  # transposition
    assert d.check("ricj").imitates == "rich"  # neighbouring key
    assert not d.check("sip").suspect  # three letters: edits never count


@pytest.mark.parametrize(
    "bad", ["", "   ", "bad name", "-leading", "trailing.", "a/b", "x" * 300, "名前", "\x00"]
)
def test_invalid_names_raise_a_clear_error(det: Detector, bad: str) -> None:
    with pytest.raises(InvalidName) as info:
        det.check(bad)
    assert "\n" not in str(info.value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gives_a_verdict_or_invalid_name(text: str) -> None:
    det = default_detector()
    try:
        v = det.check(text)
    except InvalidName:
        return
    assert isinstance(v.suspect, bool)
    assert v.reason
    if v.imitates is not None:
        assert v.imitates in det.by_name


_ALPHA = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=7, max_size=14)


@settings(max_examples=80, deadline=None)
@given(_ALPHA.filter(lambda s: validate_ok(s)))
def test_index_finds_every_one_edit_neighbour(name: str) -> None:
    """The symmetric-delete index agrees with comparing against every name."""
    det = default_detector()
    f = skeleton(name)
    brute = {
        n
        for n, other in zip(det.names, det.skels, strict=True)
        if n != name and min(len(f), len(other)) >= 7 and OSA.distance(f, other) <= 1
    }
    found = {m.target for m in det.lookalikes(name)}
    assert brute <= found


def validate_ok(text: str) -> bool:
    try:
        validate(text)
    except InvalidName:
        return False
    return True


def test_edits_of_popular_names_are_found(det: Detector) -> None:
    """Mutate top-200 names (long enough) and expect the original back."""
    misses = []
    for p in det.corpus.projects[:200]:
        s = p.name
        if len(skeleton(s)) < 7:
            continue
        i = len(s) // 2
        if s[i] == "-" or s[i + 1] == "-" or s[i] == s[i + 1]:
            continue
        swapped = s[:i] + s[i + 1] + s[i] + s[i + 2 :]
        if swapped in det.by_name:
            continue
        v = det.check(swapped)
        if not v.suspect:
            misses.append(swapped)
    assert misses == []


def test_ten_thousand_names_in_one_call(det: Detector) -> None:
    names = [f"tool-{i}-name" for i in range(10_000)]
    verdicts = det.check_many(names)
    assert len(verdicts) == 10_000
    assert all(v.name == n for v, n in zip(verdicts, names, strict=True))


def test_suggestion_for_messages() -> None:
    from pipwarden.names.detect import suggestion

    assert suggestion("reqests") == "requests"
    assert suggestion("reqeustsx") == "requests"  # two edits: the loose match
    assert suggestion("zqxjv-unrelated-tool") is None
    assert suggestion("bad name!") is None


def test_weak_evidence_needs_a_very_popular_target() -> None:
    ordered = [("tqdm", 10**9), ("requests", 10**9), ("mako", 10**6), ("mmgp", 10**5)]
    projects = tuple(Project(n, i + 1, d) for i, (n, d) in enumerate(ordered))
    det = Detector(Corpus(projects, "test", None), protected_rank=0, weak_target_rank=2)
    assert det.check("tqmd").imitates == "tqdm"  # short name, rank 1 target
    assert not det.check("mkgp").suspect  # short name, rank 4 target
    assert det.check("requestsaa").imitates == "requests"  # glued, rank 2
    assert not det.check("makoxyz").suspect  # glued, rank 3


def test_rarer_games_judge_only_unlisted_names_and_long_words() -> None:
    ordered = [("botocore", 10**9), ("python-ldap", 10**9), ("requests", 10**9), ("jinja", 10**3)]
    projects = tuple(Project(n, i + 1, d) for i, (n, d) in enumerate(ordered))
    det = Detector(Corpus(projects, "test", None), protected_rank=0, weak_target_rank=3)
    assert det.check("btoocroe").imitates == "botocore"  # a swap twice in a long name
    assert not det.check("bocoxe").suspect  # two edits, but a short name
    assert det.check("bocore").imitates == "botocore"  # ...unless two letters left out
    assert not det.check("bxtocorz").suspect  # two edits bringing in two new letters
    assert not det.check("python-eda").suspect  # two edits in a four-letter word
    assert not det.check("requests-toolbelt").suspect  # a word that says what it adds
    assert det.check("requests-win64-fixed").imitates == "requests"
    assert det.check("fixed-requests").imitates == "requests"
    assert not det.check("jinja-lite").suspect  # weak evidence, target outside the top 3
    assert det.check("reqeusts-lite").imitates == "requests"  # a look-alike, words glued on
    assert det.check("jinnnja").imitates == "jinja"  # a tripled letter is strong evidence
    # A listed name is never judged on weak evidence.
    listed = Detector(
        Corpus((*projects, Project("botoceor", 5, 1)), "test", None),
        protected_rank=0,
        weak_target_rank=3,
    )
    assert not listed.check("botoceor").suspect


def test_reordered_words_of_a_long_popular_name() -> None:
    ordered = [
        ("requests", 10**9),
        ("json-flatten", 10**8),
        ("acme-python-sdk-core", 10**3),
        ("acme-python-sdk-kms", 10**3),
    ]
    projects = tuple(Project(n, i + 1, d) for i, (n, d) in enumerate(ordered))
    det = Detector(Corpus(projects, "test", None), protected_rank=0, weak_target_rank=1)
    v = det.check("python-acme-sdk-core")  # weak evidence, but against any listed name
    assert v.imitates == "acme-python-sdk-core" and v.kind == "reordered"
    assert "words of 'acme-python-sdk-core' in another order" in v.reason
    assert det.check("acme_sdk_python_kms").imitates == "acme-python-sdk-kms"
    assert not det.check("flatten-json").suspect  # two words: swapped by real projects
    assert not det.check("python-acme-sdk").suspect  # not the same words
    assert not det.check("acme-python-sdk-core").suspect  # the name itself
    # A listed name is never judged on weak evidence.
    listed = Detector(
        Corpus((*projects, Project("python-acme-sdk-core", 5, 10)), "test", None),
        protected_rank=0,
    )
    assert not listed.check("python-acme-sdk-core").suspect


def test_vendor_word_glued_onto_a_popular_name() -> None:
    vendor = [(f"acme-{w}", 10**4) for w in ("core", "kms", "rds", "ecs", "vpc", "oss")]
    plugins = [(f"frame-{w}", 10**4) for w in ("ossx", "boltz", "ping", "mock", "zing")]
    ordered = [("ossx", 10**9), ("boltz", 10**9), ("ping", 10**8), *vendor, *plugins]
    ordered.append(("frame", 10**3))
    projects = tuple(Project(n, i + 1, d) for i, (n, d) in enumerate(ordered))
    det = Detector(Corpus(projects, "test", None), protected_rank=0, weak_target_rank=3)
    assert det.vendor_words == {"acme": 6}
    v = det.check("acme-ossx")
    assert v.imitates == "ossx" and "vendor word 'acme' glued on" in v.reason
    assert not det.check("frame-boltz").suspect  # a plug-in prefix: it glues on popular names
    assert not det.check("acme-tool").suspect  # not a popular name
    assert not det.check("other-ossx").suspect  # not a vendor's word


def test_shipped_corpus_flags_few_popular_names(det: Detector) -> None:
    flagged = [n for n in det.names if det.check(n).suspect]
    assert len(flagged) <= 0.002 * len(det.names), flagged


def test_recall_on_reported_typosquats(det: Detector) -> None:
    import csv
    from pathlib import Path

    from packaging.utils import canonicalize_name

    table = Path(__file__).resolve().parents[1] / "bench" / "names" / "reported.csv"
    if not table.is_file():
        pytest.skip(f"{table} is absent (the sdist ships no benchmark data)")
    with table.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    listed = [
        r
        for r in rows
        if any(canonicalize_name(t) in det.by_name for t in r["imitates"].split("|"))
    ]
    missed = [r["name"] for r in listed if not det.check(r["name"]).suspect]
    assert len(listed) >= 100
    assert 1 - len(missed) / len(listed) >= 0.95, missed


def test_verdicts_do_not_depend_on_the_hash_seed() -> None:
    """A project found both by its whole name and by its core (an affix removed) is
    judged by the whole name, whatever order a set yields them in: names that were
    flagged under one PYTHONHASHSEED and not under another are judged alike."""
    import os
    import subprocess
    import sys

    code = (
        "from pipwarden.names.detect import default_detector as d\n"
        "for n in ['bencode-y','ydantic-cli','pdevd-pycharm','crypto-cp-py','ykakasi',"
        "'plinalg','yisemail','reqeusts']:\n"
        "    v = d().check(n); print(n, v.suspect, v.imitates, v.reason)\n"
    )
    runs = []
    for seed in ("0", "1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        runs.append(out.stdout)
    assert runs[0] == runs[1] == runs[2]
    assert "reqeusts True requests" in runs[0]
