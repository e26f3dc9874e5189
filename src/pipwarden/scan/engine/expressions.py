"""Expressions: constant folding, string labels, comprehensions, lambdas and decoded payloads."""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Callable
from typing import Any

from pipwarden.findings import Severity
from pipwarden.scan import blobs as B
from pipwarden.scan import endpoints as E
from pipwarden.scan import patterns as P
from pipwarden.scan.engine.calls import Calls
from pipwarden.scan.engine.parse_limits import MAX_PARSE_TOKENS, too_large_to_parse
from pipwarden.scan.engine.state import AnalyzerState
from pipwarden.scan.engine.values import (
    _PATHLIKE_RE,
    _PERCENT_RE,
    _PKGFILE,
    _REVERSED_NAMES,
    _SECRET_ATTRS,
    _SECRET_PATHS,
    _SECRET_WORD_RE,
    DEEP_TEXT,
    EMPTY,
    MAX_FOLD,
    Val,
    _child,
    _decode,
    _endpoint_label,
    _foldable,
    _line,
    _reversed_or_decoded,
    _secret_filter,
    _text,
    _union,
    _xform,
    env_value,
)
from pipwarden.scan.facts import NONE as _NONE
from pipwarden.scan.facts import PARAM_INDEX, Endpoint, Event, Fact, Label

#: The request object of web frameworks' routes, and its attributes that hold what the
#: client sent.
_WEB_REQUEST = ("flask.request.", "bottle.request.", "quart.request.")
_WEB_REQUEST_DATA = frozenset(
    {"args", "form", "values", "json", "data", "get_json", "get_data", "cookies", "headers",
     "files", "query", "forms", "params", "body"}
)  # fmt: skip

#: A command line that fetches a URL (a download tool first, the URL after it).
_DOWNLOAD_CMD_RE = re.compile(
    r"(?:^|[\s;&|(\"'])(?:curl|wget)(?:\.exe)?\s[^\n]{0,200}?https?://"
    r"|\b(?:certutil|bitsadmin|Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer"
    r"|DownloadFile|DownloadString)\b[^\n]{0,200}?https?://",
    re.IGNORECASE,
)

#: A string literal written wholly in escape codes (hex, octal, unicode), quotes included.
_ESCAPED_LITERAL_RE = re.compile(
    rb"[bBuU]?(['\"])(?:\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4})+\1"
)


