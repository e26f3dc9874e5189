"""Build Windows .exe launchers for Python scripts (distlib-style)."""
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).parent


def make_launcher(script: str, target: str, python: str = "python.exe", gui: bool = False) -> Path:
    stub = (HERE / ("w64.exe" if gui else "t64.exe")).read_bytes()
    shebang = f"#!{python}\r\n".encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("__main__.py", Path(script).read_text())
    out = Path(target)
    out.write_bytes(stub + shebang + buf.getvalue())
    return out
