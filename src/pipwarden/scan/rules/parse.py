"""parse.*: files the analyser could not parse (still checked byte by byte)."""

from __future__ import annotations

from pipwarden.scan.facts import Fact
from pipwarden.scan.rules._base import HIGH, LOW, MEDIUM, negative, positive, rule

RULES = [
    rule(
        "parse.not-parsed",
        LOW,
        "CWE-20",
        "Python file could not be parsed",
        "The file is not valid Python 3 (Python 2 syntax, a syntax error, invalid UTF-8, "
        "NUL bytes or binary data). Only byte-level rules ran on it.",
        "Review the file by hand; code that does not parse may still be run by other means.",
        samples=(
            positive("print 'hello'\n"),
            negative("print('hello')\n"),
        ),
        when=(Fact.NOT_PARSED,),
    ),
    rule(
        "parse.too-deep",
        MEDIUM,
        "CWE-674",
        "Code nested too deeply to analyse",
        "The file nests expressions or statements so deeply that the parser or analyser "
        "gave up; such nesting is a known way to hide code from tools. Only byte-level rules "
        "ran on it.",
        "Review the file by hand.",
        samples=(
            positive(lambda: "x = " + "(" * 10000 + "1" + ")" * 10000 + "\n"),
            negative("x = " + "(" * 20 + "1" + ")" * 20 + "\n"),
        ),
        when=(Fact.TOO_DEEP,),
    ),
    rule(
        "parse.too-large",
        HIGH,
        "CWE-400",
        "Python file too large to parse",
        "The file is so large (in bytes, or in tokens of code: string literals and comments "
        "count once each) that parsing it would take more time and memory than one "
        "artifact's budget allows; only byte-level rules ran on it, so code in it was not "
        "analysed. Generated API clients, mostly docstrings, stay under the limit; padding "
        "code out to it hides what it does.",
        "Review the file by hand before allowing the package.",
        # 630,000 tokens of code in 840 KB. The negatives are larger: 1.1 MB with 100,000
        # tokens, and 1.5 MB of docstrings (750,000 words) around 15 tokens of code.
        samples=(
            positive(lambda: "x=1\n" * 210_000),
            negative(lambda: ("x = '" + "a" * 50 + "'\n") * 20_000),
            negative(lambda: ('def f():\n    """' + "word " * 60_000 + '"""\n') * 5),
        ),
        when=(Fact.TOO_LARGE,),
    ),
]