class Expressions(Calls):
    """Expressions evaluated into `Val`s."""

    def e_namedexpr(self, node: ast.NamedExpr) -> Val:
        v = self.expr(node.value)
        self.bind(node.target, v)
        return v

    def e_compare(self, node: ast.Compare) -> Val:
        labels = self.expr(node.left).labels
        for c in node.comparators:
            labels = labels | self.expr(c).labels
        return Val(None, labels) if labels else EMPTY

    def e_boolop(self, node: ast.BoolOp) -> Val:
        labels: frozenset[Label] = _NONE
        for v in node.values:
            labels = labels | self.expr(v).labels
        return Val(None, labels) if labels else EMPTY

    def e_yield(self, node: ast.Yield | ast.YieldFrom) -> Val:
        """What a generator yields is what iterating over it gives: a return value."""
        if node.value is None:
            return EMPTY
        v = self.expr(node.value)
        if v.labels and self.fn_stack:
            name = self.fn_stack[-1]
            self.fn_returns[name] = self.fn_returns.get(name, _NONE) | v.labels
        return EMPTY

    def expr(self, node: ast.expr) -> Val:
        handler = _EXPR.get(type(node))
        if handler is not None:
            return handler(self, node)
        labels: frozenset[Label] = _NONE
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                v = self.expr(child)
                if v.labels:
                    labels = labels | v.labels
            elif isinstance(child, ast.comprehension):
                v = self.expr(child.iter)
                labels = labels | v.labels
                self.bind(child.target, Val(None, v.labels))
                for cond in child.ifs:
                    self.expr(cond)
            elif isinstance(child, ast.arguments):
                continue
            else:
                self.generic(child)
        return Val(None, labels) if labels else EMPTY

    def e_constant(self, node: ast.Constant) -> Val:
        value = node.value
        if isinstance(value, str):
            n = len(value)
            if 4 <= n <= 14 and value in _REVERSED_NAMES:
                self.observe(
                    Fact.NAME_REVERSED, node, f"{value!r} is {value[::-1]!r} spelled backwards"
                )
                return Val(value, frozenset({Label.OBF}))
            if value in P.SENSITIVE_NAMES and self.escaped_literal(node):
                # "eval" spelled as four hex escapes: a name written in escape codes hides it
                # from a reader and from a text search; the use decides the finding.
                return Val(value, frozenset({Label.OBF}))
            if value.startswith("gA") and 24 <= n <= DEEP_TEXT:
                self.pickle_literal(value, node)  # base64 of a pickle (b"\x80...")
            if 4 < n < 2000 or (n == 4 and value.startswith(".")):  # ".env"
                return self.on_string(value, node, _NONE)
            return Val(value)
        if isinstance(value, (bytes, int)) and not isinstance(value, bool):
            return Val(value)
        return EMPTY

    def escaped_literal(self, node: ast.Constant) -> bool:
        """Whether the string literal `node` is written as escape codes only (hex, octal or
        unicode escapes of each character), on one line."""
        if node.end_lineno != node.lineno or node.end_col_offset is None:
            return False
        lines = self.source_lines()
        if not 0 < node.lineno <= len(lines):
            return False
        raw = lines[node.lineno - 1].encode("utf-8")[node.col_offset : node.end_col_offset]
        return _ESCAPED_LITERAL_RE.fullmatch(raw) is not None

    def pickle_literal(self, text: str, node: ast.AST) -> None:
        """A base64 literal that decodes to a pickle calling something dangerous."""
        raw = _decode("b64", text)
        called = B.pickle_callables(raw) if raw and raw[:1] == b"\x80" else None
        if called:
            self.observe(
                Fact.SERIALIZED_CALL,
                node,
                f"a base64 literal holds a pickle that calls {', '.join(called[:3])} when loaded",
            )

    def on_string(self, text: str, node: ast.AST, labels: frozenset[Label]) -> Val:
        """Labels and endpoint findings for a (possibly folded) string."""
        if self.is_setup and "@" in text and P.DIRECT_URL_DEP_RE.match(text):
            self.observe(
                Fact.URL_DEPENDENCY, node, f"setup.py requires code from a URL: {text[:100]!r}"
            )
        if len(text) < 24 and _SECRET_WORD_RE.fullmatch(text):
            self.scope.event(Event.SECRET_WORD, _line(node))
        found = P.string_labels(text)
        if found:
            labels = labels | found
            self.labels_seen = self.labels_seen | found
            if found & _SECRET_PATHS and text.count(" ") < 3 and not text.endswith(".netrc"):
                # (HTTP clients look up ~/.netrc for the host they contact, by design;
                # what is read from it still carries the "cred" label.)
                self.scope.event(Event.SECRET_SEEN, _line(node))
            if Label.SHELL in found and P.REVERSE_SHELL_RE.search(text):
                # A literal is a payload only once it is run, written or sent: the sinks
                # report it (the "rshell" label); one never used is reported at the end,
                # weaker (rule texts, regexes and docs name such commands too).
                labels = labels | {Label.RSHELL}
                self.rshell_literals.setdefault(_line(node), text)
        if " " in text:  # commands have arguments
            lower = text.lower()
            if any(w in lower for w in P.DL_WORDS) and P.PIPE_TO_SHELL_RE.search(text):
                labels = labels | {Label.DL_CMD}
            if ("base" in lower or "xxd" in lower) and P.DECODE_TO_SHELL_RE.search(text):
                labels = labels | {Label.OBF}  # decodes data into a shell: hides what it runs
        hit = E.endpoint(text) if "." in text else None  # every host pattern has a dot
        if hit is not None:
            kind, matched = hit
            labels = labels | _endpoint_label(kind)
            if kind is Endpoint.WEBHOOK:
                self.chat_endpoint = True
            if kind is Endpoint.WEBHOOK and E.webhook_secret(text):
                # The author's own channel, its secret written in the code: libraries take
                # a webhook from their user; stealers carry the one they report to.
                self.observe(
                    Fact.ENDPOINT_WITH_TOKEN,
                    node,
                    f"chat webhook with its secret token {matched!r}",
                    endpoint=kind,
                )
            else:
                self.observe(
                    Fact.ENDPOINT_NAMED, node, f"suspicious endpoint {matched!r}", endpoint=kind
                )
        elif 40 <= len(text) <= 50 and E.BOT_TOKEN_RE.fullmatch(text):
            self.chat_tokens.setdefault(_line(node), text)
        return Val(text, labels)

    def e_name(self, node: ast.Name) -> Val:
        v = self.scope.lookup(node.id)
        if v is not None:
            return _named(node.id, v)
        if node.id == "__file__":
            return _PKGFILE
        qn = self.imports.get(node.id)
        if qn == "os.environ":  # from os import environ
            return Val(None, frozenset({Label.ENV_ALL}), qn)
        if qn is not None:
            return Val(None, _NONE, qn)
        return Val(None, _NONE, node.id)

    def e_attribute(self, node: ast.Attribute) -> Val:
        return _named(node.attr, self.attribute(node))

    def attribute(self, node: ast.Attribute) -> Val:
        """The value of `obj.attr` (an attribute of self, a module's name, a secret)."""
        if (
            isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and self.class_stack
            and (self.class_stack[-1], node.attr) in self.attrs
        ):
            return self.attrs[(self.class_stack[-1], node.attr)]
        base = self.expr(node.value)
        if (held := self.class_attribute(node.value, base, node.attr)) is not None:
            return held
        qn = f"{base.qn}.{node.attr}" if base.qn else None
        if qn is not None and qn.startswith(("__builtins__.", "builtins.", "__builtin__.")):
            qn = qn.split(".", 1)[1]
        if qn == "os.environ":
            return Val(None, frozenset({Label.ENV_ALL}), qn)
        if qn is not None and qn.startswith(_WEB_REQUEST) and node.attr in _WEB_REQUEST_DATA:
            # What a web route is sent (flask.request.args): data from the network.
            return Val(None, base.labels | {Label.NET}, qn)
        if node.attr in ("PROT_EXEC", "PAGE_EXECUTE_READWRITE"):
            return Val(None, base.labels | {Label.PROT_EXEC}, qn)
        if node.attr in _SECRET_ATTRS and qn is None:
            # obj.token: clients send their own; sent on import or at start-up it is theft.
            return Val(None, base.labels | {Label.CRED_SOFT}, qn)
        return Val(None, base.labels, qn)

    def e_subscript(self, node: ast.Subscript) -> Val:
        v = self.subscript(node)
        sl = node.slice
        if isinstance(sl, ast.Constant) and isinstance(sl.value, str):
            return _named(sl.value, v)  # wallet["private_key"]
        return v

    def subscript(self, node: ast.Subscript) -> Val:
        """The value of `base[key]` (folded slices, environment variables, tables)."""
        base = self.expr(node.value)
        sl = node.slice
        if isinstance(sl, ast.Slice):
            lower = self.expr(sl.lower) if sl.lower else None
            upper = self.expr(sl.upper) if sl.upper else None
            step = self.expr(sl.step) if sl.step else None
            if (
                isinstance(base.s, (str, bytes))
                and lower is None
                and upper is None
                and step is not None
                and step.s == -1
            ):
                return Val(base.s[::-1], base.labels | {Label.OBF})
            return Val(None, base.labels)
        key = self.expr(sl)
        if (held := self.table_entry(base, key)) is not None:
            return held
        if base.qn == "os.environ":
            return env_value(key)
        if (
            base.qn in P.BUILTIN_MODULES
            or base.qn in ("__dict__", "builtins.__dict__", "<namespace>")
        ) and isinstance(key.s, str):
            if key.s in P.SENSITIVE_NAMES and (key.labels & {Label.OBF, Label.FOLDED}):
                self.observe(Fact.NAME_COMPUTED, node, f"{key.s!r} looked up by a computed name")
            return Val(None, _NONE, key.s)
        if (
            base.qn in P.BUILTIN_MODULES
            or base.qn in ("__dict__", "builtins.__dict__", "<namespace>")
        ) and _reversed_or_decoded(sl):
            self.observe(
                Fact.NAME_COMPUTED, node, "builtin looked up by a reversed or decoded name"
            )
        if isinstance(base.s, dict) and isinstance(key.s, (str, int)) and key.s in base.s:
            return Val(base.s[key.s], base.labels | key.labels)
        if (
            isinstance(base.s, (tuple, str, bytes))
            and isinstance(key.s, int)
            and not isinstance(key.s, bool)
        ):
            try:
                item = base.s[key.s]
            except IndexError:
                item = None
            if isinstance(item, (str, bytes, int, tuple)):
                return Val(item, base.labels | key.labels)
        return Val(None, base.labels | key.labels)

    def e_binop(self, node: ast.BinOp) -> Val:
        # Walk the left spine iteratively: generated code has chains of thousands of terms.
        spine = [node]
        left_node = node.left
        while isinstance(left_node, ast.BinOp):
            spine.append(left_node)
            left_node = left_node.left
        left = self.expr(left_node)
        for op_node in reversed(spine):
            left = self.binop(op_node, left, self.expr(op_node.right))
        return left

    def binop(self, node: ast.BinOp, left: Val, right: Val) -> Val:
        """Fold one binary operation of already evaluated operands."""
        labels = left.labels | right.labels
        ls, rs = left.s, right.s
        s: str | bytes | int | None = None
        try:
            if isinstance(node.op, ast.Add):
                if (isinstance(ls, str) and isinstance(rs, str)) or (
                    isinstance(ls, bytes) and isinstance(rs, bytes)
                ):
                    s = ls + rs  # type: ignore[operator]
                    labels = labels | {Label.FOLDED}
                elif (
                    isinstance(ls, int) and isinstance(rs, int) and not isinstance(ls, (str, bytes))
                ):
                    s = ls + rs
                elif (isinstance(ls, str) and rs is None and len(ls) >= 6) or (
                    isinstance(rs, str) and ls is None and len(rs) >= 6
                ):
                    # "https://host/" + name: keep the shape, "X" for the unknown part.
                    s = (ls if isinstance(ls, str) else "X") + (rs if isinstance(rs, str) else "X")
                    labels = labels | {Label.FOLDED, Label.PARTIAL}
            elif (
                isinstance(node.op, ast.Mod) and isinstance(ls, str) and isinstance(rs, (str, int))
            ):
                s = ls % rs
                labels = labels | {Label.FOLDED}
            elif isinstance(node.op, ast.Mod) and isinstance(ls, str) and len(ls) >= 20:
                # A template with unknown values: keep its shape (code, commands, URLs).
                s = _PERCENT_RE.sub("X", ls)
                labels = labels | {Label.FOLDED, Label.PARTIAL}
            elif isinstance(node.op, ast.Mult):
                if (
                    isinstance(ls, (str, bytes))
                    and isinstance(rs, int)
                    and len(ls) * rs <= MAX_FOLD
                ) or (
                    isinstance(ls, int)
                    and isinstance(rs, int)
                    and abs(ls) < 1 << 32
                    and abs(rs) < 1 << 32
                ):
                    s = ls * rs
            elif isinstance(node.op, ast.Sub) and isinstance(ls, int) and isinstance(rs, int):
                s = ls - rs
            elif isinstance(node.op, ast.Div) and isinstance(rs, str) and not isinstance(ls, int):
                # pathlib: Path.home() / ".config" / "autostart"
                path = f"{ls if isinstance(ls, str) else 'X'}/{rs}"
                if len(path) < 2000:
                    return self.on_string(path, node, labels | {Label.FOLDED, Label.PARTIAL})
            elif isinstance(node.op, ast.BitXor) and isinstance(ls, int) and isinstance(rs, int):
                s = ls ^ rs
            elif isinstance(node.op, ast.BitOr) and isinstance(ls, int) and isinstance(rs, int):
                s = ls | rs
            elif isinstance(node.op, ast.BitAnd) and isinstance(ls, int) and isinstance(rs, int):
                s = ls & rs
        except (TypeError, ValueError, OverflowError):
            s = None
        if isinstance(s, (str, bytes)) and len(s) > MAX_FOLD:
            s = None
        if (
            isinstance(s, str)
            and Label.FOLDED in labels
            and 4 < len(s) < 2000
            and not (isinstance(ls, str) and isinstance(rs, str) and len(ls) > 4 and len(rs) > 4)
        ):
            # A string assembled from short pieces: check what it spells.
            return self.on_string(s, node, labels)
        return Val(s, labels) if (s is not None or labels) else EMPTY

    def e_joinedstr(self, node: ast.JoinedStr) -> Val:
        parts: list[str] = []
        shape: list[str] = []  # the template, "X" for each unknown part
        labels: frozenset[Label] = _NONE
        ok = True
        for v in node.values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                parts.append(v.value)
                shape.append(v.value)
            elif isinstance(v, ast.FormattedValue):
                inner = self.expr(v.value)
                labels = labels | inner.labels
                if isinstance(inner.s, (str, int)) and v.conversion == -1 and v.format_spec is None:
                    parts.append(str(inner.s))
                    shape.append(str(inner.s))
                else:
                    ok = False
                    shape.append("X")
            else:
                ok = False
                shape.append("X")
        if ok:
            text = "".join(parts)
            if 4 < len(text) < 2000:
                return self.on_string(text, node, labels)
            return Val(text, labels)
        known = sum(len(p) for p in parts)
        if known >= 20:
            # Keep the shape of a long template with unknown parts ("X" for each).
            text = "".join(shape)
            if len(text) < 2000:
                return self.on_string(text, node, labels | {Label.PARTIAL})
        return Val(None, labels)

    def e_seq(self, node: ast.List | ast.Tuple | ast.Set) -> Val:
        elts = node.elts
        first = elts[0] if elts else None
        if (
            type(first) is ast.Constant
            and type(first.value) is int
            and all(type(e) is ast.Constant and type(e.value) is int for e in elts)
        ):
            # Tables of numbers (unicode ranges): what the general case below gives them,
            # without a Val per item.
            return Val(tuple(e.value for e in elts), _NONE)  # type: ignore[attr-defined]
        if len(elts) > 64:
            words = [
                e.value
                for e in elts
                if isinstance(e, ast.Constant)
                and isinstance(e.value, str)
                and not _PATHLIKE_RE.search(e.value)
            ]
            if len(words) == len(elts):
                # A long table of words or phrases (fake names, messages) is data: kept for
                # folding, not matched string by string against every pattern.
                return Val(tuple(words))
        # (Constants evaluated without the dispatch: tables of literals are most of them.)
        constant, expr = Expressions.e_constant, self.expr
        vals = [constant(self, e) if type(e) is ast.Constant else expr(e) for e in elts]
        labels = _union(vals)
        consts = tuple(v.s for v in vals)
        if 0 < len(consts) <= 64 and any(isinstance(c, str) for c in consts[:2]):
            # Argument lists with a computed part ([sys.executable, "-c", code]).
            self.seq_parts[id(node)] = tuple(c if isinstance(c, str) else None for c in consts)
            self.seq_labels[id(node)] = tuple(v.labels for v in vals)
        if vals and all(isinstance(c, (str, bytes, int)) for c in consts):
            if any(isinstance(c, str) and P.SECRET_ENV_RE.search(c) for c in consts):
                labels = labels | {Label.SECRET_NAME}
            if isinstance(consts[0], str) and len(consts) <= 8:
                line = " ".join(c for c in consts if isinstance(c, str))
                if P.CLIP_READ_CMD_RE.match(line):
                    labels = labels | {Label.CLIP_R}
                elif P.CLIP_WRITE_CMD_RE.match(line):
                    labels = labels | {Label.CLIP_W}
            return Val(consts, labels)
        return Val(None, labels) if labels else EMPTY

    def e_dictcomp(self, node: ast.DictComp) -> Val:
        """{k: f(k) for k in xs}: the generators bind before key and value are read."""
        outer = self.scope
        self.scope = _child(outer)
        try:
            labels: frozenset[Label] = _NONE
            for gen in node.generators:
                it = self.expr(gen.iter)
                labels = labels | it.labels | _secret_filter(it, gen.ifs)
                self.bind(gen.target, Val(None, it.labels))
                for cond in gen.ifs:
                    self.expr(cond)
            labels = labels | self.expr(node.key).labels | self.expr(node.value).labels
            return Val(None, labels) if labels else EMPTY
        finally:
            self.scope = outer

    def e_dict(self, node: ast.Dict) -> Val:
        constant, expr = Expressions.e_constant, self.expr
        keys = [
            EMPTY if k is None else constant(self, k) if type(k) is ast.Constant else expr(k)
            for k in node.keys
        ]
        vals = [constant(self, v) if type(v) is ast.Constant else expr(v) for v in node.values]
        labels = _union(keys) | _union(vals)
        for k, v in zip(keys, vals, strict=True):
            if isinstance(k.s, str) and v.s is None:
                held = _held_secret(k.s)
                if held is not None:
                    labels = labels | {held}  # {"private_key": key}
        if 0 < len(vals) <= 4096 and all(
            isinstance(k.s, (str, int)) and isinstance(v.s, (str, bytes, int, tuple))
            for k, v in zip(keys, vals, strict=True)
        ):
            # Constant tables: lookups in them fold (names spelled out in a dict).
            return Val({k.s: v.s for k, v in zip(keys, vals, strict=True)}, labels)
        return self.callable_table(keys, vals, labels)

    def e_comp(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp) -> Val:
        outer = self.scope
        self.scope = _child(outer)
        try:
            labels: frozenset[Label] = _NONE
            first: Val | None = None
            for gen in node.generators:
                it = self.expr(gen.iter)
                first = first or it
                labels = labels | it.labels | _secret_filter(it, gen.ifs)
                self.bind(gen.target, Val(None, it.labels))
                for cond in gen.ifs:
                    self.expr(cond)
            v = self.expr(node.elt)
            labels = labels | v.labels
            gen = node.generators[0]
            src = first.s if first is not None else None
            if (
                len(node.generators) == 1
                and not gen.ifs
                and isinstance(gen.target, ast.Name)
                and isinstance(src, (tuple, bytes, str))
                and 0 < len(src) <= 20_000
                and _foldable(node.elt)
            ):
                folded = self.fold_comp(node.elt, gen.target.id, src)
                if folded is not None:
                    # Constant data transformed element by element: obfuscation when the
                    # transformation rewrites characters (xor, shifts, chr/ord).
                    return Val(
                        folded, labels | ({Label.OBF} if _xform(node.elt) else {Label.FOLDED})
                    )
            if _xform(node.elt):
                labels = labels | {Label.OBF}  # decoding character by character (xor, chr/ord)
            return Val(None, labels) if labels else EMPTY
        finally:
            self.scope = outer

    def fold_comp(
        self, elt: ast.expr, name: str, src: tuple[Any, ...] | bytes | str
    ) -> tuple[Any, ...] | None:
        """The values of a comprehension over constant data, or None."""
        out = []
        vars_ = self.scope.vars
        for item in src:
            vars_[name] = Val(item)
            v = self.expr(elt)
            if not isinstance(v.s, (int, str, bytes)):
                return None
            out.append(v.s)
        return tuple(out)

    def e_ifexp(self, node: ast.IfExp) -> Val:
        self.expr(node.test)
        a, b = self.expr(node.body), self.expr(node.orelse)
        labels = a.labels | b.labels
        if a.s == b.s:
            return Val(a.s, labels, a.qn if a.qn == b.qn else None)
        if isinstance(a.s, str) and isinstance(b.s, str) and len(a.s) <= 3 and len(b.s) <= 3:
            return Val(a.s + b.s, labels)  # open(p, "a" if exists else "w"): either mode
        return Val(None, labels) if labels else EMPTY

    def e_await(self, node: ast.Await) -> Val:
        return self.expr(node.value)

    def e_unaryop(self, node: ast.UnaryOp) -> Val:
        v = self.expr(node.operand)
        if isinstance(node.op, ast.USub) and isinstance(v.s, int) and not isinstance(v.s, bool):
            return Val(-v.s, v.labels)
        return Val(None, v.labels) if v.labels else EMPTY

    def e_lambda(self, node: ast.Lambda) -> Val:
        outer = self.scope
        self.scope = _child(outer)  # its events count for the code that defines it
        self.fn_depth += 1
        try:
            body = self.expr(node.body)
        finally:
            self.fn_depth -= 1
            self.scope = outer
        key = f"<lambda{len(self.lambdas)}>"
        self.lambdas[key] = node
        return Val(None, frozenset(x for x in body.labels if x not in PARAM_INDEX), key)

    def inline_simple(self, name: str, args: list[Val]) -> Val | None:
        """Evaluate a one-line function's return expression with constant arguments."""
        if self.inline_depth >= 3:
            return None
        params, expr = self.simple_fns[name]
        scope = _child(self.module)
        for i, param in enumerate(params):
            if param.startswith("*"):
                rest = tuple(v.s for v in args[i:])
                ok = all(isinstance(x, (str, bytes, int)) for x in rest)
                scope.vars[param[1:]] = Val(rest if ok else None, _union(args[i:]))
                break
            if i < len(args):
                scope.vars[param] = args[i]
        outer = self.scope
        self.scope = scope
        self.inline_depth += 1
        try:
            return self.expr(expr)
        finally:
            self.inline_depth -= 1
            self.scope = outer

    def inline_lambda(
        self, key: str, args: list[Val], starred: list[bool] | None = None
    ) -> Val | None:
        """Evaluate a lambda's body with the call's arguments (depth-limited)."""
        node = self.lambdas.get(key)
        if node is None or self.inline_depth >= 3:
            return None
        if starred and any(starred):  # f(*[...]): the sequence's items are the arguments
            flat: list[Val] = []
            for value, star in zip(args, starred, strict=False):
                if star and isinstance(value.s, tuple) and len(value.s) <= 4096:
                    flat.extend(Val(x, value.labels) for x in value.s)
                elif star:
                    return None
                else:
                    flat.append(value)
            args = flat
        scope = _child(self.scope)
        params = [*node.args.posonlyargs, *node.args.args]
        for param, value in zip(params, args, strict=False):
            scope.vars[param.arg] = value
        if node.args.vararg is not None:
            rest = args[len(params) :]
            known = all(v.s is not None for v in rest)
            scope.vars[node.args.vararg.arg] = Val(
                tuple(v.s for v in rest) if known else None, _union(rest)
            )
        outer = self.scope
        self.scope = scope
        self.inline_depth += 1
        try:
            return self.expr(node.body)
        finally:
            self.inline_depth -= 1
            self.scope = outer

    def decoded(self, node: ast.AST, data: str | bytes | None, labels: frozenset[Label]) -> Val:
        labels = labels | {Label.DECODED}
        if data is None or len(data) > MAX_FOLD:
            return Val(None, labels)
        text = _text(data)
        if text is not None and 4 < len(text) < 20000:
            found = P.string_labels(text)
            if found:
                labels = labels | found
            hit = E.endpoint(text)
            if hit is not None:
                self.observe(
                    Fact.ENDPOINT_NAMED,
                    node,
                    f"suspicious endpoint {hit[1]!r} in decoded data",
                    endpoint=hit[0],
                )
                labels = labels | _endpoint_label(hit[0])
            if P.REVERSE_SHELL_RE.search(text):
                self.observe(Fact.REVERSE_SHELL_TEXT, node, "reverse-shell command in decoded data")
            lower = text.lower()
            if any(w in lower for w in P.DL_WORDS):
                if P.PIPE_TO_SHELL_RE.search(text):
                    labels = labels | {Label.DL_CMD}
                if _DOWNLOAD_CMD_RE.search(text):
                    self.observe(
                        Fact.DECODED_DOWNLOAD_COMMAND,
                        node,
                        f"a literal decodes to a download command: {text[:80]!r}",
                    )
        if isinstance(data, bytes) and B.is_native(data):
            self.observe(
                Fact.EXECUTABLE_IN_LITERAL, node, "a literal decodes to a native executable"
            )
            labels = labels | {Label.NATIVE}
        elif text is not None and self.depth < 2 and len(text) < 200_000:
            self.nested(node, text, "in the decoded payload")
        return Val(data, labels)

    def run_string(self, text: str, *, in_place: bool) -> AnalyzerState | None:
        """Python code held in a string, analysed; None when it is not code. `in_place`:
        as if it ran here (same function depth, same install-time context)."""
        if "\n" not in text and "(" not in text:
            return None
        if len(text) > MAX_PARSE_TOKENS and too_large_to_parse(text.encode("utf-8", "replace")):
            return None
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
            return None
        sub = type(self)(self.ctx, text)
        sub.depth = self.depth + 1
        if in_place:
            sub.fn_depth = self.fn_depth
            sub.is_setup = self.is_setup
        try:
            sub.run(tree)
        except RecursionError:
            return None
        return sub

    def code_events(self, text: str) -> set[Event]:
        """What Python code held in a string does when it runs (net, process, exec...)."""
        sub = self.run_string(text, in_place=False)
        return set(sub.file_events) if sub is not None else set()

    def nested(self, node: ast.AST, text: str, where: str) -> None:
        """Analyse Python code held in a string; lift its strong findings to `node`."""
        sub = self.run_string(text, in_place=True)
        for f in sub.findings if sub is not None else ():
            if f.severity >= Severity.HIGH:
                self.report(f.rule, node, f"{where}: {f.message}", f.severity)

    def fold_decode(
        self, node: ast.Call, codec: str, args: list[Val], labels: frozenset[Label]
    ) -> Val:
        if args and isinstance(args[0].s, (str, bytes)):
            return self.decoded(node, _decode(codec, args[0].s), labels)
        # Decoding data of unknown origin: weaker than a decoded literal.
        return Val(None, labels | {Label.DECODED_VAR})


