"""The parse budget: which Python sources are too large to parse, estimated from their
bytes (string literals and comments are one token each, whatever their length)."""

from __future__ import annotations

import io
import sysconfig
import time
import tokenize
from pathlib import Path

import pytest

from pipwarden.scan import scan_target
from pipwarden.scan.engine import MAX_PARSE_TOKENS, parse_tokens, too_large_to_parse
from tests.support.builders import build_sdist

#: A method of a generated API client: a long docstring around a little code.
_METHOD = '''
    def list_things_{i}(self, namespace, **kwargs):  # noqa: E501
        """List things of kind {i} in a namespace.

        This method makes a synchronous HTTP request by default. To make an
        asynchronous HTTP request, please pass async_req=True.
        :param str namespace: object name and auth scope, such as for teams and projects
        :param bool pretty: If 'true', then the output is pretty printed.
        :param str field_selector: A selector to restrict the list of returned objects
               by their fields. Defaults to everything.
        :param int limit: limit is a maximum number of responses to return for a list
               call. If more items exist, the server will set the `continue` field.
        :return: V1ThingList, or the request thread when called asynchronously.
{doc}        """
        # The generator writes one of these for every operation of the API.
        kwargs['_return_http_data_only'] = True
        return self.list_things_{i}_with_http_info(namespace, **kwargs)
'''


#: More of the docstring: the generator repeats each model's field documentation.
_DOC = "        :param str continue: a token from a previous list call, to read on from it.\n" * 16


def _client(methods: int, tail: str = "") -> bytes:
    body = "".join(_METHOD.replace("{i}", str(i)).replace("{doc}", _DOC) for i in range(methods))
    return f"class CoreApi:\n{body}\n{tail}".encode()


def _code_tokens(data: bytes) -> int:
    """Python's own count of the tokens that are neither a string nor a comment."""
    skip = {tokenize.STRING, tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE}
    skip |= {tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING, tokenize.ENDMARKER}
    return sum(1 for t in tokenize.tokenize(io.BytesIO(data).readline) if t.type not in skip)


def test_docstrings_and_comments_do_not_count() -> None:
    source = _client(1300)
    # The same text with its docstrings made code is over the limit.
    assert too_large_to_parse(source.replace(b'"""', b"   "))
    assert _code_tokens(source) <= parse_tokens(source) < MAX_PARSE_TOKENS
    assert not too_large_to_parse(source)


def test_dense_code_still_too_large() -> None:
    source = b"x=1\n" * 210_000
    assert parse_tokens(source) > MAX_PARSE_TOKENS
    assert too_large_to_parse(source)


def test_code_in_f_string_fields_counts() -> None:
    # Before Python 3.12 an f-string is a single token, however much code its fields hold.
    fields = "+".join(f"n{i}" for i in range(2000))
    source = f'x = f"{{{fields}}}"\n'.encode()
    assert parse_tokens(source) >= 2000


@pytest.mark.parametrize("cookie", ["utf-7", "utf-16", "no-such-codec"])
def test_the_declared_encoding_is_followed(cookie: str) -> None:
    # In UTF-7, +ACI- is a double quote: the bytes do not show where strings end; an
    # encoding Python cannot decode gets the upper bound.
    source = f"# coding: {cookie}\n".encode() + b'x = "+ACI- a b c d e f"\n' * 100
    assert parse_tokens(source) >= 100 * 9


def test_a_declared_ascii_compatible_encoding_is_read() -> None:
    source = b"# -*- coding: latin-1 -*-\n" + b"x = 'a b c d e f g h'\n" * 100
    assert parse_tokens(source) < 100 * 5


@pytest.mark.parametrize(
    "source",
    [
        b"s = 'a\\\r\nb' + x + y + z\n",  # backslash-CRLF continues a one-quote string
        b"s = 'a\\\nb' + x + y + z\n",
        b"s = '''a'''' ' + x + y + z\n",  # three quotes close, the fourth opens
        b"s = '''\n\"\"\"\n''' + x + y + z\n",  # the other quotes inside a long string
        b"if'a':x + y + z\n",  # a keyword ending in f before a quote
        b"s = rb'\\'' + x + y + z\n",
        b"s = '#' + x + y + z  # '\n",
    ],
)
def test_strings_end_where_python_ends_them(source: bytes) -> None:
    assert parse_tokens(source) >= _code_tokens(source)


def test_never_under_the_code_tokens_of_real_sources() -> None:
    lib = Path(sysconfig.get_paths()["stdlib"])
    files = sorted(lib.glob("*.py"))[:80] + sorted((lib / "email").glob("*.py"))
    assert len(files) > 50
    for path in files:
        data = path.read_bytes()
        assert parse_tokens(data) >= _code_tokens(data), path.name


def test_floods_are_cut_short() -> None:
    # Comment lines build nothing, but the tokenizer still walks them: past 4 x the limit
    # of tokens of any kind the source counts as too large.
    comments = b"#a\n" * 1_300_000
    start = time.monotonic()
    assert too_large_to_parse(comments)
    assert parse_tokens(b"'''" + b"x " * 400_000) > MAX_PARSE_TOKENS  # unterminated
    assert time.monotonic() - start < 20


def test_a_large_generated_client_is_analysed(tmp_path: Path) -> None:
    # 3 MB, most of it docstrings, with a process started at import time at its end:
    # parsed and analysed, not set aside as too large.
    tail = "import subprocess\nsubprocess.Popen(['sh', '-c', 'echo example.invalid'])\n"
    source = _client(1300, tail)
    assert too_large_to_parse(source.replace(b'"""', b"   ")) and not too_large_to_parse(source)
    name, data = build_sdist("client", "1.0", {"client/api.py": source})
    (tmp_path / name).write_bytes(data)
    rules = {f.rule for f in scan_target(tmp_path / name).findings}
    assert "parse.too-large" not in rules
    assert "startup-hook.import-process" in rules
