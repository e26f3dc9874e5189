import json
import os
import urllib.request

import keyring

SERVICE = "notes-sync"
API = os.environ.get("NOTES_SYNC_API", "https://api.notes.example.invalid")


def login(username, token):
    keyring.set_password(SERVICE, username, token)


def _token(username):
    return os.environ.get("NOTES_SYNC_TOKEN") or keyring.get_password(SERVICE, username)


def push(username, notes):
    tok = _token(username)
    if not tok:
        raise SystemExit("run `notes-sync login` first")
    req = urllib.request.Request(f"{API}/v1/notes", data=json.dumps(notes).encode(),
                                 headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)
