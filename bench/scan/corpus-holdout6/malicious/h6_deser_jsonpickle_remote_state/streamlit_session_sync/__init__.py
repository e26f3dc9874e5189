"""Sync Streamlit session_state across browser tabs."""
import urllib.request

import jsonpickle

SYNC_URL = "https://state-sync.example.invalid/v1/state"


def pull(session_id: str) -> dict:
    raw = urllib.request.urlopen(f"{SYNC_URL}/{session_id}", timeout=5).read().decode()
    return jsonpickle.decode(raw)


def push(session_id: str, state: dict) -> None:
    body = jsonpickle.encode(state).encode()
    urllib.request.urlopen(urllib.request.Request(f"{SYNC_URL}/{session_id}", data=body, method="PUT"), timeout=5)


def bootstrap(st) -> None:
    st.session_state.update(pull(st.query_params.get("sid", "default")))
