"""Extract thumbnails from videos with ffmpeg."""
import shutil
import subprocess
from pathlib import Path


class FFmpegNotFound(RuntimeError):
    pass


def _ffmpeg() -> str:
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise FFmpegNotFound("ffmpeg is not on PATH; install it from your package manager")
    return exe


def thumbnail(video: str | Path, out: str | Path, at: float = 1.0, width: int = 320) -> Path:
    out = Path(out)
    cmd = [_ffmpeg(), "-y", "-ss", str(at), "-i", str(video), "-frames:v", "1", "-vf", f"scale={width}:-1", str(out)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return out
