"""Python sources and .pth files: parsing (within limits, Python 2 too), the analyzer,
byte-level rules.
"""

from __future__ import annotations

import ast
import functools
import gc
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pipwarden.findings import Finding, Severity
from pipwarden.rules import Rule
from pipwarden.scan import blobs as B
from pipwarden.scan import endpoints as E
from pipwarden.scan import patterns as P
from pipwarden.scan.engine.parse_limits import (
    MAX_PARSE_BYTES,
    MAX_PARSE_TOKENS,
    too_large_to_parse,
)
from pipwarden.scan.engine.statements import Analyzer
from pipwarden.scan.engine.values import FileContext
from pipwarden.scan.facts import Endpoint, Fact, Label, Observation
from pipwarden.scan.rules import claims

#: How much of an unparsed file the command patterns (reverse shells, pipes to a shell,
#: endpoints) read.
_COMMAND_SCAN = 1 << 20


def _byte_rules(
    ctx: FileContext, data: bytes, parsed: bool, *, syntax_error: bool = False
) -> list[Finding]:
    """Rules that read raw bytes: blobs always; payload patterns when the AST is missing
    (`syntax_error`: because the file is not valid Python 3 or 2, not for its size)."""
    out: list[Finding] = []
    count = 0
    for m in B.BLOB_RE.finditer(data):
        fact = B.classify_blob(m.group(1))
        if fact is None:
            continue
        size = len(m.group(1))
        out.extend(
            fact_findings(
                ctx,
                Observation(fact),
                functools.partial(_blob_message, size),
                line=data.count(b"\n", 0, m.start()) + 1,
                evidence=m.group(1)[:60].decode("latin-1") + "...",
            )
        )
        count += 1
        if count >= 3:
            break
    if parsed:
        return out
    # The command patterns cost up to a second per MiB on dense text, and one regex search
    # cannot be interrupted by the budget: they read the first MiB of an unparsed file
    # (larger ones are rare: Python 2 files, and sources too large to parse, which block
    # on their own).
    text = data[:_COMMAND_SCAN].decode("latin-1")
    m2 = B.EXEC_DECODE_RE.search(data)
    if m2:
        out.extend(
            fact_findings(
                ctx,
                Observation(Fact.EXEC_DECODED_TEXT),
                "exec/eval of decoded data (byte-level match)",
                line=data.count(b"\n", 0, m2.start()) + 1,
                evidence=m2.group(0)[:120].decode("latin-1"),
            )
        )
    for rx, fact in (
        (P.REVERSE_SHELL_RE, Fact.REVERSE_SHELL_TEXT),
        (P.PIPE_TO_SHELL_RE, Fact.PIPE_TO_SHELL_TEXT),
    ):
        m3 = rx.search(text)
        if m3:
            out.extend(
                fact_findings(
                    ctx,
                    Observation(fact),
                    lambda r: f"{r.title} (byte-level match)",
                    line=text.count("\n", 0, m3.start()) + 1,
                    evidence=m3.group(0)[:120],
                )
            )
    hit = E.endpoint(text)
    if hit is not None:
        out.extend(
            fact_findings(
                ctx,
                Observation(Fact.ENDPOINT_IN_BYTES, endpoint=hit[0], unparsed_file=syntax_error),
                f"suspicious endpoint {hit[1]!r} (byte-level match"
                + (" in a file that is not valid Python)" if syntax_error else ")"),
                evidence=hit[1],
            )
        )
        stolen = P.string_labels(text) & _STEALER_TARGETS
        if _COOKIE_THIEF_RE.search(text):
            stolen = stolen | {Label.BROWSER}
        send = _SEND_RE.search(text) if stolen and hit[0] in _EXFIL_CHANNELS else None
        if send is not None:
            # A stealer that does not parse (Python 2, a stray quote): what it names and
            # where it sends are still there to read.
            what = ", ".join(sorted(label.value for label in stolen))
            out.extend(
                fact_findings(
                    ctx,
                    Observation(Fact.STEALER_TEXT),
                    f"names {what} data and sends to {hit[1]!r} (byte-level match)",
                    line=text.count("\n", 0, send.start()) + 1,
                    evidence=send.group(0),
                )
            )
    return out


