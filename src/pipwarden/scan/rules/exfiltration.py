"""exfiltration.*: secrets and host data sent out."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, at_runtime, on_load, rule

RULES = [
    rule(
        "exfiltration.credentials",
        CRITICAL,
        "CWE-200",
        "Credentials sent over the network",
        "Credential files, browser or wallet data, or the whole environment reach a network "
        "send in the same function.",
        "Do not install; rotate any secret exposed to it.",
        severity_in=at_runtime(MEDIUM),
    ),
    rule(
        "exfiltration.host-info",
        MEDIUM,
        "CWE-497",
        "Host details sent over the network",
        "Host name, user name or an environment variable reaches a network send.",
        "Check that this is documented telemetry.",
        severity_in=on_load(HIGH),
    ),
    rule(
        "exfiltration.wallet-secret",
        HIGH,
        "CWE-200",
        "Wallet private key or seed phrase sent over the network",
        "A value named as a cryptocurrency wallet's private key or seed phrase (a parameter, "
        "variable, attribute or key) reaches a network send to an address written in the "
        "code. Wallet libraries sign locally: the key never needs to leave the process.",
        "Do not install; move the funds of any wallet whose key it was given.",
        severity_in=on_load(CRITICAL),
    ),
    rule(
        "exfiltration.cloud-keys",
        HIGH,
        "CWE-200",
        "Cloud access key's secret sent to a third party",
        "A value named as a cloud access key's secret (access_key_secret, "
        "aws_secret_access_key) reaches a network send to an address written in the code "
        "that is not the cloud's. Cloud SDKs sign requests with the secret and never send it.",
        "Do not install; rotate the access keys it was given.",
        severity_in=on_load(CRITICAL),
    ),
    rule(
        "exfiltration.found-files",
        HIGH,
        "CWE-200",
        "Files found in the user's folders sent over the network",
        "Code lists folders of the user's home or app data (~, %APPDATA%), and what it finds "
        "(file names, or files opened from them: chat sessions, wallets, keys) reaches a "
        "network send to an address written in the code.",
        "Do not install; rotate the sessions and secrets stored in the folders it lists.",
        severity_in=on_load(CRITICAL),
    ),
    rule(
        "exfiltration.credential-access",
        MEDIUM,
        "CWE-522",
        "Reads credential files",
        "Code opens SSH keys, cloud or package-index credentials.",
        "Check why the package reads them.",
    ),
    rule(
        "exfiltration.browser-data",
        MEDIUM,
        "CWE-522",
        "Reads browser or chat-app data",
        "Code opens browser password/cookie stores or Discord/Telegram storage.",
        "Do not install unless this is the package's stated purpose.",
    ),
    rule(
        "exfiltration.surveillance",
        HIGH,
        "CWE-200",
        "Keylogger or screen capture with a network send",
        "One file hooks the keyboard or captures the screen and also sends data over the network.",
        "Do not install unless the package is a remote-desktop or monitoring tool you chose.",
    ),
    rule(
        "exfiltration.function-hook",
        HIGH,
        "CWE-506",
        "Library function replaced by a sending wrapper",
        "Code replaces a function of another library (requests.Session.request, a wallet's "
        "key constructor) with a wrapper that sends data over the network: every call leaks.",
        "Do not install; check what the wrapper sends.",
    ),
]

#: credentials, when the same code (a function, or what import starts) names credential
#: files and sends network data, with no flow seen from one to the other.
NAMED_AND_SENT = HIGH


def surveillance_severity(on_import: bool) -> Severity:
    """surveillance: critical when the recording starts on import, else high."""
    return CRITICAL if on_import else HIGH


def function_hook_severity(secret: bool) -> Severity:
    """function-hook: critical when the replaced function handles secrets (its name, or the
    wrapper's use of secret-looking words), else high."""
    return CRITICAL if secret else HIGH
