"""HTTP basic authentication of the firewall index's clients.

The users file holds one ``USER:HASH`` line per client. HASH is the scrypt
hash of the password (or token) that client sends, with a salt of its own, in
the PHC string format: ``$scrypt$ln=15,r=8,p=1$SALT$KEY`` (``ln``: log2 of the
cost N; SALT and KEY in base64 without padding). ``pipwarden serve
hash-password USER`` makes a line. The file holds no secret, and a copy of it
costs an attacker one slow scrypt per guess per user. Blank lines and lines
starting with ``#`` are ignored. Installers send basic credentials taken from
the index URL (``https://USER:TOKEN@host/simple/``) or from their keyring or
netrc.

The unsalted ``USER:SHA256`` lines of earlier versions are refused, with the
command that makes a line to replace them: one fast hash per guess is what
salted slow hashes exist to prevent, and the firewall index was never
released with them.

Each request's password is checked with scrypt once; a password that passed is
remembered, for this process only, as an HMAC under a random key, so that the
next requests cost microseconds. Wrong passwords always cost a full scrypt, at
most two at a time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipwarden.errors import PipwardenError

#: The cost of new hashes: N = 2**15, r = 8, p = 1 (32 MiB and some 50 ms a check).
LOG2_N, R, P = 15, 8, 1

#: The weakest cost a users file may give (N = 2**10): below it a guess costs too little.
MIN_LOG2_N = 10

#: The most memory a users file's parameters may ask of one check (128 * r * N bytes).
MAX_MEMORY = 256 << 20

_NAME = r"[^:\s]+"
_LINE = re.compile(rf"({_NAME}):(\S+)")
_PHC = re.compile(
    r"\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]{16,})\$([A-Za-z0-9+/]{43,})"
)
_OLD = re.compile(r"[0-9a-fA-F]{64}")


@dataclass(frozen=True)
class ScryptHash:
    """One user's password hash: scrypt's parameters, the salt and the derived key."""

    log2_n: int
    r: int
    p: int
    salt: bytes
    key: bytes

    def encode(self) -> str:
        """The PHC string of this hash."""
        return f"$scrypt$ln={self.log2_n},r={self.r},p={self.p}${_b64(self.salt)}${_b64(self.key)}"

    def derive(self, password: bytes, dklen: int | None = None) -> bytes:
        """The key (of `dklen` bytes, default the stored key's length) this hash's
        parameters and salt derive from `password`."""
        n = 1 << self.log2_n
        return hashlib.scrypt(
            password,
            salt=self.salt,
            n=n,
            r=self.r,
            p=self.p,
            maxmem=128 * self.r * n + (1 << 20),
            dklen=dklen or len(self.key),
        )

    def matches(self, password: bytes) -> bool:
        """True when `password` is the one this hash was made from (constant-time compare)."""
        return hmac.compare_digest(self.derive(password), self.key)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def hash_password(password: str) -> str:
    """A new PHC scrypt hash of `password`, with a random 16-byte salt."""
    if not password:
        raise PipwardenError("the password is empty")
    salt = secrets.token_bytes(16)
    key = ScryptHash(LOG2_N, R, P, salt, b"").derive(password.encode("utf-8"), 32)
    return ScryptHash(LOG2_N, R, P, salt, key).encode()


def user_line(user: str, password: str) -> str:
    """A users-file line for `user` (PipwardenError when the name cannot be one)."""
    if not re.fullmatch(_NAME, user):
        raise PipwardenError(f"{user!r} cannot be a user name: no colon, space or empty name")
    return f"{user}:{hash_password(password)}"


def parse_hash(text: str) -> ScryptHash | None:
    """The hash a PHC scrypt string holds, or None when it is not one this server accepts."""
    m = _PHC.fullmatch(text)
    if m is None:
        return None
    log2_n, r, p = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if log2_n < MIN_LOG2_N or r < 1 or p < 1 or 128 * r * (1 << log2_n) > MAX_MEMORY:
        return None
    try:
        salt, key = _unb64(m.group(4)), _unb64(m.group(5))
    except (binascii.Error, ValueError):
        return None
    if len(salt) < 12 or len(key) < 32:
        return None
    return ScryptHash(log2_n, r, p, salt, key)


def load_users(path: Path) -> dict[str, str]:
    """The users of a users file (user -> PHC scrypt hash); PipwardenError on any bad line."""
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
        where = f"{path}, line {number}"
        if m is not None and _OLD.fullmatch(m.group(2)):
            raise PipwardenError(
                f"{where}: an unsalted sha256 (USER:SHA256) is no longer accepted, since "
                "a copy of the file could be brute-forced fast; replace the line with the "
                f"output of: pipwarden serve hash-password {m.group(1)}"
            )
        if m is None or parse_hash(m.group(2)) is None:
            raise PipwardenError(
                f"{where}: expected USER:$scrypt$ln=N,r=R,p=P$SALT$KEY (make a line with: "
                "pipwarden serve hash-password USER)"
            )
        if m.group(1) in users:
            raise PipwardenError(f"{where}: the user {m.group(1)} is named twice")
        users[m.group(1)] = m.group(2)
    if not users:
        raise PipwardenError(f"the users file {path} names no user")
    return users


class Credentials:
    """Checks user names and passwords against the hashes of a users file."""

    def __init__(self, users: dict[str, str]) -> None:
        self.hashes: dict[str, ScryptHash] = {}
        for user, encoded in users.items():
            parsed = parse_hash(encoded)
            if parsed is None:
                raise PipwardenError(f"the password hash of {user} is not a valid scrypt hash")
            self.hashes[user] = parsed
        #: A password that unknown names are checked against, so that their answer
        #: takes as long as a known name's.
        self._decoy = ScryptHash(LOG2_N, R, P, secrets.token_bytes(16), secrets.token_bytes(32))
        self._key = secrets.token_bytes(32)
        self._passed: dict[str, bytes] = {}
        self._slow = threading.BoundedSemaphore(2)

    def _mac(self, user: str, password: bytes) -> bytes:
        return hmac.new(self._key, user.encode() + b"\0" + password, hashlib.sha256).digest()

    def remembered(self, user: str, password: bytes) -> bool:
        """True when this password of this user already passed a full check (fast)."""
        passed = self._passed.get(user)
        return passed is not None and hmac.compare_digest(passed, self._mac(user, password))

    def check(self, user: str, password: bytes) -> bool:
        """True when `password` is `user`'s (a full scrypt check; slow, call in a thread)."""
        if self.remembered(user, password):
            return True
        known = self.hashes.get(user)
        with self._slow:
            ok = (known or self._decoy).matches(password) and known is not None
        if ok:
            self._passed[user] = self._mac(user, password)
        return ok


def basic_credentials(header: bytes | None) -> tuple[str, bytes] | None:
    """The user name and password of a basic Authorization header, or None."""
    if header is None or header[:6].lower() != b"basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True)
    except (binascii.Error, ValueError):
        return None
    user, sep, password = decoded.partition(b":")
    if not sep:
        return None
    return user.decode("utf-8", "replace"), password


class BasicAuth:
    """ASGI middleware: every HTTP request needs the credentials of a known user (else 401)."""

    def __init__(self, app: Any, users: dict[str, str]) -> None:
        self.app = app
        self.credentials = Credentials(users)

    async def allowed(self, header: bytes | None) -> bool:
        """True when an Authorization header carries a known user's password."""
        given = basic_credentials(header)
        if given is None:
            return False
        if self.credentials.remembered(*given):
            return True
        from starlette.concurrency import run_in_threadpool

        return bool(await run_in_threadpool(self.credentials.check, *given))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not await self.allowed(
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