#: What stealers take: browser and chat-app stores, wallets.
_STEALER_TARGETS = frozenset({Label.BROWSER, Label.WALLET})
#: Libraries and cookie names of browser-cookie thieves.
_COOKIE_THIEF_RE = re.compile(r"\bbrowser_cookie3\b|\.ROBLOSECURITY\b")
#: Endpoints that receive stolen data: chat webhooks and bots, file and paste hosts.
_EXFIL_CHANNELS = frozenset({Endpoint.WEBHOOK, Endpoint.PASTE_SITE})
#: A send of data or files, as source text.
_SEND_RE = re.compile(
    r"requests\.post\(|\.post\([^)\n]{0,200}(?:files|data|json)\s*=|\burlopen\b|send(?:Document|Photo)"
    r"|\bfiles\s*=\s*\{"
)


def _blob_message(size: int, r: Rule) -> str:
    return f"{size}-character literal: {r.title.lower()}"


def fact_findings(
    ctx: FileContext,
    obs: Observation,
    message: str | Callable[[Rule], str],
    *,
    line: int | None = None,
    evidence: str = "",
) -> list[Finding]:
    """A finding in this file for every rule `obs` makes fire, at the severity the rule
    gives it, with the fix it declares; `message` may be built from the rule."""
    return [
        Finding(
            "code",
            r.id,
            severity,
            r.message(obs, message) if isinstance(message, str) else message(r),
            file=ctx.name,
            line=line,
            evidence=evidence,
            remediation=r.fix,
        )
        for r, severity in claims(obs)
    ]


def _not_parsed(ctx: FileContext, fact: Fact, reason: str) -> list[Finding]:
    return fact_findings(
        ctx, Observation(fact), f"not parsed ({reason}); only byte-level rules ran"
    )


def analyse_python(ctx: FileContext, data: bytes, facts: Facts | None = None) -> list[Finding]:
    """All findings for one Python source file; `facts` receives cross-file facts."""
    limit = sys.getrecursionlimit()
    if limit < _RECURSION:
        sys.setrecursionlimit(_RECURSION)
    # A syntax tree holds no reference cycles and is freed by reference counting, but
    # the cycle collector, run every 700 allocations by default, walks it again and
    # again while it is alive: a sixth of the scan time went there. Collect less
    # often during one file (the collector still runs; mypy does the same).
    threshold = gc.get_threshold()
    if threshold[0] < _GC_THRESHOLD:
        gc.set_threshold(_GC_THRESHOLD, *threshold[1:])
    try:
        return _analyse_python(ctx, data, facts)
    finally:
        if limit < _RECURSION:
            sys.setrecursionlimit(limit)
        if threshold[0] < _GC_THRESHOLD:
            gc.set_threshold(*threshold)


_RECURSION = 6000

_GC_THRESHOLD = 20_000

#: Cross-file facts a file yields: "imported_calls" -> {(level, module, name)},
#: "imported_args" -> {(level, module, name, argument index, labels)}.
Facts = dict[str, set[Any]]


