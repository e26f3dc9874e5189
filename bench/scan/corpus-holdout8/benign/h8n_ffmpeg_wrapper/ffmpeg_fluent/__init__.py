import re
import shutil
import subprocess

_TIME = re.compile(r"time=(\d+):(\d+):(\d+\.\d+)")


class Stream:
    def __init__(self, src):
        self.src, self.opts = src, []

    def scale(self, w, h):
        self.opts += ["-vf", "scale=%d:%d" % (w, h)]
        return self

    def codec(self, v="libx264", a="aac"):
        self.opts += ["-c:v", v, "-c:a", a]
        return self

    def run(self, dst, on_progress=None):
        exe = shutil.which("ffmpeg") or "ffmpeg"
        cmd = [exe, "-y", "-i", self.src, *self.opts, dst]
        p = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        for line in p.stderr:
            m = _TIME.search(line)
            if m and on_progress:
                h, mi, s = m.groups()
                on_progress(int(h) * 3600 + int(mi) * 60 + float(s))
        return p.wait()


def input(src):
    return Stream(src)
