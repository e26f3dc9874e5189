"""Network sinks: sends and fetches, where they go (a host written in the code, a
loopback address, one decoded or downloaded at run time) and what reaches them
(secrets, host details, wallet keys, cloud keys, files found on the machine)."""

from __future__ import annotations

import ast
import ipaddress
import re

from pipwarden.scan import patterns as P
from pipwarden.scan.engine.state import AnalyzerState
from pipwarden.scan.engine.values import (
    _IMDS_HOST_RE,
    _REROUTING_KEYWORDS,
    Val,
    _decodes_in_place,
    _loopback_literal,
)
from pipwarden.scan.facts import SECRETS, Event, Fact, Label


class NetSinks(AnalyzerState):
    """What reaches a network send, and where it goes."""

    def hidden_destination(
        self, node: ast.Call, qn: str, args: list[Val], kwargs: dict[str | None, Val]
    ) -> None:
        """A URL or host that exists only in encoded form: the endpoint hides from review."""
        dest = args[0] if args else kwargs.get("url") or kwargs.get("host")
        known = dest is not None and isinstance(dest.s, str) and Label.PARTIAL not in dest.labels
        if (
            dest is not None
            and dest.labels & {Label.DECODED, Label.DECODED_VAR, Label.OBF}
            # A request whose address is written out in full hides nothing (its headers or
            # body may carry decoded keys: an HMAC-signed API call).
            and not (
                known and "://" in str(dest.s) and not dest.labels & {Label.DECODED, Label.OBF}
            )
            # Data decoded from a variable (keys, tokens) mixes into many values a method
            # returns; it hides an address when the call decodes it in place, or on import.
            and (
                dest.labels & {Label.DECODED, Label.OBF}
                or self.import_time
                or _decodes_in_place(node, self.fn_returns)
            )
        ):
            self.observe(
                Fact.HIDDEN_ADDRESS_CONTACTED,
                node,
                f"{qn}() contacts an address decoded at run time",
            )
        elif (
            dest is not None
            and Label.NET in dest.labels
            and self.import_time
            and not (
                isinstance(dest.s, str)
                and (Label.PARTIAL not in dest.labels or _IMDS_HOST_RE.search(dest.s))
            )
        ):
            # A dead-drop resolver: the real address is read from a page on import.
            self.observe(
                Fact.DEAD_DROP_ADDRESS_CONTACTED
                if dest.labels & {Label.ENDPOINT_PASTE, Label.ENDPOINT_CHAT}
                else Fact.DOWNLOADED_ADDRESS_CONTACTED,
                node,
                f"{qn}() contacts an address it downloaded, on import",
            )

    def to_loopback(self, node: ast.Call, qn: str) -> bool:
        """Whether a request call (`requests.get`, `urlopen`, ...) reaches no other machine:
        its URL is written at the call site with a loopback host (localhost, 127.0.0.0/8,
        [::1], 0.0.0.0 as a client's target), that host and its port in one literal piece
        of text, and nothing in the call or the file names a proxy that would carry it
        elsewhere. A variable, however it folds, may hold another address at run time."""
        method_first = qn.endswith(".request")
        url: ast.expr | None = None
        if len(node.args) > int(method_first):
            url = node.args[int(method_first)]
        for kw in node.keywords:
            if kw.arg is None or kw.arg in _REROUTING_KEYWORDS:
                return False  # **options, or a proxy / transport given with the call
            if kw.arg == "url":
                url = kw.value
        return _loopback_literal(url) and not self.proxy_file()

    def sink_net(
        self,
        node: ast.Call,
        qn: str,
        labels: frozenset[Label],
        dest: Val | None = None,
        loopback: bool = False,
    ) -> None:
        """A call that sends or fetches over the network (`loopback`: only to a loopback
        address written at the call site, `to_loopback`: no other machine)."""
        line = node.lineno
        self.scope.event(Event.LOOPBACK if loopback else Event.NET, line)
        self.summarise(Event.NET, labels)
        host = written_host(dest)
        if host is not None:
            self.summarise(Event.NET_WRITTEN, labels)
        secrets = labels & SECRETS
        if dest is not None and isinstance(dest.s, str) and _IMDS_HOST_RE.search(dest.s):
            # A metadata service asked with its own token: credentials go back to it.
            secrets = secrets - {Label.IMDS_CRED}
        kinds = sorted(label.value for label in secrets)
        if Label.CRED_SOFT in labels and self.import_time:
            kinds = sorted([*kinds, "stored credential"])
        if Label.CLIPBOARD in secrets and kinds == [Label.CLIPBOARD.value]:
            self.observe(Fact.SECRET_SENT, node, f"clipboard contents reach {qn}()")
        elif kinds:
            what = ", ".join(kinds)
            self.observe(
                Fact.SECRET_SENT,
                node,
                f"secret data ({what}) reaches {qn}()"
                + (f", bound for {host}" if host is not None else ""),
                where=self.where,
                collector=host is not None,
            )
        elif Label.ENV_SECRET in labels:
            self.scope.event(Event.SECRET_BEACON, line)
            self.observe(
                Fact.SECRET_ENV_SENT,
                node,
                f"secret environment variables reach {qn}()",
                where=self.where,
            )
        elif Label.SYSINFO in labels or (labels & {Label.ENV, Label.PROC_OUT} and self.import_time):
            self.scope.event(Event.BEACON, line)
            # The host as written (its query may carry data fetched from the network: the
            # machine's public address asked of an IP-echo service).
            collector = written_host(dest, with_net=True)
            odd = collector is not None and _odd_host(collector)
            self.observe(
                Fact.HOST_INFO_SENT_TO_ODD_HOST if odd else Fact.HOST_INFO_SENT,
                node,
                f"host or environment data reaches {qn}()"
                + (f", bound for {collector}" if odd else ""),
                where=self.where,
            )
        if host is not None and Label.WALLET_SECRET in labels and self.crypto_file():
            self.observe(
                Fact.WALLET_KEY_SENT,
                node,
                f"a private key or seed phrase reaches {qn}(), bound for {host}",
                where=self.where,
            )
        if host is not None and Label.CLOUD_SECRET in labels and not P.CLOUD_HOST_RE.search(host):
            self.observe(
                Fact.CLOUD_SECRET_SENT,
                node,
                f"a cloud access key's secret reaches {qn}(), bound for {host}",
                where=self.where,
            )
        if host is not None and Label.FOUND in labels:
            self.observe(
                Fact.FOUND_FILES_SENT,
                node,
                f"files found in the user's folders reach {qn}(), bound for {host}",
                where=self.where,
            )
        if Label.MINER in labels:
            self.observe(Fact.MINER, node, f"mining-pool protocol sent via {qn}()")
        if labels & {Label.ENDPOINT, Label.ENDPOINT_PASTE, Label.ENDPOINT_CHAT}:
            self.observe(
                Fact.COVERT_HOST_CONTACTED
                if Label.ENDPOINT in labels
                else Fact.PASTE_OR_CHAT_CONTACTED,
                node,
                f"{qn}() contacts a suspicious endpoint",
                where=self.where,
            )
        if self.startup_file:
            self.observe(Fact.AT_INTERPRETER_START, node, f"{qn}() runs on interpreter start")
        to = " (a loopback address)" if loopback else ""
        if self.is_setup:
            self.observe(
                Fact.NETWORK_AT_INSTALL, node, f"setup.py calls {qn}(){to}", loopback=loopback
            )
        elif self.module_level:
            self.observe(
                Fact.NETWORK_ON_IMPORT, node, f"{qn}() runs at import time{to}", loopback=loopback
            )


#: A URL whose scheme and host are written out (the rest may be computed).
_WRITTEN_URL_RE = re.compile(
    r"(?:https?|wss?|ftp)://([A-Za-z0-9.-]*[A-Za-z0-9](?::\d+)?)(?:[/?#]|$)"
)


def _odd_host(host: str) -> bool:
    """A host written as a public IP address, or with a port other than HTTP's."""
    name, _, port = host.partition(":")
    if port and port not in ("80", "443"):
        return True
    try:
        return ipaddress.ip_address(name).is_global
    except ValueError:
        return False


def written_host(dest: Val | None, with_net: bool = False) -> str | None:
    """The host of a destination written in the code (a URL literal, or a template whose
    host is literal), or None when the caller or a configuration supplies it (or, unless
    `with_net`, when any of it came from the network)."""
    if dest is None or not isinstance(dest.s, str) or (Label.NET in dest.labels and not with_net):
        return None
    m = _WRITTEN_URL_RE.match(dest.s)
    if m is None or m.group(1) in ("X", "localhost", "127.0.0.1") or "." not in m.group(1):
        return None
    return m.group(1)
