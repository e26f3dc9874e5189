"""Calls of the file's own functions and of its sibling modules' functions: what a
function's parameter summary (the sinks each parameter reaches) makes of the
arguments at a call site, and the arguments remembered for the target-level pass
over sibling modules."""

from __future__ import annotations

import ast

from pipwarden.scan.engine.handed import HandedCalls
from pipwarden.scan.engine.net_sinks import written_host
from pipwarden.scan.engine.values import _FOLLOWED, _PARAMS, Val, _is_url
from pipwarden.scan.facts import ON_LOAD, SECRETS, WEAK, Event, Fact, Label


class LocalCalls(HandedCalls):
    """Calls of local and sibling functions, judged by their summaries."""

    def note_relative_call(self, func: ast.expr, args: list[Val]) -> None:
        """A call of a sibling module's function: remembered, and so is data worth
        following that it is given (the target-level pass analyses that function with
        these arguments)."""
        if isinstance(func, ast.Name) and func.id in self.relative:
            level, module, name = self.relative[func.id]
            self.relative_calls.add((level, module, name))
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in self.relative
            and not self.relative[func.value.id][1]
        ):  # from . import mod; mod.f(x)
            level, module, name = (
                self.relative[func.value.id][0],
                self.relative[func.value.id][2],
                func.attr,
            )
        else:
            return
        on_import = self.import_time
        for i, v in enumerate(args[: len(_PARAMS)]):
            # On import everything worth following; elsewhere only stolen secrets.
            followed = v.labels & (_FOLLOWED if on_import else SECRETS)
            if followed:
                self.imported_args.add((level, module, name, i, followed, on_import))

    def call_local(
        self, node: ast.Call, name: str, args: list[Val], kwargs: dict[str | None, Val]
    ) -> None:
        """A call of a function of this module: its summary meets the arguments."""
        summary = self.summaries.get(name, {})
        params = self.fn_params.get(name, [])
        pairs = list(enumerate(args))
        pairs += [(params.index(k), v) for k, v in kwargs.items() if k in params]
        for i, arg in pairs:
            kinds = summary.get(i)
            if kinds and Event.PROCESS in kinds and isinstance(arg.s, str):
                self.command_text(node, arg.s, name)
            if not kinds or not arg.labels:
                continue
            if (
                Event.NET in kinds
                and arg.labels & {Label.ENDPOINT, Label.ENDPOINT_PASTE, Label.ENDPOINT_CHAT}
                and self.where in ON_LOAD
            ):
                # A helper around urlopen() given a raw IP or tunnel address on load.
                self.observe(
                    Fact.COVERT_HOST_CONTACTED
                    if Label.ENDPOINT in arg.labels
                    else Fact.PASTE_OR_CHAT_CONTACTED,
                    node,
                    f"a suspicious endpoint passed to {name}(), which contacts it",
                    where=self.where,
                )
            if (
                Event.NET in kinds
                and arg.labels & {Label.DECODED, Label.OBF}
                and isinstance(arg.s, str)
                and _is_url(arg.s.strip())
            ):
                # A literal that decodes to a URL, handed to a helper that contacts it.
                self.observe(
                    Fact.HIDDEN_ADDRESS_CONTACTED,
                    node,
                    f"an address decoded at run time passed to {name}(), which contacts it",
                )
            if Event.NET in kinds and arg.labels & SECRETS:
                # Bound for a host written in the code: the helper's own, or an address
                # written into this call (`send(WEBHOOK, data)`).
                collector = Event.NET_WRITTEN in kinds or any(
                    written_host(a) is not None for _, a in pairs
                )
                self.observe(
                    Fact.SECRET_SENT,
                    node,
                    f"secret data passed to {name}(), which sends it",
                    where=self.where,
                    collector=collector,
                )
            elif Event.NET in kinds and arg.labels & WEAK and self.import_time:
                self.observe(
                    Fact.HOST_INFO_SENT,
                    node,
                    f"host details passed to {name}(), which sends them, at import time",
                    where=self.where,
                )
            if Event.EXEC in kinds and arg.labels & {
                Label.NET,
                Label.DECODED,
                Label.OBF,
                Label.CODE,
            }:
                self.observe(
                    Fact.DECODED_DATA_EXECUTED,
                    node,
                    f"decoded data passed to {name}(), which runs it",
                )
            if kinds & {Event.PROCESS, Event.EXEC, Event.NET}:
                self.rshell_sink(node, arg.labels, f"passed to {name}(), which runs or sends it")
            if Event.PROCESS in kinds and Label.NET in arg.labels:
                self.observe(Fact.REMOTE_COMMAND, node, f"network data passed to {name}()")
            elif Event.PROCESS in kinds and Label.DL_CMD in arg.labels:
                self.observe(
                    Fact.REMOTE_COMMAND,
                    node,
                    f"a download-and-run command passed to {name}(), which runs it",
                )
            elif Event.PROCESS in kinds and arg.labels & {Label.DECODED, Label.OBF}:
                self.observe(
                    Fact.DECODED_DATA_EXECUTED,
                    node,
                    f"decoded or obfuscated data passed to {name}(), which runs it as a command",
                )
        events = self.fn_events.get(name, {})
        if self.module_level or self.is_setup:
            if Event.SECRET_BEACON in events:
                self.observe(
                    Fact.SECRET_ENV_SENT,
                    node,
                    f"{name}() sends secret environment variables at import time",
                )
            elif Event.BEACON in events:
                self.observe(
                    Fact.HOST_INFO_SENT,
                    node,
                    f"{name}() sends host details at import time",
                    where=self.where,
                )
        if self.is_setup and self.fn_depth == 0 and not self.main_guard:
            # A helper of setup.py called at its module level runs while pip builds it.
            if Event.RUN_PROGRAM in events:
                self.observe(
                    Fact.FOREIGN_PROGRAM_AT_INSTALL,
                    node,
                    f"{name}() runs a program that is not a build tool while pip builds it",
                )
            elif Event.PROCESS in events:
                self.observe(
                    Fact.PROCESS_AT_INSTALL, node, f"{name}() starts a process while pip builds it"
                )
        if self.module_level and not self.is_setup:
            if Event.NET in events:
                self.observe(
                    Fact.NETWORK_ON_IMPORT, node, f"{name}() uses the network at import time"
                )
            if Event.PROCESS in events:
                self.observe(
                    Fact.PROCESS_ON_IMPORT, node, f"{name}() starts a process at import time"
                )
        if self.main_guard and self.fn_depth == 0:
            return  # `if __name__ == "__main__": main()` runs as a program, not on import
        for k, first in events.items():
            # A helper that names a credential file does not make its caller one that
            # does (build scripts pass an .npmrc to npm and download elsewhere); data
            # read from such files still flows through return values.
            if k is not Event.SECRET_SEEN:
                self.scope.event(k, first)
