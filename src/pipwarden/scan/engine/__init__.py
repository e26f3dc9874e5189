"""The analysis engine: one AST pass per Python file, string folding, simple dataflow.

Each expression is evaluated once into a `Val`: its folded constant (when the
string can be computed statically: concatenation, join, chr chains, reversed
slices, base64/base32/hex/zlib/rot13 of literals), the labels of the sources
that reach it (network data, credential paths, environment, clipboard,
decoded literals) and, for names of modules and functions, its qualified
name. Sinks (exec, processes, network sends, autostart writes) look at the
labels of their arguments; a source reaching a sink is reported as a far
stronger finding than either alone. Files that do not parse still get the
byte-level rules and a ``parse.*`` finding.

The modules, each a layer of the `Analyzer` over the one below it:
`values` (`Val`, scopes, a file's context, folding helpers), `state` (what a
file's analysis remembers, its execution context, reporting), `sinks`,
`builtin_calls`, `calls`, `expressions`, `combinations` (the rules over a finished
scope and over setup.py's command classes), `statements` (the `Analyzer`);
`python` (parsing and byte-level rules of Python sources) and `data` (every
other member: data files, pickles, archives, native binaries).
"""

from __future__ import annotations

from pipwarden.scan.engine.data import analyse_data, analyse_member, entry_point_groups
from pipwarden.scan.engine.parse_limits import (
    MAX_PARSE_BYTES,
    MAX_PARSE_TOKENS,
    parse_tokens,
    too_large_to_parse,
)
from pipwarden.scan.engine.python import (
    Facts,
    analyse_pth,
    analyse_python,
    replace_line,
)
from pipwarden.scan.engine.statements import Analyzer
from pipwarden.scan.engine.values import FileContext, Val, is_root_setup

__all__ = [
    "MAX_PARSE_BYTES",
    "MAX_PARSE_TOKENS",
    "Analyzer",
    "Facts",
    "FileContext",
    "Val",
    "analyse_data",
    "analyse_member",
    "analyse_pth",
    "analyse_python",
    "entry_point_groups",
    "is_root_setup",
    "parse_tokens",
    "replace_line",
    "too_large_to_parse",
]
