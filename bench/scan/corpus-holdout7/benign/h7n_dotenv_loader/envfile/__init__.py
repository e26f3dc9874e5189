import os
import re
from pathlib import Path

_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$")
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def find_dotenv(start=None):
    p = Path(start or os.getcwd()).resolve()
    for d in (p, *p.parents):
        if (d / ".env").is_file():
            return d / ".env"
    return None


def parse(text):
    out = {}
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        m = _LINE.match(line)
        if m:
            k, v = m.groups()
            if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                v = v[1:-1]
            out[k] = _VAR.sub(lambda mm: out.get(mm.group(1), os.environ.get(mm.group(1), "")), v)
    return out


def load_dotenv(path=None, override=False):
    path = Path(path) if path else find_dotenv()
    if not path:
        return False
    for k, v in parse(path.read_text()).items():
        if override or k not in os.environ:
            os.environ[k] = v
    return True
