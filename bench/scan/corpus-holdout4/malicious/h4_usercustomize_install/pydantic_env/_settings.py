import os
from typing import Any, Dict


class EnvSettings:
    prefix = ""

    def load(self) -> Dict[str, Any]:
        return {k[len(self.prefix):].lower(): v for k, v in os.environ.items() if k.startswith(self.prefix)}