@functools.lru_cache(maxsize=4096)
def _held_secret(name: str) -> Label | None:
    """The secret `name` names: a wallet's private key or seed phrase, a cloud access
    key's secret, or None."""
    if len(name) >= 40:
        return None
    if P.WALLET_SECRET_NAME_RE.search(name):
        return Label.WALLET_SECRET
    if P.CLOUD_SECRET_NAME_RE.search(name):
        return Label.CLOUD_SECRET
    return None


def _named(name: str, v: Val) -> Val:
    """`v`, labelled a secret when `name` (its variable, attribute or key) says so."""
    held = _held_secret(name)
    if held is None or held in v.labels:
        return v
    return Val(v.s, v.labels | {held}, v.qn)


_EXPR: dict[type, Callable[[Expressions, Any], Val]] = {
    ast.Constant: Expressions.e_constant,
    ast.Name: Expressions.e_name,
    ast.Attribute: Expressions.e_attribute,
    ast.Subscript: Expressions.e_subscript,
    ast.BinOp: Expressions.e_binop,
    ast.JoinedStr: Expressions.e_joinedstr,
    ast.List: Expressions.e_seq,
    ast.Tuple: Expressions.e_seq,
    ast.Set: Expressions.e_seq,
    ast.Dict: Expressions.e_dict,
    ast.DictComp: Expressions.e_dictcomp,
    ast.Call: Expressions.e_call,
    ast.Lambda: Expressions.e_lambda,
    ast.UnaryOp: Expressions.e_unaryop,
    ast.ListComp: Expressions.e_comp,
    ast.SetComp: Expressions.e_comp,
    ast.GeneratorExp: Expressions.e_comp,
    ast.Await: Expressions.e_await,
    ast.IfExp: Expressions.e_ifexp,
    ast.Compare: Expressions.e_compare,
    ast.NamedExpr: Expressions.e_namedexpr,
    ast.Yield: Expressions.e_yield,
    ast.YieldFrom: Expressions.e_yield,
    ast.BoolOp: Expressions.e_boolop,
}
