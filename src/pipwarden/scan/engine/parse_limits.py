"""How large a Python source may be before it is not parsed: the syntax tree it would
build, estimated before any parse.

The parser's memory grows with the tokens of code (about 150-800 bytes a token, ~820 for
`x=1` repeated), not with the text of string literals and comments: a docstring is one
token whatever its length. Generated API clients (kubernetes, google-cloud, azure-mgmt)
are mostly docstrings, so sources past a cheap byte count are counted by Python's own
tokenizer (which follows the running interpreter's grammar and the source's declared
encoding), without building a tree.
"""

from __future__ import annotations

import io
import re
import tokenize

#: Python sources with more than this many tokens of code are not parsed: a syntax tree
#: takes up to ~820 bytes per token (x=1 repeated), ~150-400 for ordinary code, so a
#: parse stays under ~500 MB and a few seconds.
MAX_PARSE_TOKENS = 600_000

#: Sources larger than this are not parsed whatever their tokens (a string literal's
#: text is held in full).
MAX_PARSE_BYTES = 8 * 1024 * 1024

_WORD = bytes([*range(48, 58), *range(65, 91), *range(97, 123), 95, *range(128, 256)])

_SPACE = b" \t\r\n\x0b\x0c"

_WORD_TABLE = bytes(0x61 if b in _WORD else 0x20 for b in range(256))

#: Tokens that build no node: layout and comments.
_LAYOUT = frozenset(
    {
        tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
        tokenize.ENCODING, tokenize.ENDMARKER,
    }
)  # fmt: skip


#: A string token with an f (or t) prefix.
_FORMATTED_RE = re.compile(r"[a-zA-Z]*[fFtT]")


def _count(data: bytes) -> int:
    """Runs of word characters plus the other non-blank bytes. A run holds at most two
    tokens (a number and a keyword: `0or`), so the tokens are at most twice this."""
    punctuation = len(data.translate(None, _WORD + _SPACE))
    words = (b" " + data.translate(_WORD_TABLE)).count(b" a")
    return punctuation + words


def parse_tokens(data: bytes, stop: int = MAX_PARSE_TOKENS) -> int:
    """The tokens of code in a Python source (string literals count one each, comments
    and layout none), counted up to just past `stop`. Past 4 x `stop` tokens of any kind
    (a flood of comment lines), or for a source the tokenizer rejects, an upper bound."""
    code = seen = 0
    try:
        for tok in tokenize.tokenize(io.BytesIO(data).readline):
            seen += 1
            if tok.type == tokenize.STRING and _FORMATTED_RE.match(tok.string):
                # Before Python 3.12 an f-string is one token, its fields' code inside.
                code += _count(tok.string.encode("utf-8", "replace"))
            elif tok.type not in _LAYOUT:
                code += 1
            if code > stop or seen > 4 * stop:
                return max(code, stop + 1)
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, LookupError, ValueError):
        return 2 * _count(data)
    return code


def too_large_to_parse(data: bytes) -> bool:
    """True for sources above the parse caps (only the byte-level rules run on them)."""
    if len(data) <= MAX_PARSE_TOKENS:  # a token takes at least a byte
        return False
    if len(data) > MAX_PARSE_BYTES:
        return True
    if 2 * _count(data) <= MAX_PARSE_TOKENS:
        return False
    return parse_tokens(data) > MAX_PARSE_TOKENS
