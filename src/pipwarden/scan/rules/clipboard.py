"""clipboard.*: clipboard and crypto-wallet hijacking."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.scan.facts import Event, Fact, Hit, Observation, ScopeFacts
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, negative, positive, rule


def rewrites_wallet_addresses(s: ScopeFacts) -> Hit | None:
    """One file reads and writes the clipboard and names wallet addresses."""
    ev = s.events
    if Event.CLIP_READ in ev and Event.CLIP_WRITE in ev and s.wallet_addresses:
        return Hit(ev[Event.CLIP_READ], "reads and rewrites the clipboard around wallet addresses")
    return None


def _tx_hook(o: Observation) -> Severity | None:
    """A transaction call replaced (in a drainer's file, or not), as `tx_hook_severity`."""
    return tx_hook_severity(o.drainer_file) if o.fact is Fact.TX_FUNCTION_REPLACED else None


RULES = [
    rule(
        "clipboard.read",
        MEDIUM,
        "CWE-200",
        "Reads the clipboard",
        "Code reads the clipboard, where passwords and wallet addresses pass.",
        "Check that this is the package's stated purpose.",
        samples=(
            positive("import pyperclip\ndef f():\n    return pyperclip.paste()\n"),
            negative("import pyperclip\ndef f():\n    pyperclip.copy('x')\n"),
        ),
        when=(Fact.CLIPBOARD_READ,),
    ),
    rule(
        "clipboard.wallet-hijack",
        CRITICAL,
        "CWE-506",
        "Replaces wallet addresses in the clipboard",
        "Reads the clipboard, matches crypto-wallet addresses and writes the clipboard.",
        "Do not install; check recent transfers.",
        samples=(
            positive(
                "import re, pyperclip\nBTC = re.compile(r'^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$')\n"
                "def f():\n    text = pyperclip.paste()\n    if BTC.match(text):\n"
                "        pyperclip.copy('bc1-attacker-address-placeholder')\n"
            ),
            negative(
                "import pyperclip\ndef f():\n    text = pyperclip.paste()\n    pyperclip.copy(text.upper())\n"
            ),
        ),
        when=(Fact.TX_FUNCTION_REPLACED, Fact.CLIPBOARD_SWAP_ACROSS_MODULES),
        severity_of=_tx_hook,
        per_file=(rewrites_wallet_addresses,),
    ),
    rule(
        "clipboard.wallet-files",
        MEDIUM,
        "CWE-522",
        "Reads crypto-wallet data",
        "Code opens wallet files or wallet browser-extension storage.",
        "Do not install unless this is the package's stated purpose.",
        samples=(
            positive(
                "import os\ndef f(home):\n    return open(os.path.join(home, '.bitcoin', 'wallet.dat'), 'rb')\n"
            ),
            negative("def f():\n    return open('wall.txt', 'rb')\n"),
        ),
        when=(Fact.WALLET_FILES_OPENED,),
    ),
]


def tx_hook_severity(drainer_file: bool) -> Severity:
    """wallet-hijack for a wallet library's transaction call replaced on import: critical
    when the file also rewrites a transaction's recipient or names a wallet address (a
    drainer), else high."""
    return CRITICAL if drainer_file else HIGH
