"""The time and memory budget of one scanned target.

Every target (an archive, a folder, a file) is read and analysed under a
wall-clock deadline and a memory allowance. Memory is bounded first by what is
read (member sizes, header sizes, the total) and parsed (the parse cap of the
engine); the allowance is the backstop: the growth of the process's resident
memory since the target was opened, sampled where the readers and the engine
check the deadline. Running out of either raises `BudgetExceeded`, which the
readers and `scan_contents` observe as `Fact.OUT_OF_BUDGET`, whose finding
blocks: an artifact that cannot be read within its
budget is hostile or at least unreviewable.
"""

from __future__ import annotations

import os
import time

MiB = 1024 * 1024

try:
    _PAGE = os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
    _PAGE = 4096


class BudgetExceeded(Exception):
    """The target ran past its deadline or its memory allowance."""


#: (pid, descriptor) of /proc/self/statm, kept open: reading it again with pread costs a
#: tenth of opening it each time. A forked child opens its own (the inherited one names its
#: parent; it is left open, closing a number another thread may have reused is worse).
_STATM: tuple[int, int] | None = None


def rss() -> int | None:
    """Resident memory of this process in bytes (None where /proc is not available)."""
    global _STATM
    try:
        pid = os.getpid()
        entry = _STATM
        if entry is None or entry[0] != pid:
            entry = (pid, os.open("/proc/self/statm", os.O_RDONLY | os.O_CLOEXEC))
            _STATM = entry
        return int(os.pread(entry[1], 256, 0).split()[1]) * _PAGE
    except (OSError, ValueError, IndexError, AttributeError):
        return None


class Clock:
    """The budget of one target: a monotonic deadline and a resident-memory allowance.

    Memory is sampled at most every `SAMPLE` seconds (reading it costs a system call).
    """

    SAMPLE = 0.01

    __slots__ = ("deadline", "memory", "next_sample", "seconds", "start_rss")

    def __init__(self, seconds: float, memory: int) -> None:
        self.seconds = seconds
        self.memory = memory
        now = time.monotonic()
        self.deadline = now + seconds
        self.next_sample = now
        self.start_rss = rss()

    def check(self) -> None:
        """Raise `BudgetExceeded` when the deadline passed or memory grew past the allowance."""
        now = time.monotonic()
        if now > self.deadline:
            raise BudgetExceeded(f"analysis took longer than its {self.seconds:g} s budget")
        if self.start_rss is not None and now >= self.next_sample:
            self.next_sample = now + self.SAMPLE
            current = rss()
            if current is not None and current - self.start_rss > self.memory:
                raise BudgetExceeded(
                    f"analysis needed more than its {self.memory // MiB} MiB memory budget"
                )
