"""Calls of builtins and standard functions that fold values or carry sources (chr,
reduce, open, getenv, ...).
"""

from __future__ import annotations

import ast
import codecs
from collections.abc import Callable
from typing import Any

from pipwarden.scan import patterns as P
from pipwarden.scan.engine.sinks import Sinks
from pipwarden.scan.engine.values import EMPTY, MAX_FOLD, Val, _text, env_value
from pipwarden.scan.facts import NONE as _NONE
from pipwarden.scan.facts import Event, Fact, Label

#: Labels of a value decoded or de-obfuscated from a literal.
_HIDING = frozenset({Label.DECODED, Label.OBF})


class BuiltinCalls(Sinks):
    """Builtins and standard functions: folded values and sources."""

    def c_namespace(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """globals(), locals(), vars(builtins): lookups in them resolve names."""
        if qn == "vars" and args and args[0].qn not in P.BUILTIN_MODULES:
            return None
        return Val(None, labels, "<namespace>")

    def c_getattr(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if (
            len(args) >= 2
            and args[1].s is None
            and args[0].qn in P.BUILTIN_MODULES
            and self.module_level
            and not isinstance(node.args[1], ast.Name)
        ):
            self.observe(Fact.NAME_COMPUTED, node, "builtin looked up by a computed name")
        if len(args) >= 2 and isinstance(args[1].s, str):
            name = args[1].s
            if name in P.SENSITIVE_NAMES and (
                args[1].labels & {Label.OBF, Label.FOLDED, Label.DECODED}
            ):
                self.observe(Fact.NAME_COMPUTED, node, f"getattr(..., {name!r}) by a computed name")
            base = args[0].qn
            if base is None:
                return Val(None, args[0].labels)
            if base in P.BUILTIN_MODULES or base.startswith("__import__("):
                return Val(None, _NONE, name)
            return Val(None, args[0].labels, f"{base}.{name}")
        return Val(None, labels)

    def c_setattr(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if len(node.args) == 3 and isinstance(args[1].s, str):
            self.check_hook(node.args[0], args[1].s, node.args[2], node)
        return EMPTY

    def c_import(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, str):
            mod = args[0].s
            if (args[0].labels & {Label.OBF, Label.FOLDED, Label.DECODED}) and mod.split(".")[
                0
            ] in P.SENSITIVE_NAMES:
                self.observe(
                    Fact.NAME_COMPUTED, node, f"module {mod!r} imported by a computed name"
                )
            if qn == "__import__" and "fromlist" not in kwargs and len(args) < 4:
                mod = mod.split(".", 1)[0]
            return Val(None, _NONE, mod)
        return Val(None, labels)

    def c_chr(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, int) and not isinstance(args[0].s, bool):
            try:
                return Val(chr(args[0].s), labels | {Label.FOLDED, Label.OBF})
            except (ValueError, OverflowError):
                return None
        arg = node.args[0] if node.args else None
        if (
            isinstance(arg, ast.BinOp)
            and isinstance(arg.op, ast.BitXor)
            and any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "ord"
                for n in ast.walk(arg)
            )
        ):
            # chr(ord(c) ^ ord(k)): a character of an XOR-encrypted text, decoded at run time.
            return Val(None, labels | {Label.OBF})
        return None

    def c_reversed(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, (str, bytes, tuple)) and len(args[0].s) <= MAX_FOLD:
            seq = args[0].s
            return Val(tuple(seq[::-1]), labels | {Label.OBF})
        return None

    def c_reduce(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """functools.reduce(operator.add, pieces) or with a lambda: strings assembled."""
        if len(args) < 2 or not isinstance(args[1].s, tuple) or not args[1].s:
            return None
        if (args[0].qn or "") in ("getattr", "builtins.getattr") and len(args) > 2:
            # reduce(getattr, ["path", "join"], os): attribute chain on an object.
            names = args[1].s
            if args[2].qn and all(isinstance(n, str) and n.isidentifier() for n in names):
                return Val(None, _NONE, ".".join((args[2].qn, *names)))
            return None
        items = args[1].s
        if len(args) > 2 and args[2].s is not None:
            items = (args[2].s, *items)
        fn = args[0].qn or ""
        acc = Val(items[0])
        for item in items[1 : len(items) if len(items) <= 256 else 0]:
            if fn in ("operator.add", "operator.concat", "operator.iadd"):
                try:
                    total: Any = acc.s
                    acc = Val(total + item)
                except TypeError:
                    return None
            elif fn.startswith("<lambda"):
                nxt = self.inline_lambda(fn, [acc, Val(item)])
                if nxt is None or nxt.s is None:
                    return None
                acc = nxt
            else:
                return None
        if isinstance(acc.s, str) and 4 < len(acc.s) < 2000:
            return self.on_string(acc.s, node, labels | {Label.FOLDED, Label.OBF})
        return Val(acc.s, labels | {Label.FOLDED, Label.OBF})

    def c_maketrans(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        a, b = (args[0].s, args[1].s) if len(args) == 2 else (None, None)
        try:
            if isinstance(a, bytes) and isinstance(b, bytes):
                return Val(bytes.maketrans(a, b), labels)
            if isinstance(a, str) and isinstance(b, str):
                return Val(str.maketrans(a, b), labels)
        except ValueError:
            return None
        return None

    def c_ord(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, (str, bytes)) and len(args[0].s) == 1:
            return Val(ord(args[0].s), labels)
        return None

    def c_bytes(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, str) and qn == "bytes":
            return Val(args[0].s.encode("utf-8", "replace"), labels)
        if args and isinstance(args[0].s, tuple):
            ints = args[0].s
            if ints and all(isinstance(i, int) and 0 <= i < 256 for i in ints):
                return Val(bytes(ints), labels | {Label.OBF})
        return Val(args[0].s if args and isinstance(args[0].s, bytes) else None, labels)

    def c_str(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, bytes) and len(args) > 1:
            return Val(args[0].s.decode("utf-8", "replace"), labels)
        if args and isinstance(args[0].s, str):
            return Val(args[0].s, labels)
        return Val(None, labels)

    def c_codecs_decode(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if len(args) >= 2 and isinstance(args[1].s, str) and isinstance(args[0].s, (str, bytes)):
            enc = args[1].s.lower().replace("-", "_")
            if enc in ("rot13", "rot_13"):
                s = args[0].s if isinstance(args[0].s, str) else args[0].s.decode("latin-1")
                return self.decoded(node, codecs.decode(s, "rot13"), labels)
            codec = {
                "hex": "hex",
                "base64": "b64",
                "zlib": "zlib",
                "bz2": "bz2",
                "hex_codec": "hex",
                "base64_codec": "b64",
                "zlib_codec": "zlib",
            }.get(enc)
            if codec:
                return self.fold_decode(node, codec, args, labels)
        return None

    def c_archive(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """tarfile.open(fileobj=buf), zipfile.ZipFile(buf): an archive over a buffer."""
        target = next((k.value for k in node.keywords if k.arg in ("fileobj", "file")), None)
        if target is None and qn == "zipfile.ZipFile" and node.args:
            target = node.args[0]
        if isinstance(target, ast.Name):
            return Val(None, labels, f"<wraps:{target.id}>")
        return None

    def c_open(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        mode = kwargs.get("mode") or (args[1] if len(args) > 1 else None)
        path = args[0] if args else kwargs.get("file", EMPTY)
        self.note_secret_read(node, path.labels)
        if mode is not None and isinstance(mode.s, str) and any(c in mode.s for c in "wax+"):
            self.write_target(node, path.labels)
            return Val(None, path.labels, "<file-w>")
        return Val(None, labels)

    def c_tempfile(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        mode = kwargs.get("mode") or (args[0] if args else None)
        if mode is None or (isinstance(mode.s, str) and any(c in mode.s for c in "wax+")):
            return Val(None, labels, "<file-w>")
        return Val(None, labels)

    def c_join_path(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        texts = [_text(a.s) for a in args]
        if texts and all(t is not None for t in texts):
            joined = "/".join(t for t in texts if t is not None)
            return self.on_string(joined, node, labels | {Label.FOLDED})
        if sum(t is not None for t in texts) >= 2:
            # Labels of the known parts joined ("*/Google/Chrome/User Data/...").
            labels = labels | P.string_labels("/".join(t if t is not None else "*" for t in texts))
        if texts and texts[-1] is not None:
            # The known tail of a path under an unknown folder ("X/bin/helper.so",
            # "X/.vscode" that a later join extends).
            partial = "/".join(t if t is not None else "X" for t in texts)
            return Val(partial, labels | P.string_labels(partial) | {Label.PARTIAL})
        return Val(None, labels)

    def c_getenv(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        value = env_value(args[0] if args else kwargs.get("key", EMPTY))
        default = args[1] if len(args) > 1 else kwargs.get("default")
        if default is not None and default.labels & _HIDING:
            # os.environ.get("URL", <decoded address>): the fallback is what runs.
            return Val(None, value.labels | (default.labels & _HIDING))
        return value

    def c_expanduser(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """`os.path.expanduser("~/x")`: a path in the user's home folder."""
        out = self.c_str(node, qn, args, kwargs, labels)
        if out is not None and isinstance(out.s, str) and out.s.startswith("~"):
            return Val(out.s, out.labels | {Label.HOME})
        return out

    def c_home(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """`Path.home()`: the user's home folder."""
        return Val(None, labels | {Label.HOME})

    def c_copy(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """shutil.copy(src, dst): dst now holds src's data; copying to autostart persists."""
        if len(args) >= 2:
            self.write_target(node, args[1].labels)
            if args[0].labels and len(node.args) >= 2:
                self.taint_base(node.args[1], args[0].labels)
                if isinstance(node.args[1], ast.Name):
                    self.bind(node.args[1], Val(None, args[0].labels | args[1].labels))
        return Val(None, labels)

    def c_oswrite(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if len(args) >= 2 and args[1].labels & {Label.NET, Label.DECODED, Label.NATIVE}:
            self.scope.event(Event.DOWNLOAD_FILE, node.lineno)
        return EMPTY

    def c_dup2(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if Label.SOCKFD in labels:
            self.scope.event(Event.DUP2, node.lineno)
        return EMPTY

    def c_fork(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        self.scope.event(Event.FORK if qn.endswith("fork") else Event.SETSID, node.lineno)
        return EMPTY

    def c_chmod(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        self.scope.event(Event.CHMOD, node.lineno)
        return EMPTY

    def c_setup(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if not self.is_setup:
            return None
        for kw in node.keywords:
            if kw.arg == "cmdclass" and isinstance(kw.value, ast.Dict):
                for v in kw.value.values:
                    if isinstance(v, ast.Name):
                        self.cmdclass.append((v.id, node.lineno))
        return EMPTY


_CallFn = Callable[
    [BuiltinCalls, ast.Call, str, list[Val], dict[str | None, Val], frozenset[Label]], "Val | None"
]

_CALLS: dict[str, _CallFn] = {
    "getattr": BuiltinCalls.c_getattr,
    "tarfile.open": BuiltinCalls.c_archive,
    "tarfile.TarFile": BuiltinCalls.c_archive,
    "zipfile.ZipFile": BuiltinCalls.c_archive,
    "setattr": BuiltinCalls.c_setattr,
    "__import__": BuiltinCalls.c_import,
    "importlib.import_module": BuiltinCalls.c_import,
    "chr": BuiltinCalls.c_chr,
    "ord": BuiltinCalls.c_ord,
    "reversed": BuiltinCalls.c_reversed,
    "functools.reduce": BuiltinCalls.c_reduce,
    "reduce": BuiltinCalls.c_reduce,
    "bytes.maketrans": BuiltinCalls.c_maketrans,
    "str.maketrans": BuiltinCalls.c_maketrans,
    "globals": BuiltinCalls.c_namespace,
    "locals": BuiltinCalls.c_namespace,
    "vars": BuiltinCalls.c_namespace,
    "bytes": BuiltinCalls.c_bytes,
    "bytearray": BuiltinCalls.c_bytes,
    "str": BuiltinCalls.c_str,
    "codecs.decode": BuiltinCalls.c_codecs_decode,
    "open": BuiltinCalls.c_open,
    "io.open": BuiltinCalls.c_open,
    "codecs.open": BuiltinCalls.c_open,
    "os.fdopen": BuiltinCalls.c_open,
    "tempfile.NamedTemporaryFile": BuiltinCalls.c_tempfile,
    "os.path.join": BuiltinCalls.c_join_path,
    "os.path.expanduser": BuiltinCalls.c_expanduser,
    "pathlib.Path.home": BuiltinCalls.c_home,
    "pathlib.Path.expanduser": BuiltinCalls.c_expanduser,
    "os.dup2": BuiltinCalls.c_dup2,
    "os.write": BuiltinCalls.c_oswrite,
    "shutil.copy": BuiltinCalls.c_copy,
    "shutil.copy2": BuiltinCalls.c_copy,
    "shutil.copyfile": BuiltinCalls.c_copy,
    "shutil.move": BuiltinCalls.c_copy,
    "os.rename": BuiltinCalls.c_copy,
    "os.replace": BuiltinCalls.c_copy,
    "os.getenv": BuiltinCalls.c_getenv,
    "os.environ.get": BuiltinCalls.c_getenv,
    "os.environ.setdefault": BuiltinCalls.c_getenv,
    "os.environ.pop": BuiltinCalls.c_getenv,
    "os.environ.__getitem__": BuiltinCalls.c_getenv,
    "os.fork": BuiltinCalls.c_fork,
    "os.setsid": BuiltinCalls.c_fork,
    "os.chmod": BuiltinCalls.c_chmod,
    "setup": BuiltinCalls.c_setup,
    "setuptools.setup": BuiltinCalls.c_setup,
    "distutils.core.setup": BuiltinCalls.c_setup,
}

#: Every qualified name the call rules of e_call look up: one test skips them all.
_KNOWN_QN = frozenset(
    set(_CALLS)
    | P.EXEC_SINKS | P.PROCESS_SINKS | P.CODE_LOADERS | P.MODEL_LOADERS | P.SITE_DIRS
    | P.SECRET_SOURCES | P.KEYBOARD_HOOKS | P.CAPTURE | P.NET_CALLS | set(P.NET_OBJECTS)
    | set(P.DECODERS) | P.DESERIALIZE | P.YAML_LOAD | P.SYSINFO | P.CLIPBOARD_READ
    | P.CLIPBOARD_WRITE | P.REGISTRY_WRITE | P.BROWSER_OPEN
    | {"keyring.get_password", "keyring.get_credential", "cv2.VideoCapture"}
)  # fmt: skip
