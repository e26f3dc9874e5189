"""Thin wrapper around the ffmpeg command-line tool."""
import shutil
import subprocess


def _ffmpeg():
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise FileNotFoundError("ffmpeg not found on PATH")
    return exe


def transcode(src, dst, codec="libx264", crf=23, extra=()):
    cmd = [_ffmpeg(), "-y", "-hide_banner", "-i", src, "-c:v", codec, "-crf", str(crf), *extra, dst]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return dst


def probe_duration(src):
    out = subprocess.run(
        [shutil.which("ffprobe") or "ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", src],
        capture_output=True, text=True, check=True,
    ).stdout
    return float(out.strip())
