"""What an output format is: a name and a way to render one command's result.

Each command's formats are subclasses of `Format` over that command's result
(`report.scan`, `report.vetting`, `report.audit`, `report.disclosure`), listed
in a table that the command's ``--format`` chooses from by name.
"""

from __future__ import annotations

import abc
from collections.abc import Mapping, Sequence
from typing import IO, ClassVar, Generic, TypeVar

R = TypeVar("R")


class Format(abc.ABC, Generic[R]):
    """One output format of a command's result `R`."""

    #: What ``--format`` calls it.
    name: ClassVar[str]

    def __init__(self, *, color: bool = False, verbose: bool = False) -> None:
        #: Colours and the terminal's width (text formats on a terminal only).
        self.color = color
        #: Every finding rather than the most important ones (text formats only).
        self.verbose = verbose

    @abc.abstractmethod
    def render(self, result: R) -> str:
        """`result` in this format, ending with a newline."""

    def write(self, result: R, out: IO[str]) -> None:
        """Write `result` to `out` (a format may write parts as they come)."""
        out.write(self.render(result))


def by_name(formats: Sequence[type[Format[R]]]) -> Mapping[str, type[Format[R]]]:
    """A command's formats by name, in the order given (the first is the default)."""
    table = {f.name: f for f in formats}
    if len(table) != len(formats):
        raise ValueError("two formats share a name")
    return table
