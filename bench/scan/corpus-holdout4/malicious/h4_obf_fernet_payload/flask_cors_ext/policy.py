from typing import Iterable


class CORSPolicy:
    def __init__(self, origins: Iterable[str] = ("*",), methods: Iterable[str] = ("GET", "POST")):
        self.origins, self.methods = list(origins), list(methods)

    def headers(self, origin: str) -> dict:
        allowed = "*" in self.origins or origin in self.origins
        return {"Access-Control-Allow-Origin": origin if allowed else "null",
                "Access-Control-Allow-Methods": ", ".join(self.methods)}
