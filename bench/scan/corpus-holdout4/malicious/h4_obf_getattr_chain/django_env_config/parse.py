import os
from typing import List


def env_bool(name: str, default: bool = False) -> bool:
    v = os.environ.get(name)
    return default if v is None else v.strip().lower() in ("1", "true", "yes", "on")


def env_list(name: str, sep: str = ",") -> List[str]:
    return [x.strip() for x in os.environ.get(name, "").split(sep) if x.strip()]
