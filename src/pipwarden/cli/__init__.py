"""The command line: parse, call, print. No logic lives here.

Each command module exposes ``COMMANDS`` (a list of click commands); adding
a command group is one module and one line in `_MODULES`. Modules named in
`_LAZY` are imported only when one of their commands runs, so that
`pipwarden check` does not pay for importing the SBOM or SARIF machinery.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import click

from pipwarden import __version__
from pipwarden.errors import PipwardenError
from pipwarden.redact import redact_text

_MODULES: list[str] = [
    "pipwarden.cli.names",
    "pipwarden.cli.audit",
    "pipwarden.cli.trust",
    "pipwarden.cli.disclosure",
    "pipwarden.cli.vet",
    "pipwarden.cli.scan",
    "pipwarden.cli.serve",
    "pipwarden.cli.cache",
]


#: command name -> the module that defines it (imported on first use).
_LAZY: dict[str, str] = {
    "check": "pipwarden.cli.vet",
    "install": "pipwarden.cli.vet",
    "venv": "pipwarden.cli.vet",
    "scan": "pipwarden.cli.scan",
    "rules": "pipwarden.cli.scan",
    "audit": "pipwarden.cli.audit",
    "db": "pipwarden.cli.audit",
    "typosquat": "pipwarden.cli.names",
    "names": "pipwarden.cli.names",
    "trust": "pipwarden.cli.trust",
    "policy": "pipwarden.cli.disclosure",
    "report": "pipwarden.cli.disclosure",
    "serve": "pipwarden.cli.serve",
    "cache": "pipwarden.cli.cache",
}


#: The longest error message shown (a message quoting hostile input stays readable).
MAX_MESSAGE = 2000

#: Exceptions that input can provoke deep in a parser (nesting, sizes, encodings,
#: numbers); the last line of defence turns them into an input error.
INPUT_FAULTS: tuple[type[BaseException], ...] = (
    RecursionError,
    MemoryError,
    UnicodeError,
    OverflowError,
)


class _Failure(click.ClickException):
    """A PipwardenError shown as one line on stderr (credentials removed), exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        one_line = " ".join(part.strip() for part in self.message.splitlines() if part.strip())
        one_line = redact_text(one_line)
        if len(one_line) > MAX_MESSAGE:
            one_line = one_line[: MAX_MESSAGE - 1] + "…"
        click.echo(f"pipwarden: error: {one_line}", err=True)


def input_fault_message(exc: BaseException) -> str:
    """The one line shown for an input fault that no parser caught (see INPUT_FAULTS)."""
    detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    kind = type(exc).__name__ + (f": {detail}" if detail else "")
    return (
        f"cannot process this input ({kind}); it is too deeply nested, too large, not valid "
        "text or out of range. If the input is valid, this is a bug in pipwarden: please "
        "report it (PIPWARDEN_DEBUG=1 shows the traceback)"
    )


class PipwardenGroup(click.Group):
    """The top-level group: turns input errors into one-line messages with exit 2,
    and imports command modules lazily."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        lazy = {name for name, module in _LAZY.items() if module in _MODULES}
        return sorted(set(self.commands) | lazy)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and _LAZY.get(cmd_name) in _MODULES:
            for command in importlib.import_module(_LAZY[cmd_name]).COMMANDS:
                self.add_command(command)
        return self.commands.get(cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PipwardenError as exc:
            raise _Failure(str(exc)) from None
        except INPUT_FAULTS as exc:
            if os.environ.get("PIPWARDEN_DEBUG"):
                raise
            raise _Failure(input_fault_message(exc)) from None
        except KeyboardInterrupt:
            click.echo("pipwarden: interrupted; nothing was installed", err=True)
            ctx.exit(130)


@click.group(
    cls=PipwardenGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "-V", "--version", prog_name="pipwarden")
def cli() -> None:
    """Vet packages from PyPI before they touch your machine.

    pipwarden resolves what pip would install (with pip's own resolver,
    building nothing), reads every artifact without executing it, judges each
    package (names, advisories, source distributions, code, publishers,
    environment) and installs only what passed, pinned by hash.

    Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
    2 usage or input error.
    """


for _name in _MODULES:
    if _name not in _LAZY.values():
        for _command in importlib.import_module(_name).COMMANDS:
            cli.add_command(_command)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="pipwarden")
