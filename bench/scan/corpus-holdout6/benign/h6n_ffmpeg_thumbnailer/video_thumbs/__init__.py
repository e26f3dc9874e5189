"""Extract thumbnails from videos with ffmpeg."""
import os
import shutil
import subprocess
from pathlib import Path


class FFmpegNotFound(RuntimeError):
    pass


def _ffmpeg() -> str:
    exe = os.environ.get("FFMPEG_BINARY") or shutil.which("ffmpeg")
    if not exe:
        raise FFmpegNotFound("ffmpeg not found on PATH; install it or set FFMPEG_BINARY")
    return exe


def thumbnail(video: str, out: str, at: float = 1.0, width: int = 320) -> Path:
    cmd = [_ffmpeg(), "-y", "-loglevel", "error", "-ss", str(at), "-i", video, "-frames:v", "1",
           "-vf", f"scale={width}:-1", out]
    subprocess.run(cmd, check=True)
    return Path(out)
