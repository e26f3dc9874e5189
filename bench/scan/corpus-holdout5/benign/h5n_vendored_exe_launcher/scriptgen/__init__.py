"""Generate console-script wrappers (Windows launcher + shebang scripts)."""
import os
import sys
import zipfile
from io import BytesIO
from pathlib import Path

_LAUNCHER = Path(__file__).with_name("t64.exe")


def make_script(target_dir: str, name: str, module: str, func: str) -> Path:
    body = f"import sys\nfrom {module} import {func}\nsys.exit({func}())\n"
    if os.name == "nt":
        buf = BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("__main__.py", body)
        shebang = f"#!{sys.executable}\r\n".encode()
        out = Path(target_dir) / f"{name}.exe"
        out.write_bytes(_LAUNCHER.read_bytes() + shebang + buf.getvalue())
    else:
        out = Path(target_dir) / name
        out.write_text(f"#!{sys.executable}\n{body}")
        out.chmod(0o755)
    return out
