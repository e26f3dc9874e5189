"""Calls: builtins and library functions, methods of known objects, and the call rules
(calls of the file's own functions: `pipwarden.scan.engine.local_calls`)."""

from __future__ import annotations

import ast
import codecs
from typing import Any

from pipwarden.scan import patterns as P
from pipwarden.scan.engine.builtin_calls import _CALLS, _KNOWN_QN
from pipwarden.scan.engine.handed import positional
from pipwarden.scan.engine.local_calls import LocalCalls
from pipwarden.scan.engine.values import (
    _EVAL_NAMES,
    _EXE_URL_RE,
    _EXEC_MEMORY,
    _MUTATORS,
    _REQUESTS,
    _RUN_MEMORY,
    EMPTY,
    MAX_FOLD,
    Val,
    _decode,
    _is_url,
    _planted,
    _text,
    _union,
)
from pipwarden.scan.facts import (
    HELD_SECRETS,
    PARAM_INDEX,
    PAYLOAD,
    SECRETS,
    Event,
    Fact,
    Label,
)
from pipwarden.scan.facts import NONE as _NONE


class Calls(LocalCalls):
    """Calls of functions and methods: the call rules."""

    def e_call(self, node: ast.Call) -> Val:
        v = self.call(node)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in _CLOUD_CREDENTIALS:
            # boto3's session.get_credentials(): the access key pair itself.
            return Val(v.s, v.labels | {Label.CLOUD_SECRET}, v.qn)
        if v.labels & HELD_SECRETS and not _passes_secret_on(func):
            # What a call makes of a private key (a signature, an address, an account) is
            # not the key: only conversions and containers hand the key itself on.
            return Val(v.s, v.labels - HELD_SECRETS, v.qn)
        return v

    def call(self, node: ast.Call) -> Val:
        """The value of a call, after the rules of its sinks and sources ran."""
        func = node.func
        if isinstance(func, ast.Name) and func.id == "__pyarmor__":
            self.observe(
                Fact.PYARMOR_RUN,
                node,
                "runs PyArmor-encrypted code" + (" at install time" if self.is_setup else ""),
                where=self.where,
            )
        recv: Val | None = None
        method = ""
        if isinstance(func, ast.Attribute):
            recv = self.expr(func.value)
            method = func.attr
            qn = f"{recv.qn}.{method}" if recv.qn else None
            if (held := self.class_attribute(func.value, recv, method)) is not None:
                if (bound := self.bound_call(node, held)) is not None:
                    return bound  # self.p(), where K's code keeps a partial in self.p
                qn = held.qn  # K.run(...), where class K binds run to a sink
            if qn is not None and qn.startswith(("__builtins__.", "builtins.", "__builtin__.")):
                qn = qn.split(".", 1)[1]
        else:
            fv = self.expr(func)
            qn = fv.qn
            if (bound := self.bound_call(node, fv)) is not None:
                return bound  # partial(f, *a)(...), methodcaller(name, *a)(obj)
            if fv.labels & PAYLOAD:
                recv = fv
        if (moved := positional(node, qn)) is not None:
            return self.call(moved)  # os.system(command=c): as os.system(c)
        args = [self.expr(a.value if isinstance(a, ast.Starred) else a) for a in node.args]
        kwargs: dict[str | None, Val] = {}
        for kw in node.keywords:
            kwargs[kw.arg] = self.expr(kw.value)
        labels = _union(args) | _union(kwargs.values())
        if recv is not None and recv.labels:
            labels = labels | recv.labels
        if Label.HOME in labels and (
            qn in P.LISTING_CALLS or (method in P.LISTING_METHODS and recv is not None)
        ):
            labels = labels | {Label.FOUND}  # files found in the user's folders
        line = node.lineno
        scope = self.scope

        if (
            qn is None
            and recv is not None
            and isinstance(func, (ast.Call, ast.Subscript))
            and Label.OBF in recv.labels
            and labels & {Label.NET, Label.DECODED, Label.DECODED_VAR}
        ):
            # resolve("cexe")(payload): a function named in disguise runs downloaded or
            # decoded data.
            self.observe(
                Fact.NET_DATA_EXECUTED if Label.NET in labels else Fact.DECODED_DATA_EXECUTED,
                node,
                "a function looked up by a disguised name is called with "
                + ("downloaded" if Label.NET in labels else "decoded")
                + " data",
            )
        if (
            qn is None
            and isinstance(func, (ast.Call, ast.Subscript))  # getattr(m, name)(..., shell=True)
            and any(
                k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in node.keywords
            )
        ):
            self.observe(
                Fact.NAME_COMPUTED,
                node,
                "a function computed at run time is called with shell=True",
            )
        last = (qn or method).rsplit(".", 1)[-1]
        if last in _RUN_MEMORY or (
            isinstance(func, ast.Call) and (self.expr(func.func).qn or "").endswith("FUNCTYPE")
        ):
            scope.event(Event.RUN_MEM, line)
        elif last in _EXEC_MEMORY or Label.PROT_EXEC in labels:
            scope.event(Event.EXEC_MEM, line)
            if labels & (PAYLOAD | {Label.NATIVE}):
                scope.event(Event.EXEC_MEM_PAYLOAD, line)
        if last in ("__pyarmor__", "__pyarmor_enter__", "pyarmor") and self.module_level:
            self.observe(
                Fact.PYARMOR_MODULE,
                node,
                "the module is PyArmor-protected: its code is encrypted and cannot be reviewed",
            )
        if (
            last in ("prctl", "setproctitle", "Process", "set_proc_name")
            and Label.MASQUERADE in labels
        ):
            self.observe(Fact.PROCESS_MASQUERADE, node, "renames a process after a system one")
        if qn is not None and qn.startswith("<lambda"):
            inlined = self.inline_lambda(qn, args, [isinstance(a, ast.Starred) for a in node.args])
            if inlined is not None:
                return inlined
        if qn is not None and qn in self.simple_fns and any(v.s is not None for v in args):
            inlined = self.inline_simple(qn, args)
            if inlined is not None and inlined.s is not None:
                return inlined
        self_call = bool(
            self.class_stack
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and method in self.class_defs.get(self.class_stack[-1], ())
        )
        if qn is not None and (qn in self.summaries or qn in self.fn_events):
            self.call_local(node, qn, args, kwargs)
        elif self.relative:
            self.note_relative_call(func, args)
        elif self_call:
            # self.helper(...): a method of this class; `self` is its first parameter.
            self.call_local(node, method, [EMPTY, *args], kwargs)
        if qn:
            ret = self.fn_returns.get(qn[5:] if qn.startswith("self.") else qn)
        elif self_call:
            ret = self.fn_returns.get(method)
        else:
            ret = None
        if ret:
            # What the local function returns: its own sources, and the arguments it passes on.
            literal: str | bytes | None = None
            for label in ret:
                index = PARAM_INDEX.get(label)
                if index is None:
                    labels = labels | {label}
                elif index < len(args):
                    arg = args[index]
                    labels = labels | arg.labels
                    if isinstance(arg.s, (str, bytes)) and len(arg.s) >= 8:
                        literal = arg.s
            if Label.DECODED_VAR in ret and literal is not None:
                # A decoding helper (def b64d(s): return b64decode(s).decode()) called on a
                # literal: the literal is a hidden payload, decoded here.
                raw = _decode("b64", literal)
                text = _text(raw) if raw else None
                if (text is not None and text.isprintable()) or (text and "\n" in text):
                    return self.decoded(node, text, labels)
                labels = labels | {Label.DECODED}
            if Label.NET in labels and Label.IMDS in labels:
                labels = labels | {Label.IMDS_CRED}  # a helper that fetched instance metadata
        self.hand_on(node, qn, method, args, kwargs)  # what a runner calls of what it is handed
        if (held := self.callable_of(node, qn, recv, args, labels)) is not None:
            return held
        if qn is not None and qn.startswith("hashlib."):
            self.scope.event(Event.HASH_CHECK, node.lineno)  # a download checked by its hash
        if qn in _PATH_ADDERS and len(node.args) > _PATH_ADDERS[qn]:
            # A folder or archive of the target put on sys.path: its modules run when imported.
            added = node.args[_PATH_ADDERS[qn]]
            if not isinstance(added, ast.Starred):
                self.note_loaded(added)
        if qn in ("sys.path.insert", "sys.path.append") and labels & {Label.NET, Label.NET_FILE}:
            # A downloaded archive or folder on sys.path: its modules run when imported.
            self.observe(Fact.NET_DATA_EXECUTED, node, f"{qn}() adds a downloaded file to sys.path")
        if qn in _REQUESTS and args and isinstance(args[0].s, str):
            # A request object stands for its URL (partly known or not).
            return Val(args[0].s, (labels - {Label.PARTIAL}) | (args[0].labels & {Label.PARTIAL}))
        if qn is not None and (qn in _KNOWN_QN or qn.startswith(("<socket>.", "<http>."))):
            special = _CALLS.get(qn)
            if special is not None:
                out = special(self, node, qn, args, kwargs, labels)
                if out is not None:
                    return out
            if (
                qn == "eval"
                and args
                and isinstance(args[0].s, str)
                and args[0].s.strip() in _EVAL_NAMES
            ):
                # eval("exec") hands back the builtin under a name no reader sees.
                name = args[0].s.strip()
                self.observe(Fact.NAME_COMPUTED, node, f"eval({name!r}) fetches the {name} builtin")
                return Val(None, labels | {Label.OBF}, name)
            if qn == "eval" and args and isinstance(args[0].s, str):
                hidden = self.eval_name(args[0].s.strip())
                if hidden is not None:
                    # eval("o" + "s.system") hands back a module's function under a name no
                    # reader sees.
                    self.observe(Fact.NAME_COMPUTED, node, f"eval() fetches {hidden} by its name")
                    return Val(None, labels | {Label.OBF}, hidden)
            if qn in P.EXEC_SINKS:
                self.sink_exec(node, qn, labels, args[0] if args else None)
                return Val(None, labels)
            if qn in P.PROCESS_SINKS:
                out_labels = self.sink_process(node, qn, args, kwargs, labels)
                return Val(None, labels | out_labels)
            if qn in P.BROWSER_OPEN and self.is_setup:
                # A browser started by install-time code: a program no build runs.
                scope.event(Event.RUN_PROGRAM, line)
                if self.fn_depth == 0 and not self.main_guard:
                    self.observe(
                        Fact.FOREIGN_PROGRAM_AT_INSTALL,
                        node,
                        f"setup.py opens a web browser ({qn}()) while pip builds it",
                    )
            if qn in P.CODE_LOADERS:
                self.sink_load(node, qn, labels)
                return Val(None, labels)
            if qn in P.MODEL_LOADERS:
                if Label.NET in labels or (args and _is_url(args[0].s)):
                    self.observe(Fact.NET_DATA_DESERIALIZED, node, f"network data reaches {qn}()")
                elif Label.NET_FILE in labels:
                    # Hubs download and load checkpoints on request; doing it on import is not.
                    self.observe(
                        Fact.NET_DATA_DESERIALIZED,
                        node,
                        f"a downloaded file reaches {qn}()",
                        where=self.where,
                    )
                return Val(None, labels)
            if qn in P.SITE_DIRS:
                return Val(None, labels | {Label.SITE_DIR})
            if qn in P.SECRET_SOURCES:
                scope.event(Event.SECRET_SEEN, line)
                return Val(None, labels | {Label.BROWSER})
            if qn in ("keyring.get_password", "keyring.get_credential"):
                # Tools send keyring passwords to their own service; on import, nothing should.
                return Val(None, labels | {Label.CRED_SOFT})
            if (
                qn in P.KEYBOARD_HOOKS
                or qn in P.CAPTURE
                or (
                    # A camera by its index; a file name opens a video.
                    qn == "cv2.VideoCapture" and args and isinstance(args[0].s, int)
                )
            ):
                scope.event(Event.SPY, line)
                return Val(None, labels | {Label.SCREEN}) if qn in P.CAPTURE else Val(None, labels)
            if qn in P.NET_CALLS:
                self.hidden_destination(node, qn, args, kwargs)
                url = args[0] if args else kwargs.get("url")
                if url is not None and (
                    (isinstance(url.s, str) and _EXE_URL_RE.search(url.s))
                    or url.labels & {Label.ENDPOINT_PASTE, Label.ENDPOINT_CHAT}
                ):
                    # A program, or code from a paste site or chat attachment, downloaded.
                    scope.event(Event.DOWNLOAD_PROGRAM, line)
                self.sink_net(
                    node,
                    qn,
                    labels,
                    args[0] if args else kwargs.get("url"),
                    loopback=self.to_loopback(node, qn),
                )
                if Label.IMDS in labels:  # instance metadata answers with credentials
                    labels = labels | {Label.IMDS_CRED}
                if qn in P.DOWNLOAD_TO_FILE:
                    scope.event(Event.DOWNLOAD_FILE, line)
                    dest = node.args[1] if len(node.args) > 1 else None
                    if isinstance(dest, ast.Name):  # the file now holds network data
                        old = self.scope.lookup(dest.id) or EMPTY
                        self.scope.vars[dest.id] = Val(old.s, old.labels | {Label.NET_FILE}, old.qn)
                if qn in P.ADDRESS_LOOKUPS:
                    return Val(None, labels)
                return Val(None, labels | {Label.NET})
            tag = P.NET_OBJECTS.get(qn)
            if tag is not None:
                if qn in P.CONNECTS:
                    self.hidden_destination(node, qn, args, kwargs)
                if qn != "socket.socket":  # creating a socket sends nothing
                    self.sink_net(node, qn, labels)
                if qn in P.CONNECTS:
                    scope.event(Event.SOCKET_CONNECT, line)
                return Val(None, labels, tag)
            if qn in P.DECODERS:
                return self.fold_decode(node, P.DECODERS[qn], args, labels)
            if qn in P.DESERIALIZE:
                return self.deserialize(node, qn, args, labels)
            if qn in P.YAML_LOAD:
                loader = kwargs.get("Loader") or (args[1] if len(args) > 1 else None)
                if qn != "yaml.load" or loader is None or "Safe" not in (loader.qn or "Safe"):
                    self.deserialize(node, qn, args, labels, yaml=True)
                return Val(None, labels)
            if qn in P.SYSINFO:
                return Val(None, labels | {Label.SYSINFO})
            if qn in P.CLIPBOARD_READ:
                return self.clip_read(node, qn, labels)
            if qn in P.CLIPBOARD_WRITE:
                scope.event(Event.CLIP_WRITE, line)
                return Val(None, labels)
            if qn in P.REGISTRY_WRITE:
                self.registry_write(node, args, labels)
                return EMPTY
            if qn.startswith(("<socket>.", "<http>.")):
                return self.object_method(node, qn, args, labels)
        if method == "Create" and (
            (recv is not None and Label.WMI in recv.labels)
            or (
                isinstance(func, ast.Attribute)
                and getattr(func.value, "attr", "") == "Win32_Process"
            )
        ):
            cmd = args or ([kwargs["CommandLine"]] if "CommandLine" in kwargs else [])
            started = self.sink_process(node, "wmi.Win32_Process.Create", cmd, kwargs, labels)
            return Val(None, labels | started)
        # Methods on unknown or folded receivers.
        if method:
            return self.method(node, method, recv, args, kwargs, labels)
        return Val(None, labels) if labels else EMPTY

    def eval_name(self, text: str) -> str | None:
        """The dotted name of an imported module's sensitive function that `text` (code
        given to eval) names (`os.system`), else None."""
        head, dot, attr = text.rpartition(".")
        if not dot or attr not in P.SENSITIVE_NAMES:
            return None
        parts = head.split(".")
        if not all(p.isidentifier() for p in parts) or parts[0] not in self.imports:
            return None
        return ".".join([self.imports[parts[0]], *parts[1:], attr])

    def method(
        self,
        node: ast.Call,
        method: str,
        recv: Val | None,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val:
        if method == "authenticators" and Label.CRED in labels:
            # netrc's entry for the host being contacted: sent to that host by design
            # (requests, pip and httpx do this); a stealer reads the whole file.
            return Val(None, (labels - {Label.CRED}) | {Label.CRED_SOFT})
        rs = recv.s if recv is not None else None
        if rs is not None:
            try:
                if method == "join" and isinstance(rs, (str, bytes)) and node.args:
                    parts = self.join_parts(node.args[0], args[0])
                    if parts is not None:
                        joined = rs.join(parts)  # type: ignore[arg-type]
                        if len(joined) <= MAX_FOLD:
                            lab = labels | {Label.FOLDED}
                            if self._chr_join:
                                lab = lab | {Label.OBF}
                            if isinstance(joined, str) and 4 < len(joined) < 2000:
                                return self.on_string(joined, node, lab)
                            return Val(joined, lab)
                elif method == "decode" and isinstance(rs, bytes):
                    enc = args[0].s if args and isinstance(args[0].s, str) else "utf-8"
                    if enc.lower().replace("-", "_") in ("rot13", "rot_13"):
                        return self.decoded(
                            node, codecs.decode(rs.decode("latin-1"), "rot13"), labels
                        )
                    if enc.lower() in ("hex", "base64", "zlib"):
                        return self.fold_decode(
                            node,
                            {"hex": "hex", "base64": "b64", "zlib": "zlib"}[enc.lower()],
                            [Val(rs)],
                            labels,
                        )
                    text = rs.decode("utf-8", "replace")
                    return (
                        self.on_string(text, node, labels)
                        if 4 < len(text) < 2000
                        else Val(text, labels)
                    )
                elif method == "encode" and isinstance(rs, str):
                    return Val(rs.encode("utf-8", "replace"), labels)
                elif (
                    method in ("replace",)
                    and isinstance(rs, str)
                    and len(args) >= 2
                    and isinstance(args[0].s, str)
                    and isinstance(args[1].s, str)
                ):
                    out = rs.replace(args[0].s, args[1].s)
                    return (
                        self.on_string(out, node, labels | {Label.FOLDED})
                        if 4 < len(out) < 2000
                        else Val(out, labels)
                    )
                elif (
                    method in ("lower", "upper", "strip", "lstrip", "rstrip", "swapcase", "title")
                    and isinstance(rs, (str, bytes))
                    and not args
                ):
                    return Val(getattr(rs, method)(), labels)
                elif (
                    method == "format"
                    and isinstance(rs, str)
                    and all(isinstance(a.s, (str, int)) for a in args)
                    and not kwargs
                ):
                    return Val(rs.format(*[a.s for a in args]), labels)
                elif (
                    method == "translate"
                    and isinstance(rs, (str, bytes))
                    and args
                    and isinstance(args[0].s, (bytes, dict))
                ):
                    table: Any = args[0].s
                    decoded: str | bytes = rs.translate(table)
                    return self.decoded(node, decoded, labels | {Label.OBF})
                elif method == "hex" and isinstance(rs, bytes):
                    return Val(rs.hex(), labels)
            except (ValueError, TypeError, IndexError, KeyError, LookupError):
                return Val(None, labels)
        if method == "fileno" and recv is not None and recv.qn == "<socket>":
            return Val(None, labels | {Label.SOCKFD})
        if method == "wrap_socket":
            return Val(None, labels, "<socket>")  # ssl.SSLContext().wrap_socket(raw)
        if method.lower() == "createshortcut" and args:
            self.write_target(node, args[0].labels)  # WScript.Shell shortcut in Startup
        if method == "SpecialFolders" and args and args[0].s in ("Startup", "AllUsersStartup"):
            return Val(None, labels | {Label.AUTOSTART})
        if (
            method in ("decrypt", "decrypt_at_time", "decrypt_and_verify")
            and args
            and isinstance(args[0].s, (str, bytes))
        ):
            # A literal decrypted at run time (Fernet, AES): a hidden payload.
            return Val(None, labels | {Label.DECODED_VAR, Label.OBF})
        if (
            method in ("extractall", "extract")
            and recv is not None
            and recv.labels & {Label.NET, Label.NET_FILE}
        ):
            self.scope.event(Event.DOWNLOAD_FILE, node.lineno)  # a downloaded archive unpacked
        if method in ("write", "write_text", "write_bytes") and args and self.depth < 2:
            code = _text(args[0].s)
            if code and ("exec" in code or "import" in code) and len(code) < 200_000:
                # Python written out to be run later (a temp-file dropper): what it would do.
                self.nested(node, code, "in the code written to a file")
        if (
            method in ("write", "write_text", "write_bytes")
            and recv is not None
            and (recv.qn == "<file-w>" or method != "write")
        ):
            if method != "write":
                self.write_target(node, recv.labels)
            data = _union(args)
            self.rshell_sink(node, data, "written to a file")
            if Label.NATIVE in data or (
                data & {Label.DECODED, Label.DECODED_VAR} and Label.EXE_FILE in recv.labels
            ):
                self.scope.event(Event.DROP_NATIVE, node.lineno)  # an executable written out
            if data & {Label.NET, Label.DECODED, Label.NATIVE, Label.OBF, Label.DL_CMD}:
                # A payload on disk (a script holding a download-and-run command too).
                self.scope.event(Event.DOWNLOAD_FILE, node.lineno)
                if Label.NET in data and isinstance(node.func, ast.Attribute):
                    self.taint_base(node.func, frozenset({Label.NET_FILE}))  # tmp.name
                    handle = node.func.value
                    if isinstance(handle, ast.Name) and handle.id in self.file_paths:
                        path_var = ast.Name(id=self.file_paths[handle.id])
                        self.taint_base(path_var, frozenset({Label.NET_FILE}))
            elif Label.DECODED_VAR in data:
                self.scope.event(Event.WRITE_DECODED, node.lineno)
            written = _text(args[0].s) if args else None
            if written and _planted(recv.labels) and self.depth < 2:
                # Code planted for later: judge it as if it ran.
                for code_line in (
                    [written]
                    if Label.PTH not in recv.labels
                    else [ln for ln in written.splitlines() if ln.startswith("import")]
                ):
                    self.nested(node, code_line, "in the code it plants")
            elif written and Label.PYFILE in recv.labels and self.import_time and self.depth < 2:
                found = self.code_events(written) & {Event.NET, Event.PROCESS, Event.EXEC}
                if found:
                    self.observe(
                        Fact.ACTIVE_CODE_PLANTED,
                        node,
                        "writes code into a Python module that "
                        + ("uses the network" if Event.NET in found else "runs code or processes"),
                    )
            if recv.labels & {Label.AUTOSTART, Label.SHELLRC} and data & (PAYLOAD | {Label.DL_CMD}):
                self.observe(
                    Fact.PAYLOAD_PERSISTED,
                    node,
                    "downloaded or decoded data written to an autostart location",
                )
            return Val(None, labels)
        if method in ("read_text", "read_bytes") and recv is not None:
            self.note_secret_read(node, recv.labels)
            return Val(None, labels)
        if method in ("clipboard_get", "GetClipboardData"):
            return self.clip_read(node, method, labels)
        if method in ("clipboard_append", "SetClipboardData", "SetClipboardText"):
            self.scope.event(Event.CLIP_WRITE, node.lineno)
        mutated = _union(args) if method in _MUTATORS else _NONE
        if mutated and isinstance(node.func, ast.Attribute):
            self.taint_base(node.func, mutated)
        if method in P.SEND_METHODS and labels & SECRETS:
            self.sink_net(node, method, labels)
        return Val(None, labels) if labels else EMPTY

    _chr_join = False

    def join_parts(self, node: ast.expr, val: Val) -> list[str] | None:
        """The folded pieces of a join argument; sets `_chr_join` for chr() sequences."""
        self._chr_join = False
        if isinstance(val.s, tuple):
            strs = [x for x in val.s if isinstance(x, str)]
            return strs if len(strs) == len(val.s) else None
        source: ast.expr | None = None
        if isinstance(node, (ast.GeneratorExp, ast.ListComp)) and len(node.generators) == 1:
            elt = node.elt
            if (
                isinstance(elt, ast.Call)
                and isinstance(elt.func, ast.Name)
                and elt.func.id == "chr"
                and not node.generators[0].ifs
            ):
                source = node.generators[0].iter
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "map"
            and len(node.args) == 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "chr"
        ):
            source = node.args[1]
        if source is None:
            return None
        ints = self.expr(source).s
        if (
            isinstance(ints, tuple)
            and ints
            and all(isinstance(i, int) and 0 <= i < 0x110000 for i in ints)
        ):
            self._chr_join = True
            return [chr(i) for i in ints]
        return None

    def object_method(
        self, node: ast.Call, qn: str, args: list[Val], labels: frozenset[Label]
    ) -> Val:
        tag, _, meth = qn.partition(".")
        line = node.lineno
        if tag == "<socket>":
            if meth in ("connect", "connect_ex", "bind", "listen", "accept"):
                self.scope.event(Event.SOCKET_CONNECT, line)
                if meth == "accept":
                    return Val(None, labels, "<socket>")
            if meth in ("connect", "connect_ex"):
                self.scope.event(Event.SOCKET_CONNECT, line)
                self.sink_net(node, qn, labels)
                return EMPTY
            if meth == "fileno":
                return Val(None, frozenset({Label.SOCKFD}))
            if meth in (
                "recv", "recvfrom", "recv_into", "makefile", "read", "readline", "readexactly",
                "readuntil", "read_until", "read_some", "read_very_eager",
            ):  # fmt: skip
                return Val(None, labels | {Label.NET})
            if meth in ("send", "sendall", "sendto", "write", "writelines"):
                self.sink_net(node, qn, labels)
                return EMPTY
            return Val(None, labels, "<socket>" if meth in ("accept", "wrap_socket") else None)
        if tag == "<http>":
            if meth in ("retrbinary", "retrlines") and len(node.args) > 1:
                sink = node.args[1]  # ftp.retrbinary("RETR x", buf.write): buf fills from the net
                if isinstance(sink, ast.Attribute):
                    self.taint_base(sink, frozenset({Label.NET}))
            if meth in ("get", "post", "put", "request", "open", "urlopen", "stream"):
                self.hidden_destination(node, qn, args[1:] if meth == "request" else args, {})
            self.sink_net(node, qn, labels)
            if Label.IMDS in labels:
                labels = labels | {Label.IMDS_CRED}
            return Val(
                None,
                labels | {Label.NET},
                "<http>" if meth in ("get_connection", "connection") else None,
            )
        # <file-w>
        if meth == "write":
            data = _union(args)
            if data & {Label.NET}:
                self.scope.event(Event.DOWNLOAD_FILE, line)
            return EMPTY
        return Val(None, labels)


#: Calls whose result is still the secret they were given: conversions, containers,
#: serialisers, string methods.
_SECRET_CARRIERS = frozenset(
    {"str", "bytes", "repr", "dict", "list", "tuple", "format", "dumps", "encode", "decode",
     "strip", "lstrip", "rstrip", "lower", "upper", "join", "replace", "split", "hex",
     "b64encode", "b58encode", "urlencode", "quote", "copy", "get", "pop", "values", "items",
     "format_map", "to_json", "json", "getenv"}
)  # fmt: skip


#: Methods returning a cloud SDK's access key pair (boto3 and botocore sessions).
_CLOUD_CREDENTIALS = frozenset({"get_credentials", "get_frozen_credentials"})


def _passes_secret_on(func: ast.expr) -> bool:
    """Whether a call of `func` returns the secret it was given (a conversion of it)."""
    if isinstance(func, ast.Name):
        return func.id in _SECRET_CARRIERS
    return isinstance(func, ast.Attribute) and func.attr in _SECRET_CARRIERS


#: Calls that put a folder or archive on the module search path -> the path argument.
_PATH_ADDERS = {"sys.path.insert": 1, "sys.path.append": 0, "site.addsitedir": 0}
