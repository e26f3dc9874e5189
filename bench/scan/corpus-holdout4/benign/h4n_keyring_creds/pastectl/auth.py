import getpass
import os

import keyring

SERVICE = "pastectl"


def get_token(user: str) -> str:
    tok = os.environ.get("PASTECTL_TOKEN") or keyring.get_password(SERVICE, user)
    if not tok:
        tok = getpass.getpass("API token for %s: " % user)
        keyring.set_password(SERVICE, user, tok)
    return tok


def logout(user: str) -> None:
    keyring.delete_password(SERVICE, user)