def _analyse_python(ctx: FileContext, data: bytes, facts: Facts | None) -> list[Finding]:
    reason = None
    fact = Fact.NOT_PARSED
    tree = None
    if b"\x00" in data:
        reason = "NUL bytes"
    elif too_large_to_parse(data):
        size = "" if len(data) > MAX_PARSE_BYTES else f", over {MAX_PARSE_TOKENS} tokens of code"
        reason = (
            f"{len(data)} bytes{size}; the parse limit is {MAX_PARSE_TOKENS} tokens of code "
            f"(string literals and comments aside) or {MAX_PARSE_BYTES} bytes"
        )
        fact = Fact.TOO_LARGE
    else:
        try:
            tree = ast.parse(data, filename=ctx.name)
        except RecursionError:
            reason, fact = "nested too deeply", Fact.TOO_DEEP
        except MemoryError:
            reason, fact = "nested too deeply", Fact.TOO_DEEP
        except SyntaxError as exc:
            msg = str(exc.msg or "syntax error")
            if "too many nested" in msg or "too many levels" in msg or "too complex" in msg:
                reason, fact = msg, Fact.TOO_DEEP
            elif "unknown encoding" in msg:
                # A codec registered at run time (by a .pth) rewrites the source as it is read.
                reason, fact = msg, Fact.CUSTOM_CODEC
            else:
                reason = f"line {exc.lineno}: {msg}"
        except (ValueError, UnicodeDecodeError, OverflowError) as exc:
            reason = str(exc) or type(exc).__name__
    text = data.decode("utf-8", "replace")
    note: list[Finding] = []
    if tree is None and fact is Fact.NOT_PARSED and reason and reason.startswith("line "):
        # Python 2 sources (old setup.py files, and malware written for them) are read as
        # their Python 3 equivalent, line for line, so that the AST rules still see them.
        tree = _parse_py2(text)
        if tree is not None:
            note = _not_parsed(ctx, fact, f"{reason}; analysed as Python 2")
    if tree is None:
        return [
            *_not_parsed(ctx, fact, reason or "unknown"),
            *_byte_rules(ctx, data, parsed=False, syntax_error=fact is Fact.NOT_PARSED),
        ]
    analyzer = Analyzer(ctx, text)
    try:
        findings = analyzer.run(tree)
        if facts is not None and analyzer.imported_calls:
            facts.setdefault("imported_calls", set()).update(analyzer.imported_calls)
        if facts is not None and analyzer.imported_args:
            # Facts are plain data (the per-file memo stores them): labels by their value.
            facts.setdefault("imported_args", set()).update(
                (level, module, name, i, frozenset(label.value for label in labels), on_import)
                for level, module, name, i, labels, on_import in analyzer.imported_args
            )
        if facts is not None:
            # For combinations across modules (a clipboard helper, a wallet-address swapper);
            # plain data, as the labels above.
            facts["events"] = {event.value for event in analyzer.file_events}
            if analyzer.split_setup:
                # What of a module setup.py imports runs at install, and what does not.
                facts["runtime_spans"] = set(analyzer.runtime_spans)
                facts["install_events"] = {event.value for event in analyzer.import_events}
            if analyzer.loaded:
                facts["loaded"] = set(analyzer.loaded)
            if Label.WALLET_ADDR in analyzer.labels_seen and analyzer.relative_calls:
                facts["wallet_calls"] = set(analyzer.relative_calls)
    except RecursionError:
        return [
            *_not_parsed(ctx, Fact.TOO_DEEP, "nested too deeply to analyse"),
            *analyzer.findings,
            *_byte_rules(ctx, data, parsed=False),
        ]
    return [*note, *findings, *_byte_rules(ctx, data, parsed=True)]


_PY2_FIXES = [
    (re.compile(r"^(\s*)print\s*>>\s*[\w.]+\s*,\s*(.*)$"), r"\1print(\2)"),
    (re.compile(r"^(\s*)print(?![\w(])\s*(.*?)\s*$"), r"\1print(\2)"),
    (re.compile(r"^(\s*)exec\s+(?!\()([^\n]+?)(?:\s+in\s+[^\n]+)?\s*$"), r"\1exec(\2)"),
    (re.compile(r"^(\s*except\s+[^,:]+),\s*(\w+)\s*:"), r"\1 as \2:"),
    (re.compile(r"^(\s*raise\s+[\w.]+)\s*,\s*(.+)$"), r"\1(\2)"),
    (re.compile(r"(?<![\w.'\"])0([0-7]+)\b"), r"0o\1"),
    (re.compile(r"\b(\d+)[lL]\b"), r"\1"),
    (re.compile(r"<>"), "!="),
    (re.compile(r"\bur(['\"])"), r"r\1"),
]


def _parse_py2(text: str) -> ast.Module | None:
    """The AST of Python 2 source rewritten line for line as Python 3, None if it still
    does not parse (a few statement forms are rewritten: print, exec, except, raise, octal
    and long literals)."""
    if len(text) > 2_000_000:
        return None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        for rx, sub in _PY2_FIXES:
            line = rx.sub(sub, line)
        lines[i] = line
    try:
        return ast.parse("\n".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return None


def analyse_pth(ctx: FileContext, data: bytes) -> list[Finding]:
    """Findings for a .pth file: executable lines and what they do."""
    out: list[Finding] = []
    text = data.decode("utf-8", "replace")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.startswith(("import ", "import\t")):
            continue
        sub = FileContext(ctx.name, ctx.kind, ctx.pure, clock=ctx.clock)
        found = analyse_python(sub, line.encode())
        out.extend(
            fact_findings(
                ctx,
                Observation(Fact.PTH_EXEC, found=tuple((f.rule, f.severity) for f in found)),
                ".pth line executes code",
                line=n,
                evidence=line[:200],
            )
        )
        out.extend(replace_line(f, n) for f in found if f.severity >= Severity.HIGH)
    return out


def replace_line(f: Finding, line: int) -> Finding:
    """`f` moved to `line` (for findings on one-line snippets)."""
    return replace(f, line=line)
