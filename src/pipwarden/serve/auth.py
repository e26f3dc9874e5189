"""HTTP basic authentication of the firewall index's clients.

The users file holds one ``USER:SHA256`` line per client, SHA256 being the hex
digest of the password (or token) that client sends, so that the file itself
holds no secret: ``printf %s "$TOKEN" | sha256sum``. Blank lines and lines
starting with ``#`` are ignored. Installers send basic credentials taken from
the index URL (``https://USER:TOKEN@host/simple/``) or from their keyring or
netrc.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from pathlib import Path
from typing import Any

from pipwarden.errors import PipwardenError

_LINE = re.compile(r"([^:\s]+):([0-9a-fA-F]{64})")


def load_users(path: Path) -> dict[str, str]:
    """The users of a users file (user -> sha256 hex); PipwardenError on any bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PipwardenError(f"cannot read the users file {path}: {exc}") from None
    users: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = _LINE.fullmatch(line)
        if m is None:
            raise PipwardenError(
                f"{path}, line {number}: expected USER:SHA256 (the hex sha256 of the password)"
            )
        users[m.group(1)] = m.group(2).lower()
    if not users:
        raise PipwardenError(f"the users file {path} names no user")
    return users


class BasicAuth:
    """ASGI middleware: every HTTP request needs the credentials of a known user (else 401)."""

    def __init__(self, app: Any, users: dict[str, str]) -> None:
        self.app = app
        self.users = users

    def allowed(self, header: bytes | None) -> bool:
        """True when an Authorization header carries a known user's password."""
        if header is None or header[:6].lower() != b"basic ":
            return False
        try:
            user, sep, password = base64.b64decode(header[6:].strip(), validate=True).partition(
                b":"
            )
        except (binascii.Error, ValueError):
            return False
        expected = self.users.get(user.decode("utf-8", "replace")) if sep else None
        actual = hashlib.sha256(password).hexdigest()
        return expected is not None and hmac.compare_digest(expected, actual)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not self.allowed(
            dict(scope["headers"]).get(b"authorization")
        ):
            body = b"pipwarden: this index needs a user name and password\n"
            await send(
                {
                    "type": "http.response.start",
                    "status": 401,
                    "headers": [
                        (b"www-authenticate", b'Basic realm="pipwarden"'),
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
