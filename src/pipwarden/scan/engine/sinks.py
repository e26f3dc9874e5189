"""Sinks: code execution, processes, writes and loads; the events and findings they
give (network sends: `pipwarden.scan.engine.net_sinks`).
"""

from __future__ import annotations

import ast
import re

from pipwarden.scan import blobs as B
from pipwarden.scan import patterns as P
from pipwarden.scan import shellflow
from pipwarden.scan.engine.net_sinks import NetSinks
from pipwarden.scan.engine.values import (
    _INLINE_FLAGS,
    _NOT_A_PROGRAM_RE,
    _PICKLE_CODE,
    EMPTY,
    Val,
    _is_url,
    _planted,
    _text,
    _union,
)
from pipwarden.scan.facts import NONE as _NONE
from pipwarden.scan.facts import PAYLOAD, SECRETS, WEAK, Event, Fact, Label
from pipwarden.scan.reach import SOURCE_ARG, read_call_path
from pipwarden.scan.rules import (
    install_hook,
)


class Sinks(NetSinks):
    """What reaches a sink: the rules of code execution, processes and writes."""

    def sink_exec(
        self, node: ast.Call, qn: str, labels: frozenset[Label], code: Val | None = None
    ) -> None:
        self.scope.event(Event.EXEC, node.lineno)
        self.summarise(Event.EXEC, labels)
        self.rshell_sink(node, labels, f"reaches {qn}()")
        if Label.NET in labels:
            self.observe(Fact.NET_DATA_EXECUTED, node, f"network data reaches {qn}()")
        elif labels & {
            Label.DECODED,
            Label.DECODED_VAR,
            Label.OBF,
            Label.CODE,
            Label.DL_CMD,
            Label.DATA_FILE,
        }:
            self.observe(
                Fact.DECODED_DATA_EXECUTED, node, f"decoded or obfuscated data reaches {qn}()"
            )
        source = (
            read_call_path(node.args[0], self.read_handles, self.read_texts) if node.args else None
        )
        if source is not None:
            self.note_loaded(source)
        text = _text(code.s) if code is not None else None
        if text and Label.FOLDED in code.labels and self.depth < 2:  # type: ignore[union-attr]
            # Code assembled from pieces: analyse what it spells.
            self.nested(node, text, "in the assembled code")
        elif text and self.depth < 2 and "\n" in text and len(text) < 200_000:
            # A program held in a string literal and run: what it does when it runs.
            self.nested(node, text, "in the code it runs")

    def program(self, node: ast.Call) -> Val:
        """The program a process call starts (first element of an argument list)."""
        if not node.args:
            return EMPTY
        first = node.args[0]
        alias = self.list_node(first)
        if alias is not first and isinstance(alias, (ast.List, ast.Tuple)) and alias.elts:
            # `args = ['antlr4', grammar, ...]; run(args)`: the program is the list's first
            # element, not every file the list names (sympy's parser build helper).
            head = alias.elts[0]
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                return Val(head.value, _NONE)
        if isinstance(first, (ast.List, ast.Tuple)):
            if not first.elts or isinstance(first.elts[0], ast.Starred):
                return EMPTY
            first = first.elts[0]
        return self.expr(first)

    def argv(self, node: ast.Call, args: list[Val], qn: str) -> list[str | None]:
        """The command line of a process call, with None for parts not known statically."""
        a0: ast.expr | None = node.args[0] if node.args else None
        if qn.startswith(("os.exec", "os.spawn", "os.posix_spawn")) or qn.endswith("_exec"):
            first = 1 if qn.startswith("os.spawn") else 0
            name = qn.rsplit(".", 1)[-1]
            if (
                name.startswith("posix_spawn")
                or name.removeprefix("exec").removeprefix("spawn").startswith("v")
            ) and len(node.args) > first + 1:
                # execv(path, argv), posix_spawn(path, argv, env): the list is the command.
                a0 = node.args[first + 1]
                args = args[first + 1 :]
            else:
                out = [_text(a.s) for a in args[first:]]
                return out[1:] if len(out) > 1 and out[0] == out[1] else out
        if a0 is None:
            return []
        a0 = self.list_node(a0)
        parts = self.seq_parts.get(id(a0)) if isinstance(a0, (ast.List, ast.Tuple)) else None
        if parts is not None:
            return list(parts)
        if args and isinstance(args[0].s, tuple):
            return [x if isinstance(x, str) else None for x in args[0].s]
        text = _text(args[0].s) if args else None
        return list(text.split()) if text else [None]

    def sink_process(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> frozenset[Label]:
        """Rules for a started process; the labels its output carries."""
        line = node.lineno
        scope = self.scope
        scope.event(Event.PROCESS, line)
        out: frozenset[Label] = frozenset({Label.PROC_OUT})
        cmd = args[:1] or ([kwargs["args"]] if "args" in kwargs else [])
        if qn.startswith(("os.exec", "os.spawn", "os.posix_spawn")) or qn.endswith("_exec"):
            cmd = args
        cmd_labels = _union(cmd)
        self.summarise(Event.PROCESS, cmd_labels)
        self.rshell_sink(node, labels, f"reaches {qn}()")
        argv = self.argv(node, args, qn)
        prog = (argv[0] or "").replace("\\", "/").rsplit("/", 1)[-1].lower() if argv else ""
        if Label.NET in self.command_labels(node, qn, args, argv):
            self.observe(Fact.REMOTE_COMMAND, node, f"network data reaches {qn}()")
        elif cmd_labels & {Label.DECODED, Label.OBF}:
            self.observe(
                Fact.DECODED_DATA_EXECUTED,
                node,
                f"decoded or obfuscated data runs as a command via {qn}()",
            )
        feed = kwargs.get("input")
        if feed is not None and Label.NET in feed.labels and (prog in P.SHELLS or "python" in prog):
            self.observe(Fact.REMOTE_COMMAND, node, f"network data fed to {prog} via {qn}()")
        prog_val = self.program(node) if Label.PKGFILE in cmd_labels else EMPTY
        if (
            Label.PKGFILE in prog_val.labels
            and isinstance(prog_val.s, str)
            and _NOT_A_PROGRAM_RE.search(prog_val.s)
        ):
            self.observe(
                Fact.SHIPPED_PROGRAM_RUN,
                node,
                f"{qn}() runs a file shipped as a library or data file as a program",
                where=self.where,
            )
        elif Label.PKGFILE in prog_val.labels and self.import_time:
            self.observe(
                Fact.SHIPPED_PROGRAM_ON_IMPORT,
                node,
                f"{qn}() starts a program shipped inside the package when it is imported",
            )
        if Label.DL_CMD in cmd_labels:
            self.observe(Fact.REMOTE_COMMAND, node, f"{qn}() runs a download-and-run command")
        if Label.NET_FILE in cmd_labels:
            scope.event(Event.DOWNLOAD_FILE, line)  # runs a file it downloaded: drop-and-run
        if self.runs_downloaded(node, args, prog):
            scope.event(Event.RUN_DOWNLOADED, line)
        if Label.SOCKFD in labels:
            self.observe(Fact.SOCKET_TO_SHELL, node, f"socket handed to a process via {qn}()")
        interactive = prog in P.SHELLS and not any(
            p is not None and p.lower() in _INLINE_FLAGS for p in argv
        )
        if interactive and any(
            kw.arg == "stdin"
            and isinstance(kw.value, ast.Call)
            and getattr(kw.value.func, "attr", "") == "fileno"
            for kw in node.keywords
        ):
            self.observe(
                Fact.SOCKET_TO_SHELL,
                node,
                f"an interactive {prog} reads its commands from a file descriptor (a connection)",
            )
        if qn == "pty.spawn" or Label.SHELL in cmd_labels or interactive:
            scope.event(Event.SHELL, line)
        texts = [t for t in (_text(a.s) for a in cmd) if t]
        if not texts and node.args and isinstance(node.args[0], ast.JoinedStr):
            # f"start pythonw.exe {path}": the words written out, "X" for the rest.
            texts.append(_template(node.args[0]))
        if argv and not texts:
            texts.append(" ".join(p if p is not None else "X" for p in argv))
        for i, part in enumerate(argv[:-1]):
            nxt = argv[i + 1]
            if part == "-c" and nxt is not None and self.depth < 2:
                self.nested(node, nxt, "in the inline Python code")
        words = [p for p in argv if p is not None]
        if (
            (
                prog.startswith(("curl", "wget"))
                and any(w in ("-o", "-O", "--output", "--output-document") for w in words)
            )
            or (prog.startswith("git") and "clone" in words)
            or any(P.DOWNLOAD_TO_FILE_CMD_RE.search(t) for t in texts)
        ):
            scope.event(Event.DOWNLOAD_FILE, line)
        if "pip" in words and "install" in words and (self.import_time or self.is_setup):
            remote = any("://" in w or w.startswith("git+") for w in words)
            # `pip install -r requirements.txt` installs what the project declares (docs
            # builds do it); packages named on the command line are a second stage.
            declared = any(w in ("-r", "--requirement") for w in words)
            self.observe(
                Fact.RUNTIME_INSTALL,
                node,
                "installs packages " + ("from a URL " if remote else "") + "when imported",
                remote=remote,
                declared=declared,
            )
        if Label.CLIP_R in cmd_labels:
            out = out | self.clip_read(node, qn, _NONE).labels
        if Label.CLIP_W in cmd_labels:
            scope.event(Event.CLIP_WRITE, line)
        if Label.MASQUERADE in cmd_labels or Label.MASQUERADE in _union(kwargs.values()):
            self.observe(Fact.PROCESS_MASQUERADE, node, "starts a process posing as a system one")
        if Label.MINER in cmd_labels:
            self.observe(Fact.MINER, node, f"{qn}() starts a cryptocurrency miner")
        secrets = cmd_labels & (SECRETS | {Label.ENV_SECRET})
        if prog in P.NET_TOOLS and (secrets or (cmd_labels & WEAK and self.import_time)):
            if secrets:
                self.observe(Fact.SECRET_SENT, node, f"secret data on the command line of {prog}")
            else:
                self.observe(
                    Fact.HOST_INFO_SENT,
                    node,
                    f"host data on the command line of {prog}",
                    where=self.where,
                )
        else:
            # env | curl -d @- URL; whoami > f; curl -d @f URL; nslookup $(whoami).host
            flows = [(kind, t) for t in texts if (kind := shellflow.sent(t)) is not None]
            kind, text = max(flows, key=lambda f: f[0] == "secret", default=(None, ""))
            if kind == "secret":
                self.observe(
                    Fact.SECRET_SENT, node, f"the command line sends secret data: {text[:80]!r}"
                )
            elif kind == "host":
                self.observe(
                    Fact.HOST_INFO_SENT,
                    node,
                    f"the command line sends host data: {text[:80]!r}",
                    where=self.where,
                )
        for t in texts:
            if P.PIPE_TO_SHELL_RE.search(t):
                self.observe(
                    Fact.REMOTE_COMMAND, node, f"command downloads and runs code: {t[:80]!r}"
                )
            if P.REVERSE_SHELL_RE.search(t):
                self.observe(Fact.REVERSE_SHELL_RUN, node, f"reverse-shell command {t[:80]!r}")
            recon = P.RECON_CMD_RE.match(t)
            if recon:
                out = out | {Label.ENV_ALL if recon.group("env") else Label.SYSINFO}
            if P.CRED_CMD_RE.match(t):
                out = out | {Label.CRED}
                scope.event(Event.SECRET_SEEN, line)
            elif P.TOKEN_CMD_RE.match(t):
                out = out | {Label.CRED_SOFT}
            if P.CLIP_READ_CMD_RE.match(t):
                out = out | self.clip_read(node, t.split(" ", 1)[0], _NONE).labels
            elif P.CLIP_WRITE_CMD_RE.match(t):
                scope.event(Event.CLIP_WRITE, line)
        if any(P.PIP_CONFIG_CMD_RE.search(t) for t in texts):
            self.observe(
                Fact.PIP_INDEX_CHANGED,
                node,
                f"{qn}() changes pip's package index",
                where=self.where,
            )
        if cmd_labels & {Label.AUTOSTART} or any(P.AUTOSTART_CMD_RE.search(t) for t in texts):
            self.observe(
                Fact.AUTOSTART_WRITTEN,
                node,
                f"{qn}() registers something to start automatically",
                where=self.where,
            )
        flags = kwargs.get("creationflags")
        hidden = flags is not None and (
            (flags.qn or "").endswith(("CREATE_NO_WINDOW", "DETACHED_PROCESS"))
            or (isinstance(flags.s, int) and bool(flags.s & 0x08000008))
        )
        quiet = kwargs.get("start_new_session") is not None and "stdout" in kwargs
        hidden_text = any(P.HIDDEN_CMD_RE.search(t) for t in texts)
        quiet = quiet or any(P.DETACHED_SESSION_RE.search(t) for t in texts)
        if hidden or quiet or hidden_text or Label.HIDDEN_PATH in cmd_labels:
            scope.event(Event.HIDDEN_START, line)
            hidden_command = Label.HIDDEN_PATH in cmd_labels or hidden_text
            self.observe(
                Fact.HIDDEN_PROCESS_STARTED,
                node,
                f"{qn}() starts a hidden or detached process",
                where=self.where,
                hidden_command=hidden_command,
            )
        if self.startup_file:
            self.observe(Fact.AT_INTERPRETER_START, node, f"{qn}() runs on interpreter start")
        if (
            self.import_time
            and not self.is_setup
            and qn.endswith("Popen")
            and "python" in prog
            and "-c" in argv
        ):
            # Code started in a second interpreter that outlives the import, out of sight.
            self.observe(
                Fact.BACKGROUND_PYTHON_ON_IMPORT,
                node,
                f"{qn}() starts a background Python process with inline code on import",
            )
        elif self.module_level and not self.is_setup:
            if any(_OPEN_PAGE_RE.match(t) for t in texts):
                self.observe(
                    Fact.PAGE_OPENED_ON_IMPORT, node, f"{qn}() opens a web page at import time"
                )
            else:
                self.observe(Fact.PROCESS_ON_IMPORT, node, f"{qn}() runs at import time")
        foreign = self.is_setup and install_hook.runs_program(argv)
        if foreign:
            scope.event(Event.RUN_PROGRAM, line)  # for the command classes that call it
        if self.is_setup and self.fn_depth == 0 and not self.main_guard:
            if foreign:
                self.observe(
                    Fact.FOREIGN_PROGRAM_AT_INSTALL,
                    node,
                    f"setup.py runs {_words(argv)!r} via {qn}() while pip builds it",
                )
            else:
                self.observe(
                    Fact.PROCESS_AT_INSTALL, node, f"setup.py runs {qn}() while pip builds it"
                )
        if self.is_setup and (
            prog in P.NET_TOOLS or any(P.PS_NET_RE.search(t) for t in texts if "-" in t)
        ):
            self.observe(
                Fact.NETWORK_AT_INSTALL,
                node,
                f"install-time code runs {prog or 'a command'} to reach the network",
            )
        return out

    def runs_downloaded(self, node: ast.Call, args: list[Val], prog: str) -> bool:
        """Whether the process started is the downloaded file itself: the program of a
        command list, a whole command or os.startfile argument that is the file's path, or
        the script a Windows script host is given (not a downloaded archive handed to tar)."""
        if not args:
            return False
        a0 = self.list_node(node.args[0]) if node.args else None
        if isinstance(a0, (ast.List, ast.Tuple)):
            # (Lists that start with a computed value have no labels recorded per item.)
            elems = self.seq_labels.get(id(a0)) or tuple(self.name_labels(e) for e in a0.elts)
            if not elems:
                return False
            if Label.NET_FILE in elems[0]:
                return True
            return prog in P.SCRIPT_HOSTS and any(Label.NET_FILE in e for e in elems[1:])
        if Label.NET_FILE not in args[0].labels or not node.args:
            return False
        # A string command: the file's path as the program (os.startfile(path),
        # os.system(path), f"{path} --quiet"), or given to a script host.
        first = node.args[0]
        if (
            isinstance(first, ast.JoinedStr)
            and first.values
            and isinstance(first.values[0], ast.FormattedValue)
        ):
            first = first.values[0].value
        return Label.NET_FILE in self.name_labels(first) or prog in P.SCRIPT_HOSTS

    def name_labels(self, node: ast.expr) -> frozenset[Label]:
        """The labels of a variable, or of `str(variable)`; none for other expressions."""
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "str"
            and len(node.args) == 1
            and not node.keywords
        ):
            node = node.args[0]
        if isinstance(node, ast.Name):
            val = self.scope.lookup(node.id)
            return val.labels if val is not None else _NONE
        return _NONE

    def command_text(self, node: ast.Call, text: str, via: str) -> None:
        """A command line passed to a local helper that runs it (`run(cmd)` around
        Popen(shell=True)): what the command itself says it does."""
        line = node.lineno
        if P.DOWNLOAD_TO_FILE_CMD_RE.search(text):
            self.scope.event(Event.DOWNLOAD_FILE, line)
        if P.HIDDEN_CMD_RE.search(text) or re.search(r"-w(?:indowstyle)?\s+hidden", text, re.I):
            self.observe(
                Fact.HIDDEN_START_COMMAND,
                node,
                f"{via}() is given a command that starts a hidden process",
                where=self.where,
            )
        words = text.split()
        prog = words[0].replace("\\", "/").rsplit("/", 1)[-1].lower() if words else ""
        if self.is_setup and (prog in P.NET_TOOLS or P.PS_NET_RE.search(text)):
            self.observe(
                Fact.NETWORK_AT_INSTALL,
                node,
                f"install-time code has {via}() run {prog or 'a command'} to reach the network",
            )

    def list_node(self, arg: ast.expr) -> ast.expr:
        """The list literal a command argument names (`cmd` after `cmd = [...]`)."""
        if isinstance(arg, ast.Name):
            return self.seq_alias.get(arg.id, arg)
        return arg

    def command_labels(
        self, node: ast.Call, qn: str, args: list[Val], argv: list[str | None]
    ) -> frozenset[Label]:
        """Labels of what a process call runs as code: the whole command, or the inline code
        after -c. A network-derived program path is a downloaded file (drop-and-run); other
        arguments from the network are data (a version in a path), not commands."""
        elems: tuple[frozenset[Label], ...] | None = None
        if qn.startswith(("os.exec", "os.spawn", "os.posix_spawn")) or qn.endswith("_exec"):
            first = 1 if qn.startswith("os.spawn") else 0
            elems = tuple(a.labels for a in args[first:])
        elif node.args and isinstance(self.list_node(node.args[0]), (ast.List, ast.Tuple)):
            elems = self.seq_labels.get(id(self.list_node(node.args[0])))
        if elems is None:
            return args[0].labels if args else _NONE
        if elems and Label.NET in elems[0]:
            self.scope.event(Event.DOWNLOAD_FILE, node.lineno)
        out: frozenset[Label] = _NONE
        for i, labels in enumerate(elems[1:], 1):
            before = argv[i - 1] if i - 1 < len(argv) else None
            if before is not None and before.lower() in _INLINE_FLAGS:
                out = out | labels
        return out

    def sink_load(self, node: ast.Call, qn: str, labels: frozenset[Label]) -> None:
        """runpy, imp, importlib loaders and ctypes: code from a file runs."""
        self.scope.event(Event.EXEC, node.lineno)
        index = SOURCE_ARG.get(qn)
        if index is not None:
            keyword = next(
                (k.value for k in node.keywords if k.arg in ("path", "pathname", "location")),
                None,
            )
            source = node.args[index] if len(node.args) > index else keyword
            if source is not None and not isinstance(source, ast.Starred):
                self.note_loaded(source)
        if qn.startswith("ctypes.") or qn == "imp.load_dynamic" or "Extension" in qn:
            self.scope.event(Event.LOAD_NATIVE, node.lineno)
        if qn.endswith(("SourcelessFileLoader", "load_compiled")) and self.import_time:
            self.observe(
                Fact.BYTECODE_WITHOUT_SOURCE,
                node,
                f"{qn}() loads bytecode without source on import",
            )
        if Label.NET in labels:
            self.observe(Fact.NET_DATA_EXECUTED, node, f"network data reaches {qn}()")

    def note_loaded(self, path: ast.expr) -> None:
        """A file at `path` is run as Python code here: its path as far as it folds, kept
        for `pipwarden.scan` to find the member it names (`loaded`)."""
        v = self.expr(path)
        text = _text(v.s)
        if text is None or len(text) > 500 or self.depth:
            return
        self.loaded.add((text, Label.PARTIAL in v.labels, self.where.value))

    def deserialize(
        self, node: ast.Call, qn: str, args: list[Val], labels: frozenset[Label], yaml: bool = False
    ) -> Val:
        if Label.NET in labels or (args and _is_url(args[0].s)):
            self.observe(Fact.NET_DATA_DESERIALIZED, node, f"network data reaches {qn}()")
        elif Label.NET_FILE in labels:
            self.observe(Fact.NET_DATA_DESERIALIZED, node, f"a downloaded file reaches {qn}()")
        elif (
            not yaml
            and args
            and isinstance(args[0].s, bytes)
            and (
                qn.startswith("marshal.")
                or _PICKLE_CODE.search(args[0].s)
                or B.pickle_callables(args[0].s)
            )
        ):
            # Pickles of plain data appear in test suites; only code-bearing ones count.
            self.observe(Fact.EMBEDDED_CODE_LOADED, node, f"{qn}() of an embedded literal")
            return Val(None, labels | {Label.CODE})
        elif qn.startswith("marshal.") and _pieces(node.args[0] if node.args else None) >= 3:
            # Bytecode glued together from chunks kept apart (Specter-style obfuscators):
            # a loader reads its bytes from one file or buffer.
            self.observe(
                Fact.EMBEDDED_CODE_LOADED,
                node,
                f"{qn}() of bytecode assembled from {_pieces(node.args[0])} pieces",
            )
            return Val(None, labels | {Label.CODE})
        elif yaml:
            self.observe(Fact.UNSAFE_YAML_LOAD, node, f"{qn}() without a safe loader")
        else:
            self.observe(
                Fact.UNCHECKED_PICKLE_LOAD, node, f"{qn}() of data whose origin is not checked"
            )
        # marshal holds code objects: from a payload, a shipped or a downloaded file they are
        # code to run; a bytecode cache the package wrote itself (template engines) is not.
        code = bool(labels & PAYLOAD) or (
            qn.startswith("marshal.")
            and bool(labels & {Label.PKGFILE, Label.NET_FILE, Label.DATA_FILE})
        )
        return Val(None, labels | ({Label.CODE} if code else _NONE))

    def clip_read(self, node: ast.Call, qn: str, labels: frozenset[Label]) -> Val:
        self.scope.event(Event.CLIP_READ, node.lineno)
        self.observe(Fact.CLIPBOARD_READ, node, f"{qn}() reads the clipboard")
        return Val(None, labels | {Label.CLIPBOARD})

    def registry_write(self, node: ast.Call, args: list[Val], labels: frozenset[Label]) -> None:
        if Label.UAC_HIJACK in labels:
            self.observe(
                Fact.UAC_VERB_WRITTEN,
                node,
                "writes the shell verb an auto-elevating Windows program runs (UAC bypass)",
            )
        if labels & {Label.AUTOSTART}:
            if labels & PAYLOAD:
                self.observe(
                    Fact.PAYLOAD_PERSISTED,
                    node,
                    "decoded or downloaded data registered under a Run key",
                )
            else:
                self.observe(
                    Fact.AUTOSTART_WRITTEN, node, "writes a Windows Run key", where=self.where
                )

    def write_target(self, node: ast.AST, labels: frozenset[Label]) -> None:
        if Label.HOME in labels and (self.root_setup or (self.is_setup and self.module_level)):
            # All of setup.py runs at install; of a helper module it imports, its module level.
            self.observe(
                Fact.USER_FILES_AT_INSTALL,
                node,
                "install-time code writes into the user's home or profile folder",
            )
        if Label.PIPCONF in labels:
            self.observe(
                Fact.PIP_INDEX_CHANGED, node, "writes pip's configuration file", where=self.where
            )
        if Label.MASQUERADE in labels:
            self.observe(
                Fact.PROCESS_MASQUERADE, node, "writes a file named after a system program"
            )
        if Label.ACCESS in labels:
            self.observe(
                Fact.ACCESS_FILE_WRITTEN,
                node,
                "writes an access-control file (SSH authorized_keys, sudoers, ld.so.preload)",
                where=self.where,
            )
        if _planted(labels):
            self.observe(
                Fact.STARTUP_FILE_WRITTEN,
                node,
                "writes a file the interpreter runs at start (sitecustomize, .pth)",
                where=self.where,
            )
        if Label.AUTOSTART in labels or Label.GIT_HOOK in labels:
            self.observe(
                Fact.AUTOSTART_WRITTEN,
                node,
                "writes an autostart location (cron, systemd, startup folder, git hooks)",
                where=self.where,
            )
        elif Label.SHELLRC in labels:
            self.observe(
                Fact.SHELL_RC_WRITTEN, node, "writes a shell start-up file", where=self.where
            )

    def note_secret_read(self, node: ast.AST, labels: frozenset[Label]) -> None:
        if Label.WALLET in labels:
            self.observe(Fact.WALLET_FILES_OPENED, node, "opens crypto-wallet data")
        elif Label.BROWSER in labels:
            self.observe(Fact.BROWSER_DATA_OPENED, node, "opens browser or chat-app data")
        elif Label.CRED in labels:
            self.observe(Fact.CREDENTIAL_FILE_OPENED, node, "opens a credential file")


def _words(argv: list[str | None]) -> str:
    """A command line for a message (X where a word is not constant), at most 80 characters."""
    return " ".join(w if w is not None else "X" for w in argv)[:80]


#: A command that opens a web page in the user's browser.
_OPEN_PAGE_RE = re.compile(
    r"\s*(?:start|xdg-open|open|explorer(?:\.exe)?|cmd(?:\.exe)?\s+/c\s+start)"
    r"\s+(?:\"\"\s+)?[\"']?https?://",
    re.IGNORECASE,
)


def _template(node: ast.JoinedStr) -> str:
    """An f-string's literal text, "X" for each formatted value."""
    return "".join(
        v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "X"
        for v in node.values
    )


def _pieces(node: ast.expr | None) -> int:
    """How many operands a chain of `+` joins (1 for anything else)."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _pieces(node.left) + _pieces(node.right)
    return 1
