"""Fluent builder for ffmpeg command lines."""
import shlex
import subprocess
from typing import List, Optional


class Stream:
    def __init__(self, src: str):
        self.src = src
        self.filters: List[str] = []
        self.out: Optional[str] = None

    def scale(self, w: int, h: int) -> "Stream":
        self.filters.append("scale=%d:%d" % (w, h))
        return self

    def output(self, path: str) -> "Stream":
        self.out = path
        return self

    def compile(self) -> List[str]:
        cmd = ["ffmpeg", "-y", "-i", self.src]
        if self.filters:
            cmd += ["-vf", ",".join(self.filters)]
        return cmd + [self.out or "out.mp4"]

    def run(self, quiet: bool = True) -> int:
        kw = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL} if quiet else {}
        return subprocess.call(self.compile(), **kw)

    def __str__(self) -> str:
        return " ".join(shlex.quote(a) for a in self.compile())


def input(src: str) -> Stream:  # noqa: A001 - mirrors ffmpeg-python
    return Stream(src)
