import json
import shutil
import subprocess


class FFmpegNotFound(RuntimeError):
    pass


def _bin(name):
    path = shutil.which(name)
    if not path:
        raise FFmpegNotFound(f"{name} not found on PATH; install ffmpeg")
    return path


def probe(path):
    out = subprocess.run(
        [_bin("ffprobe"), "-v", "quiet", "-print_format", "json", "-show_format", "-show_streams", path],
        capture_output=True, check=True,
    ).stdout
    return json.loads(out)


def to_mp3(src, dst, bitrate="192k"):
    subprocess.run([_bin("ffmpeg"), "-y", "-i", src, "-vn", "-b:a", bitrate, dst], check=True, capture_output=True)
    return dst
