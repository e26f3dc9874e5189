import json
import os
import shutil
import subprocess


def _bin(name):
    override = os.environ.get(f"{name.upper()}_BINARY")
    path = override or shutil.which(name)
    if not path:
        raise FileNotFoundError(f"{name} not found on PATH; install it or set {name.upper()}_BINARY")
    return path


def probe(filename):
    out = subprocess.run([_bin("ffprobe"), "-v", "quiet", "-print_format", "json", "-show_format",
                          "-show_streams", filename], capture_output=True, check=True).stdout
    return json.loads(out)


def convert(src, dst, vcodec="libx264", crf=23, overwrite=False):
    cmd = [_bin("ffmpeg"), "-y" if overwrite else "-n", "-i", src, "-c:v", vcodec, "-crf", str(crf), dst]
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def thumbnail(src, dst, at="00:00:01"):
    return subprocess.run([_bin("ffmpeg"), "-y", "-ss", at, "-i", src, "-frames:v", "1", dst], check=True)
