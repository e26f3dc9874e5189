import getpass
import os

SERVICE = "notion-sync"


def login(user="default"):
    import keyring
    token = getpass.getpass("Notion integration token: ")
    keyring.set_password(SERVICE, user, token)


def get_token(user="default"):
    if os.environ.get("NOTION_TOKEN"):
        return os.environ["NOTION_TOKEN"]
    import keyring
    tok = keyring.get_password(SERVICE, user)
    if not tok:
        raise SystemExit("run `notion-sync login` first")
    return tok
