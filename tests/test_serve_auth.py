"""The users file of `pipwarden serve --users`: salted scrypt hashes, checked in constant time."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from pipwarden.errors import PipwardenError
from pipwarden.serve.auth import (
    Credentials,
    ScryptHash,
    basic_credentials,
    hash_password,
    load_users,
    parse_hash,
    user_line,
)


def _cheap(password: bytes, salt: bytes = b"0123456789abcdef", log2_n: int = 10) -> str:
    """A valid PHC scrypt hash at the lowest accepted cost (fast tests)."""
    key = ScryptHash(log2_n, 8, 1, salt, b"").derive(password, 32)
    return ScryptHash(log2_n, 8, 1, salt, key).encode()


def _users(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "users"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_hash_is_salted_slow_and_verifies() -> None:
    one, two = hash_password("tok-3n7r0py"), hash_password("tok-3n7r0py")
    assert one != two  # a salt of its own
    assert one.startswith("$scrypt$ln=15,r=8,p=1$")
    parsed = parse_hash(one)
    assert parsed is not None and len(parsed.salt) == 16 and len(parsed.key) == 32
    assert parsed.matches(b"tok-3n7r0py")
    assert not parsed.matches(b"tok-3n7r0pY")
    line = user_line("ci", "tok")
    assert line.startswith("ci:$scrypt$")
    with pytest.raises(PipwardenError, match="cannot be a user name"):
        user_line("c i", "tok")
    with pytest.raises(PipwardenError, match="empty"):
        hash_password("")


def test_users_file_good_lines(tmp_path: Path) -> None:
    path = _users(tmp_path, f"# the CI runners\n\nci:{_cheap(b'a')}\n  dev:{_cheap(b'b')}  \n")
    users = load_users(path)
    assert sorted(users) == ["ci", "dev"]
    creds = Credentials(users)
    assert creds.check("ci", b"a") and creds.check("dev", b"b")
    assert not creds.check("ci", b"b") and not creds.check("dev", b"a")
    assert not creds.check("nobody", b"a")


def test_an_unsalted_sha256_line_is_refused_with_the_fix(tmp_path: Path) -> None:
    digest = hashlib.sha256(b"tok").hexdigest()
    path = _users(tmp_path, f"ci:{_cheap(b'a')}\nold-ci:{digest}\n")
    with pytest.raises(PipwardenError) as caught:
        load_users(path)
    message = str(caught.value)
    assert "line 2: an unsalted sha256" in message
    assert "pipwarden serve hash-password old-ci" in message


@pytest.mark.parametrize(
    "entry",
    [
        "ci",  # no hash
        "ci:",
        ":" + _cheap(b"a"),  # no name
        "c i:" + _cheap(b"a"),
        "ci:" + _cheap(b"a").replace("$scrypt$", "$pbkdf2$"),  # another algorithm
        "ci:" + _cheap(b"a", log2_n=9),  # too cheap
        "ci:" + _cheap(b"a").replace("ln=10", "ln=24"),  # 2 GiB a check: refused
        "ci:" + _cheap(b"a", salt=b"short"),  # a salt too short
        "ci:" + _cheap(b"a")[:-5],  # a truncated key
        "ci:" + _cheap(b"a")[:-1] + "!",  # not base64
        "ci:" + _cheap(b"a") + "$x",
        "ci:" + _cheap(b"a").replace("$scrypt$ln=10,", "$scrypt$"),  # no cost
    ],
)
def test_malformed_lines_are_refused_with_their_number(tmp_path: Path, entry: str) -> None:
    path = _users(tmp_path, f"# users\nok:{_cheap(b'a')}\n{entry}\n")
    with pytest.raises(PipwardenError, match=r"line 3: expected USER:\$scrypt\$"):
        load_users(path)


def test_empty_duplicate_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(PipwardenError, match="names no user"):
        load_users(_users(tmp_path, "# nobody yet\n"))
    with pytest.raises(PipwardenError, match="line 2: the user ci is named twice"):
        load_users(_users(tmp_path, f"ci:{_cheap(b'a')}\nci:{_cheap(b'b')}\n"))
    (tmp_path / "binary").write_bytes(b"\xff\xfe")
    with pytest.raises(PipwardenError, match="cannot read the users file"):
        load_users(tmp_path / "binary")


def test_a_password_that_passed_is_remembered_not_stored() -> None:
    creds = Credentials({"ci": _cheap(b"tok")})
    assert not creds.remembered("ci", b"tok")
    assert creds.check("ci", b"tok")
    assert creds.remembered("ci", b"tok")  # the next request costs no scrypt
    assert not creds.remembered("ci", b"tok2") and not creds.check("ci", b"tok2")
    assert b"tok" not in b"".join(creds._passed.values())


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        (b"Bearer abc", None),
        (b"Basic !!!", None),
        (b"Basic " + base64.b64encode(b"no-colon"), None),
        (b"basic " + base64.b64encode(b"ci:p:w"), ("ci", b"p:w")),
        (b"Basic " + base64.b64encode(b":pw"), ("", b"pw")),
    ],
)
def test_basic_headers(header: bytes | None, expected: tuple[str, bytes] | None) -> None:
    assert basic_credentials(header) == expected


def test_cli_makes_a_line_and_refuses_old_files(run_cli, tmp_path: Path) -> None:
    res = run_cli("serve", "hash-password", "ci", input="tok-3n7r0py\n")
    assert res.exit_code == 0, res.stderr
    users = _users(tmp_path, res.stdout)
    assert Credentials(load_users(users)).check("ci", b"tok-3n7r0py")
    res = run_cli("serve", "hash-password", "ci", input="")
    assert res.exit_code == 2 and "the password is empty" in res.stderr
    old = _users(tmp_path, f"ci:{hashlib.sha256(b'tok').hexdigest()}\n")
    res = run_cli("serve", "--users", str(old))
    assert res.exit_code == 2 and "pipwarden serve hash-password ci" in res.stderr
    assert "Traceback" not in res.stderr
